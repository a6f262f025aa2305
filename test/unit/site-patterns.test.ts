import { describe, expect, it } from 'vitest';
import {
  CONTENT_MATCHES,
  globToRegExp,
  matchesStaticPatterns,
  matchPatternToRegExp,
  PANEL_PORT_GLOBS,
} from '../../utils/site-patterns';

/** URLs where the manifest must inject the watcher (the real addresses of the products). */
const WATCHED = [
  'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKZ',
  'https://outlook.office.com/mail/inbox/id/AAQkAD',
  'https://outlook.office365.com/mail/',
  'https://outlook.live.com/mail/0/',
  'https://mail.yahoo.com/d/folders/1',
  'https://webmail.example.org/?_task=mail&_action=compose',
  'https://webmail.example.org/?_action=compose&_task=mail',
  'https://example.org/roundcube/?_task=mail',
  'http://mail.example.org/roundcube/',
  'https://mail.example.org/SOGo/so/user/Mail/view',
  'https://mail.example.org/snappymail/',
  'https://mail.example.org/horde/imp/dynamic.php?page=mailbox',
  'https://host.example.org:2083/cpsess1234567890/frontend/jupiter/index.html',
  'https://host.example.org:2096/cpsess1234567890/3rdparty/roundcube/?_task=mail',
  'https://proxy.example.org/cpsess1234567890/frontend/jupiter/email_accounts/',
  'https://panel.example.org:8443/smb/web/view',
  'https://server.example.org:2222/CMD_EMAIL_POP',
  'https://server.example.org:10000/virtual-server/',
  'https://blog.example.org/wp-admin/admin.php?page=wp-mail-smtp-tools&tab=test',
  'https://cloud.example.org/index.php/settings/admin',
  'https://cloud.example.org/settings/admin/server',
  'https://cloud.example.org/apps/mail/setup',
];

const NOT_WATCHED = [
  'https://www.example.com/',
  'https://blog.example.com/how-to-fix-smtp-errors',
  'https://stackoverflow.com/questions/1/smtp-error-could-not-connect?tab=votes',
  'https://gmail.com/',
  'https://mail.google.com.evil.example/mail/',
  'https://host.example.org:20830/',
  'https://shop.example.org/cart?task=checkout',
  // A panel port or a product path only in the fragment or the query.
  'https://evil.example/article#x:8443/',
  'https://evil.example/login?next=http://x:2083/',
  'https://evil.example/#/wp-admin/',
  'https://evil.example/docs#x?_task=mail',
];

describe('manifest match patterns', () => {
  it('cover the webmail and panels at their real addresses', () => {
    for (const url of WATCHED) expect(matchesStaticPatterns(url), url).toBe(true);
  });

  it('leave other sites alone', () => {
    for (const url of NOT_WATCHED) expect(matchesStaticPatterns(url), url).toBe(false);
  });

  it('read match patterns as browsers do: any port, path with query, literal "?"', () => {
    const roundcube = matchPatternToRegExp('*://*/*?_task=*');
    expect(roundcube.test('https://a.example/?_task=mail')).toBe(true);
    expect(roundcube.test('https://a.example/x_task=mail')).toBe(false);
    expect(matchPatternToRegExp('https://mail.google.com/*').test('https://mail.google.com:443/x')).toBe(
      true,
    );
    expect(matchPatternToRegExp('https://mail.google.com/*').test('http://mail.google.com/x')).toBe(false);
    expect(() => matchPatternToRegExp('https://*:2083/*')).toThrow();
  });

  it('narrow the port entry with globs that need the port', () => {
    const cpanel = globToRegExp('*://*:2083/*');
    expect(cpanel.test('https://host.example.org:2083/')).toBe(true);
    expect(cpanel.test('https://host.example.org/')).toBe(false);
    expect(PANEL_PORT_GLOBS).toContain('*://*:8443/*');
    // The glob reads the URL as text: it lets the script in where the real port is
    // another, which is why the script checks the real address itself.
    expect(globToRegExp('*://*:8443/*').test('https://evil.example/article#x:8443/')).toBe(true);
    expect(globToRegExp('*://*:2083/*').test('https://evil.example/login?next=http://x:2083/')).toBe(true);
    expect(matchesStaticPatterns('https://evil.example/article#x:8443/')).toBe(false);
  });

  it('every pattern is valid for Chrome and Firefox (no port on a wildcard host)', () => {
    for (const pattern of CONTENT_MATCHES)
      expect(pattern, pattern).toMatch(/^(\*|https?):\/\/(\*|[a-z0-9.-]+)\/.*$/);
  });
});
