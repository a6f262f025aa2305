import type { PageKind } from '../../lib/vantage';
import { matchesStaticPatterns } from '../../utils/site-patterns';

/**
 * Is this page really the webmail or panel its URL suggests? The manifest's
 * self-hosted patterns match by URL alone (`/wp-admin/`, `?_task=`, port 2083 …),
 * so the page must show the product's own markers before the watcher does any
 * work. Every check here is a string test on a few attributes: no layout, no
 * full-document query.
 */

/** The kinds of page the watcher runs on: one list, in lib/vantage. */
export type Site = PageKind;

const HOSTED: Record<string, Site> = {
  'mail.google.com': 'gmail',
  'outlook.live.com': 'outlook',
  'outlook.office.com': 'outlook',
  'outlook.office365.com': 'outlook',
  'mail.yahoo.com': 'yahoo',
};

/**
 * Product names as they appear in the page's asset URLs, generator meta, body
 * class/id (and, for panels with a port of their own, the title).
 */
const ASSET_MARKERS: ReadonlyArray<[Site, RegExp]> = [
  // Roundcube always loads program/js/app(.min).js; skins live under skins/<name>/.
  ['roundcube', /program\/js\/app|roundcube|skins\/(?:elastic|larry|classic)\//],
  ['sogo', /sogo/],
  ['snappymail', /snappymail|rainloop/],
  ['horde', /horde/],
  ['zimbra', /zimbra/],
  ['wordpress', /wp-admin|wp-includes/],
  ['nextcloud', /nextcloud|owncloud/],
  ['cpanel', /cpanel|cpsess\d/],
  ['plesk', /plesk/],
  ['directadmin', /directadmin/],
  ['webmin', /webmin|virtualmin|usermin|authentic-theme/],
];

/** Panels that usually have no distinctive asset path but always say their name. */
const TITLE_MARKERS: ReadonlyArray<[Site, RegExp]> = [
  ['cpanel', /\b(?:cpanel|whm|webmail)\b/],
  ['plesk', /\bplesk\b/],
  ['directadmin', /\bdirectadmin\b/],
  ['webmin', /\b(?:webmin|virtualmin|usermin)\b/],
  ['zimbra', /\bzimbra\b/],
];

const MAX_ASSETS = 60;

/** A lower-case summary of the page's own markers (cheap attribute reads only). */
export function pageFingerprint(doc: Document): string {
  const parts: string[] = [];
  const generator = doc.querySelector('meta[name="generator" i]');
  if (generator) parts.push(generator.getAttribute('content') ?? '');
  const body = doc.body;
  if (body) parts.push(body.className, body.id);
  // Live collections: only the first few elements are touched.
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length && i < MAX_ASSETS; i++)
    parts.push(scripts[i]?.getAttribute('src') ?? '');
  const links = doc.getElementsByTagName('link');
  for (let i = 0; i < links.length && i < MAX_ASSETS; i++) parts.push(links[i]?.getAttribute('href') ?? '');
  return parts.join(' ').toLowerCase();
}

function markersOf(doc: Document): Site | null {
  const fingerprint = pageFingerprint(doc);
  for (const [site, re] of ASSET_MARKERS) if (re.test(fingerprint)) return site;
  if (doc.body?.classList.contains('wp-admin')) return 'wordpress';
  // Nextcloud puts its CSRF token on <head>.
  if (doc.head?.hasAttribute('data-requesttoken')) return 'nextcloud';
  const title = doc.title.toLowerCase();
  for (const [site, re] of TITLE_MARKERS) if (re.test(title)) return site;
  return null;
}

/** The parts of a window this module reads. */
export interface FrameLike {
  location: { hostname: string; href: string };
  document: Document;
  parent: FrameLike;
}

/** The documents of same-origin ancestor frames (panels show results in iframes). */
function ancestorDocuments(win: FrameLike): Document[] {
  const docs: Document[] = [];
  let current: FrameLike = win;
  for (let depth = 0; depth < 5 && current.parent !== current; depth++) {
    current = current.parent;
    try {
      docs.push(current.document);
    } catch {
      break; // cross-origin: stop climbing
    }
  }
  return docs;
}

/**
 * Which product this page is, or null when the watcher should stay silent.
 * `userSite`: this copy was registered for a site the user added.
 */
export function recogniseSite(win: FrameLike, userSite = false): Site | null {
  const { hostname, href } = win.location;
  const hosted = HOSTED[hostname];
  if (hosted) return hosted;
  // A site the user added, even where a built-in pattern also matches its URL.
  if (userSite) return 'user-site';
  // Injected by the manifest where its patterns do not match the real address: the
  // port entry's globs read the fragment and query too (`#x:8443/`). Nothing to do.
  if (!matchesStaticPatterns(href)) return null;
  const own = markersOf(win.document);
  if (own) return own;
  for (const doc of ancestorDocuments(win)) {
    const site = markersOf(doc);
    if (site) return site;
  }
  return null;
}
