// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { recogniseSite, type FrameLike } from './confirm';

function frame(url: string, html: string, parent?: FrameLike): FrameLike {
  // A parsed document has no browsing context: nothing it names is fetched.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const { hostname, href } = new URL(url);
  const self: FrameLike = { location: { hostname, href }, document: doc, parent: parent ?? (null as never) };
  if (!parent) self.parent = self;
  return self;
}

const ROUNDCUBE_HEAD = `<head><title>Roundcube Webmail :: Compose</title>
  <link rel="shortcut icon" href="skins/elastic/images/favicon.ico">
  <script src="program/js/app.min.js?s=1700000000"></script></head>
  <body class="task-mail action-compose"></body>`;

describe('recogniseSite', () => {
  it('trusts hosted webmail by its host name', () => {
    expect(recogniseSite(frame('https://mail.google.com/mail/u/0/#inbox', '<body></body>'))).toBe('gmail');
    expect(recogniseSite(frame('https://outlook.office.com/mail/', '<body></body>'))).toBe('outlook');
    expect(recogniseSite(frame('https://mail.yahoo.com/d/folders/1', '<body></body>'))).toBe('yahoo');
  });

  it('confirms self-hosted products from their own markers', () => {
    const url = 'https://webmail.example.org/?_task=mail&_action=compose';
    expect(recogniseSite(frame(url, ROUNDCUBE_HEAD))).toBe('roundcube');
    expect(
      recogniseSite(
        frame(
          'https://blog.example.org/wp-admin/admin.php?page=wp-mail-smtp-tools',
          '<head><title>Tools</title></head><body class="wp-admin wp-core-ui"></body>',
        ),
      ),
    ).toBe('wordpress');
    expect(
      recogniseSite(
        frame(
          'https://host.example.org:2083/cpsess1234567890/frontend/jupiter/index.html',
          '<head><title>cPanel - Tools</title></head><body></body>',
        ),
      ),
    ).toBe('cpanel');
    expect(
      recogniseSite(
        frame(
          'https://panel.example.org:8443/smb/',
          '<head><title>Mail Server Settings - Plesk Obsidian</title></head>',
        ),
      ),
    ).toBe('plesk');
    expect(
      recogniseSite(
        frame(
          'https://cloud.example.org/index.php/settings/admin',
          '<head data-requesttoken="abc"></head><body id="body-settings"></body>',
        ),
      ),
    ).toBe('nextcloud');
  });

  it('stays silent where the URL looks right but the page is something else', () => {
    // A blog post under /roundcube/ and a shop with a ?_task= parameter.
    expect(
      recogniseSite(
        frame(
          'https://blog.example.org/roundcube/smtp-errors',
          '<head><title>Fixing Roundcube errors</title></head><body class="post"></body>',
        ),
      ),
    ).toBeNull();
    expect(
      recogniseSite(frame('https://shop.example.org/cart?_task=checkout', '<body class="cart"></body>')),
    ).toBeNull();
    expect(
      recogniseSite(frame('https://site.example.org/wp-admin/', '<body class="login"></body>')),
    ).toBeNull();
  });

  it('accepts a frame without markers inside a recognised same-origin page', () => {
    const top = frame(
      'https://panel.example.org:8443/smb/email',
      '<head><title>Plesk Obsidian</title></head>',
    );
    const inner = frame(
      'https://panel.example.org:8443/smb/email/test-result',
      '<body><pre>result</pre></body>',
      top,
    );
    expect(recogniseSite(inner)).toBe('plesk');
  });

  it('trusts a site the user added (its flag), and no page its real address does not match', () => {
    const intranet = frame('https://intranet.example.com/mailer/status', '<body></body>');
    expect(recogniseSite(intranet, true)).toBe('user-site');
    expect(recogniseSite(intranet)).toBeNull();
  });

  it('reads no port or path from the fragment or the query, whatever the page says it is', () => {
    const webmailTitle = '<head><title>Webmail help</title></head><body></body>';
    for (const url of [
      'https://evil.example/article#x:8443/',
      'https://evil.example/login?next=http://x:2083/',
      'https://evil.example/#/roundcube/',
    ])
      expect(recogniseSite(frame(url, webmailTitle)), url).toBeNull();
  });

  it('trusts a site the user added although a built-in pattern also matches it', () => {
    // A panel on a panel port with none of the known products' markers.
    const panel = frame('https://panel.example.org:2083/status', '<head><title>Mail status</title></head>');
    expect(recogniseSite(panel)).toBeNull();
    expect(recogniseSite(panel, true)).toBe('user-site');
  });
});
