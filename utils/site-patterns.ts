/**
 * Where the watcher is injected by the manifest. The patterns are the first, free
 * filter (the browser injects nowhere else); self-hosted pages are then confirmed
 * from their own markers (entrypoints/content/confirm.ts).
 *
 * Pure data + a tiny matcher: wxt.config.ts, the content script and the tests read
 * this one list.
 */

/** Hosted webmail: the host name alone identifies the product. */
export const HOSTED_WEBMAIL_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://mail.yahoo.com/*',
] as const;

/**
 * Self-hosted webmail and panels on any host, by the path (and query) their
 * software uses. Match-pattern paths are compared with path + query, and `?` is a
 * literal there, so Roundcube's `?_task=` is expressible without globs.
 */
export const SELF_HOSTED_PATH_MATCHES = [
  '*://*/*?_task=*', // Roundcube: every screen carries _task (first parameter …)
  '*://*/*&_task=*', // … or a later one
  '*://*/roundcube/*',
  '*://*/roundcubemail/*',
  '*://*/SOGo/*',
  '*://*/snappymail/*',
  '*://*/rainloop/*',
  '*://*/horde/*',
  '*://*/zimbra/*',
  '*://*/zimbraAdmin/*',
  '*://*/cpsess*', // cPanel, WHM and cPanel webmail put the session token first in the path
  '*://*/wp-admin/*', // WordPress admin: SMTP plugins' "send test email" pages
  '*://*/*settings/admin*', // Nextcloud admin settings (Basic settings → Email server)
  '*://*/*apps/mail/*', // Nextcloud Mail
] as const;

/**
 * Panels that are known by their port, on any host. Match patterns cannot say
 * "any host on port N" (Chrome wants `*` followed by `.` or `/`; Firefox accepts
 * no port at all), so these go into a second content-script entry that matches
 * every http(s) URL but is narrowed by `include_globs`.
 */
export const PANEL_PORTS = [
  2083, // cPanel
  2096, // cPanel webmail
  2087, // WHM
  8443, // Plesk
  2222, // DirectAdmin
  10000, // Webmin / Virtualmin
  20000, // Usermin (Webmin's webmail)
  7071, // Zimbra admin console
] as const;

export const PANEL_PORT_MATCHES = ['*://*/*'] as const;
export const PANEL_PORT_GLOBS = PANEL_PORTS.map((port) => `*://*:${port}/*`);

/** The patterns of the main entry (entrypoints/content). */
export const CONTENT_MATCHES: string[] = [...HOSTED_WEBMAIL_MATCHES, ...SELF_HOSTED_PATH_MATCHES];

/**
 * The site access the manifest's own content scripts need, as origins (scheme and
 * host of every pattern, once each). Firefox lets the user withdraw it and gives it
 * back only on request (permissions.request takes these origins).
 */
export const BUILT_IN_ORIGINS: readonly string[] = [
  ...new Set(
    [...CONTENT_MATCHES, ...PANEL_PORT_MATCHES].map((match) => {
      const [scheme, rest = ''] = match.split('://');
      return `${scheme}://${rest.slice(0, rest.indexOf('/'))}/*`;
    }),
  ),
];

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** A match pattern (`<scheme>://<host>/<path>`) as a RegExp over a full URL. */
export function matchPatternToRegExp(pattern: string): RegExp {
  const parts = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!parts) throw new Error(`Unsupported match pattern: ${pattern}`);
  const [, scheme = '', host = '', path = ''] = parts;
  const schemeRe = scheme === '*' ? 'https?' : scheme;
  const hostRe =
    host === '*'
      ? '[^/:?#]+'
      : host.startsWith('*.')
        ? `(?:[^/:?#]+\\.)?${escapeRegExp(host.slice(2))}`
        : escapeRegExp(host);
  const pathRe = path.split('*').map(escapeRegExp).join('.*');
  // Any port (Chrome treats a missing port as `:*`); the fragment is not part of the path.
  return new RegExp(`^${schemeRe}://${hostRe}(?::\\d+)?${pathRe}(?:#.*)?$`);
}

/**
 * An include_globs entry (`*` any run, `?` one character) as a RegExp over a full
 * URL, fragment included, as the browser tests it (the tests show what it lets in).
 */
export function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('')
    .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : escapeRegExp(ch)))
    .join('');
  return new RegExp(`^${body}$`);
}

let contentMatchers: RegExp[] | undefined;

/**
 * Would the manifest's own entries inject the watcher here, judged by the page's
 * real address? Match patterns see the scheme, host, path and query (as browsers
 * match them), never the fragment; the port entry needs the URL's own port. Its
 * globs, by contrast, see the whole URL as text, so `…/article#x:8443/` or
 * `…?next=http://x:2083/` get the script injected: it must ask here before any work.
 */
export function matchesStaticPatterns(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  contentMatchers ??= CONTENT_MATCHES.map(matchPatternToRegExp);
  const address = `${parsed.protocol}//${parsed.host}${parsed.pathname}${parsed.search}`;
  if (contentMatchers.some((re) => re.test(address))) return true;
  return (PANEL_PORTS as readonly number[]).includes(Number(parsed.port));
}
