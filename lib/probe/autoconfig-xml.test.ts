import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getProvider } from '../providers/lookup';
import { exportProviderAutoconfig, importAutoconfig, providerToClientConfig } from './autoconfig-export';
import { escapeXml, parseAutoconfig, serializeAutoconfig, type ClientConfig } from './autoconfig-xml';

const fixture = (name: string) =>
  readFileSync(new URL(`./autoconfig-fixtures/${name}`, import.meta.url), 'utf8');

describe('parseAutoconfig', () => {
  it('reads the outgoing servers of a clientConfig file', () => {
    const parsed = parseAutoconfig(fixture('example-isp.xml'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.config).toEqual({
      id: 'example-isp.test',
      domains: ['example-isp.test', 'example-isp-mail.test'],
      displayName: 'Example ISP Mail',
      displayShortName: 'Example',
      outgoing: [
        {
          hostname: 'smtp.example-isp.test',
          port: 587,
          socketType: 'STARTTLS',
          username: '%EMAILLOCALPART%',
          authentication: ['password-cleartext'],
        },
        {
          hostname: 'smtp.example-isp.test',
          port: 465,
          socketType: 'SSL',
          username: '%EMAILLOCALPART%',
          authentication: ['password-cleartext'],
        },
      ],
      documentation: [{ url: 'https://help.example-isp.test/mail', description: 'Mail settings & ports' }],
    });
  });

  it('tolerates BOM, DOCTYPE, comments, CDATA, single quotes and odd case, but expands no custom entity', () => {
    const parsed = parseAutoconfig(fixture('tolerant.xml'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.config.id).toBe('tolerant.test');
    expect(parsed.config.displayName).toBe('Tolerant <Mail> & Co');
    expect(parsed.config.outgoing.map((o) => [o.hostname, o.port, o.socketType])).toEqual([
      ['mail.tolerant.test', 465, 'SSL'],
      ['legacy.tolerant.test', 25, 'plain'],
    ]);
    expect(parsed.config.outgoing[0]!.username).toBe('&xxe;%EMAILADDRESS%');
    expect(parsed.config.outgoing[0]!.authentication).toEqual(['OAuth2', 'password-cleartext']);
    expect(parsed.skipped).toEqual(['broken.tolerant.test: bad port']);
    expect(parsed.config.documentation).toEqual([{ url: 'https://tolerant.test/help?a=1&b=2' }]);
  });

  it('decodes numeric character references', () => {
    const xml =
      '<clientConfig><emailProvider id="&#x41;&#66;"><outgoingServer type="smtp"><hostname>a.test</hostname><port>587</port><socketType>STARTTLS</socketType></outgoingServer></emailProvider></clientConfig>';
    const parsed = parseAutoconfig(xml);
    expect(parsed.ok && parsed.config.id).toBe('AB');
  });

  it.each([
    ['malformed-unclosed.xml', /malformed XML/],
    ['malformed-truncated.xml', /malformed XML/],
    ['incoming-only.xml', /no outgoing SMTP server/],
  ])('answers "not found" for %s', (name, reason) => {
    const parsed = parseAutoconfig(fixture(name));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });

  it.each([
    '',
    'not xml at all',
    '<html><body>404 Not Found</body></html>',
    '<clientConfig><emailProvider></clientConfig>',
    '<clientConfig></clientConfig><clientConfig></clientConfig>',
    '<clientConfig><emailProvider id="x"><outgoingServer type="smtp"><hostname>a b</hostname><port>587</port><socketType>STARTTLS</socketType></outgoingServer></emailProvider></clientConfig>',
    '<clientConfig><emailProvider id="x"><outgoingServer type="smtp"><hostname>a.test</hostname><port>587</port><socketType>SSLv2</socketType></outgoingServer></emailProvider></clientConfig>',
    '<clientConfig attr=unquoted/>',
    '<clientConfig a="<"/>',
    '<!-- never closed',
    '<clientConfig>' + '<x>'.repeat(100) + '</x>'.repeat(100) + '</clientConfig>',
    '<' + 'a'.repeat(300_000) + '/>',
    '\u0000\u0001<clientConfig/>',
  ])('never throws on malformed input %#', (xml) => {
    const parsed = parseAutoconfig(xml);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason.length).toBeGreaterThan(0);
  });
});

describe('serializeAutoconfig', () => {
  const hostile = `<&"'>`;

  it('escapes every special character in text and attributes', () => {
    expect(escapeXml(hostile)).toBe('&lt;&amp;&quot;&apos;&gt;');
    const xml = serializeAutoconfig({
      id: `id${hostile}`,
      domains: [`d${hostile}.test`],
      displayName: hostile,
      outgoing: [
        {
          hostname: 'smtp.test',
          port: 465,
          socketType: 'SSL',
          username: `u${hostile}`,
          authentication: ['password-cleartext'],
        },
      ],
      documentation: [{ url: `https://x.test/?a=1&b=${hostile}`, description: hostile }],
    });
    expect(xml).not.toContain(hostile);
    expect(xml).toContain('<displayName>&lt;&amp;&quot;&apos;&gt;</displayName>');
    expect(xml).toContain('id="id&lt;&amp;&quot;&apos;&gt;"');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<clientConfig version="1.1">')).toBe(true);
  });

  it('round-trips hostile strings through export and import', () => {
    const config: ClientConfig = {
      id: `evil${hostile}]]><!--`,
      domains: [`a${hostile}`, 'b.test'],
      displayName: `Name ${hostile} &amp; &#60; \u00e9\u{1F600}`,
      displayShortName: `]]>${hostile}`,
      outgoing: [
        {
          hostname: 'smtp.b.test',
          port: 465,
          socketType: 'SSL',
          username: `%EMAILLOCALPART%${hostile}`,
          authentication: ['password-cleartext'],
        },
        {
          hostname: 'smtp.b.test',
          port: 587,
          socketType: 'STARTTLS',
          authentication: ['OAuth2', 'password-cleartext'],
        },
      ],
      documentation: [
        { url: `https://b.test/?q=${hostile}` },
        { url: 'https://b.test/help', description: `Help ${hostile}` },
      ],
    };
    const back = parseAutoconfig(serializeAutoconfig(config));
    expect(back).toEqual({ ok: true, config, skipped: [] });
  });

  it('drops characters XML cannot carry instead of writing a broken file', () => {
    const xml = serializeAutoconfig({
      id: 'x',
      domains: [],
      displayName: 'a\u0000b\u0007c',
      outgoing: [{ hostname: 'smtp.x.test', port: 587, socketType: 'STARTTLS', authentication: [] }],
      documentation: [],
    });
    const back = parseAutoconfig(xml);
    expect(back.ok && back.config.displayName).toBe('abc');
  });
});

describe('preset export', () => {
  it('exports a preset that imports back with the same servers', () => {
    const gmail = getProvider('gmail')!;
    const back = importAutoconfig(exportProviderAutoconfig(gmail));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.config.outgoing).toEqual([
      {
        hostname: 'smtp.gmail.com',
        port: 465,
        socketType: 'SSL',
        username: '%EMAILADDRESS%',
        authentication: ['OAuth2', 'password-cleartext'],
      },
      {
        hostname: 'smtp.gmail.com',
        port: 587,
        socketType: 'STARTTLS',
        username: '%EMAILADDRESS%',
        authentication: ['OAuth2', 'password-cleartext'],
      },
    ]);
    expect(back.config.domains).toEqual(['gmail.com', 'googlemail.com']);
  });

  it('writes the literal user name of relays, no user name for issued credentials, OAuth2 only for Outlook.com', () => {
    expect(providerToClientConfig(getProvider('sendgrid')!).outgoing[0]!.username).toBe('apikey');
    expect(providerToClientConfig(getProvider('mailgun')!).outgoing[0]!.username).toBeUndefined();
    expect(providerToClientConfig(getProvider('outlook-com')!).outgoing[0]!.authentication).toEqual([
      'OAuth2',
    ]);
    const zohoEu = providerToClientConfig(getProvider('zoho')!, { variantId: 'eu' });
    expect(zohoEu.outgoing[0]!.hostname).toBe('smtp.zoho.eu');
    expect(zohoEu.domains).toEqual(['zoho.eu', 'zohomail.eu']);
  });
});
