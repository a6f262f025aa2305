import { describe, expect, it } from 'vitest';
import { getProvider } from '../providers/lookup';
import { PORT_POLICIES } from '../providers/port-policies';
import type { DiscoveryResult } from '../probe/discovery';
import {
  CLIENT_IDS,
  buildClientGuide,
  buildClientGuides,
  buildPort25Guide,
  buildWalkthrough,
  fixSettingsFromDiscovery,
  fixSettingsFromProvider,
  type FixSettings,
} from './index';
import { dotenvValue, jsString, phpString, pyString } from './escape';

const policy = (id: string) => PORT_POLICIES.find((p) => p.id === id)!;

const gmail465: FixSettings = {
  host: 'smtp.gmail.com',
  port: 465,
  security: 'ssl',
  username: 'ann@gmail.com',
  providerName: 'Gmail',
  appPasswordUrl: 'https://support.google.com/accounts/answer/185833',
};
const m365: FixSettings = {
  host: 'smtp.office365.com',
  port: 587,
  security: 'starttls',
  username: 'bob@contoso.example',
  providerName: 'Microsoft 365',
};

/** Reads back the literal a snippet line holds, the way each language's parser would. */
function unPhp(literal: string): string {
  expect(literal.startsWith("'") && literal.endsWith("'")).toBe(true);
  return literal.slice(1, -1).replace(/\\([\\'])/g, '$1');
}
function unDotenv(value: string): string {
  if (value.startsWith("'")) return value.slice(1, -1);
  if (value.startsWith('"')) {
    return value.slice(1, -1).replace(/\\(["\\$nr])/g, (_m, c: string) => ({ n: '\n', r: '\r' })[c] ?? c);
  }
  expect(value).not.toMatch(/[\s#$"']/);
  return value;
}
function lineWith(code: string, start: string): string {
  const line = code.split('\n').find((l) => l.trimStart().startsWith(start));
  expect(line, `a line starting with ${start}`).toBeDefined();
  return line!;
}
function snippet(settings: FixSettings, id: (typeof CLIENT_IDS)[number], index = 0): string {
  return buildClientGuide(id, settings).snippets[index]!.code;
}

describe('buildWalkthrough', () => {
  it('offers no description of a value for copying ("your full email address")', () => {
    const gmail = getProvider('gmail')!;
    const blank = buildWalkthrough(fixSettingsFromProvider(gmail));
    const user = blank.steps.flatMap((s) => s.values ?? []).find((v) => v.label === 'User name');
    expect(user).toEqual({ label: 'User name', value: 'your full email address', placeholder: true });
    const filled = buildWalkthrough(fixSettingsFromProvider(gmail, { address: 'ana@gmail.com' }));
    const value = filled.steps.flatMap((s) => s.values ?? []).find((v) => v.label === 'User name');
    expect(value).toEqual({ label: 'User name', value: 'ana@gmail.com' });
  });

  it('numbers short steps with the exact values and the app-password link', () => {
    const w = buildWalkthrough(gmail465);
    expect(w.steps.map((s) => s.n)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(w.title).toBe('Send through Gmail: smtp.gmail.com, port 465, SSL/TLS');
    const values = w.steps.flatMap((s) => s.values ?? []);
    expect(values).toEqual([
      { label: 'Server', value: 'smtp.gmail.com' },
      { label: 'Port', value: '465' },
      { label: 'Security', value: 'SSL/TLS' },
      { label: 'User name', value: 'ann@gmail.com' },
    ]);
    expect(w.steps[4]!.link).toEqual({ label: 'Create an app password', url: gmail465.appPasswordUrl });
    expect(w.notes[0]).toMatch(/choosing STARTTLS here/);
  });

  it('asks for the normal password when no app password is needed, and warns about the opposite mismatch on 587', () => {
    const w = buildWalkthrough(m365);
    expect(w.steps.some((s) => s.link)).toBe(false);
    expect(w.steps[4]!.text).toBe('Enter your mailbox password as the password.');
    expect(w.notes[0]).toMatch(/choosing SSL\/TLS here/);
  });

  it('keeps displayed values on one line', () => {
    const w = buildWalkthrough({ ...m365, username: 'bob\n<script>alert(1)</script>' });
    expect(w.steps[3]!.values![0]!.value).toBe('bob <script>alert(1)</script>');
  });
});

describe('client guides', () => {
  it('covers every client the product promises', () => {
    expect(CLIENT_IDS).toEqual([
      'thunderbird',
      'outlook',
      'apple-mail',
      'gmail-send-as',
      'wp-mail-smtp',
      'phpmailer',
      'nodemailer',
      'python-smtplib',
      'laravel-env',
      'postfix',
    ]);
  });

  it.each(CLIENT_IDS.map((id) => [id]))('%s names the host, port and user name and cites sources', (id) => {
    for (const settings of [gmail465, m365]) {
      const guide = buildClientGuide(id, settings);
      const all = [...guide.steps, ...guide.snippets.map((s) => s.code)].join('\n');
      expect(all).toContain(settings.host);
      expect(all).toContain(String(settings.port));
      expect(all).toContain(settings.username);
      expect(guide.sources.length).toBeGreaterThan(0);
      for (const src of guide.sources)
        expect(new URL(src.url).protocol).toBe(src.httpOnly ? 'http:' : 'https:');
    }
  });

  it('writes the TLS mode each language expects', () => {
    expect(snippet(gmail465, 'phpmailer')).toContain('$mail->SMTPSecure = PHPMailer::ENCRYPTION_SMTPS;');
    expect(snippet(m365, 'phpmailer')).toContain('$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;');
    expect(snippet(gmail465, 'nodemailer')).toContain('secure: true,');
    expect(snippet(m365, 'nodemailer')).toContain('requireTLS: true,');
    expect(snippet(gmail465, 'python-smtplib')).toContain(
      'smtplib.SMTP_SSL("smtp.gmail.com", 465, context=context)',
    );
    expect(snippet(m365, 'python-smtplib')).toContain('smtp.starttls(context=context)');
    expect(snippet(gmail465, 'laravel-env')).toContain('MAIL_SCHEME=smtps');
    expect(snippet(m365, 'laravel-env')).toContain('MAIL_SCHEME=smtp\n');
    expect(snippet(gmail465, 'laravel-env', 1)).toContain('MAIL_ENCRYPTION=ssl');
    expect(snippet(m365, 'laravel-env', 1)).toContain('MAIL_ENCRYPTION=tls');
    expect(snippet(gmail465, 'wp-mail-smtp')).toContain("define( 'WPMS_SSL', 'ssl' );");
    expect(snippet(m365, 'wp-mail-smtp')).toContain("define( 'WPMS_SSL', 'tls' );");
    expect(snippet(gmail465, 'postfix')).toContain('relayhost = [smtp.gmail.com]:465');
    expect(snippet(gmail465, 'postfix')).toContain('smtp_tls_wrappermode = yes');
    expect(snippet(m365, 'postfix')).not.toContain('wrappermode');
    expect(snippet(m365, 'postfix', 1)).toBe('[smtp.office365.com]:587 bob@contoso.example:YOUR_PASSWORD');
    expect(buildClientGuide('gmail-send-as', gmail465).steps.join('\n')).toContain(
      'Secured connection using SSL',
    );
    expect(buildClientGuide('gmail-send-as', m365).steps.join('\n')).toContain(
      'Secured connection using TLS',
    );
    expect(buildClientGuide('thunderbird', m365).steps).toContain('Connection security: STARTTLS');
  });

  it('never writes a secret, only a placeholder or an environment variable', () => {
    const guides = buildClientGuides({ ...gmail465, secretKind: 'app-password' });
    const code = guides.flatMap((g) => g.snippets.map((s) => s.code)).join('\n');
    expect(code).toContain("getenv('SMTP_PASSWORD')");
    expect(code).toContain('process.env.SMTP_PASSWORD');
    expect(code).toContain('os.environ["SMTP_PASSWORD"]');
    expect(code).toContain('MAIL_PASSWORD=YOUR_APP_PASSWORD');
  });

  describe('with hostile values', () => {
    const hostileUser = `a'b"c\\d$e{f}<g>#h i`;
    const hostile: FixSettings = {
      host: "evil.test';echo pwned;'\nrelayhost = attacker.test",
      port: 587,
      security: 'starttls',
      username: `${hostileUser}\n$mail->Password = 'x';`,
      providerName: 'Evil </script>',
      fromAddress: `"x"@evil.test`,
    };
    const cleanUser = `${hostileUser} $mail->Password = 'x';`;
    const cleanHost = "evil.test';echo pwned;' relayhost = attacker.test";

    it('keeps PHP values inside their single-quoted literals', () => {
      for (const id of ['phpmailer', 'wp-mail-smtp'] as const) {
        const code = snippet(hostile, id);
        const user = lineWith(code, id === 'phpmailer' ? '$mail->Username' : "define( 'WPMS_SMTP_USER'");
        const literal =
          id === 'phpmailer'
            ? user.slice(user.indexOf('= ') + 2, -1)
            : user.slice(user.indexOf(', ') + 2, user.lastIndexOf(' );'));
        expect(unPhp(literal)).toBe(cleanUser);
        expect(code.split('\n')).toHaveLength(snippet(m365, id).split('\n').length);
      }
    });

    it('keeps JavaScript and Python values inside their string literals', () => {
      const js = lineWith(snippet(hostile, 'nodemailer'), 'host:');
      expect(JSON.parse(js.slice(js.indexOf('"'), js.lastIndexOf('"') + 1))).toBe(cleanHost);
      const py = lineWith(snippet(hostile, 'python-smtplib'), 'smtp.login(');
      expect(JSON.parse(py.slice(py.indexOf('(') + 1, py.indexOf(', os.environ')))).toBe(cleanUser);
    });

    it('quotes .env values so phpdotenv reads them back unchanged', () => {
      const env = snippet(hostile, 'laravel-env');
      const value = (key: string) => unDotenv(lineWith(env, `${key}=`).slice(key.length + 1));
      expect(value('MAIL_HOST')).toBe(cleanHost);
      expect(value('MAIL_USERNAME')).toBe(cleanUser);
      expect(value('MAIL_FROM_ADDRESS')).toBe('"x"@evil.test');
      expect(env.split('\n').filter((l) => l.startsWith('relayhost'))).toEqual([]);
    });

    it('cannot add lines to the Postfix configuration', () => {
      const guide = buildClientGuide('postfix', hostile);
      const mainCf = guide.snippets[0]!.code.split('\n');
      expect(mainCf.filter((l) => l.startsWith('relayhost'))).toEqual([
        'relayhost = [evil.testechopwnedrelayhostattacker.test]:587',
      ]);
      expect(guide.notes).toContain(
        'Characters that cannot appear in a host name were removed from the server name.',
      );
      expect(guide.snippets[1]!.code.split('\n')).toHaveLength(1);
    });
  });

  it('escapes the way each language reads it', () => {
    expect(phpString(`it's \\ fine`)).toBe(`'it\\'s \\\\ fine'`);
    expect(jsString('a\u2028b')).toBe('"a\\u2028b"');
    expect(pyString('a"b')).toBe('"a\\"b"');
    expect(dotenvValue('smtp.gmail.com')).toBe('smtp.gmail.com');
    expect(dotenvValue('a b#c')).toBe("'a b#c'");
    expect(dotenvValue(`it's $HOME`)).toBe(`"it's \\$HOME"`);
    expect(dotenvValue('')).toBe('""');
  });
});

describe('settings records', () => {
  it('builds one from a preset, with the user name and where to get the app password', () => {
    expect(fixSettingsFromProvider(getProvider('gmail')!, { address: 'ann@gmail.com' })).toEqual({
      host: 'smtp.gmail.com',
      port: 465,
      security: 'ssl',
      username: 'ann@gmail.com',
      providerName: 'Gmail',
      secretKind: 'app-password',
      appPasswordUrl: 'https://support.google.com/accounts/answer/185833',
      fromAddress: 'ann@gmail.com',
    });
    const sendgrid = fixSettingsFromProvider(getProvider('sendgrid')!, { serverIndex: 2 });
    expect(sendgrid).toMatchObject({
      host: 'smtp.sendgrid.net',
      port: 2525,
      username: 'apikey',
      secretKind: 'api-key',
    });
    expect(
      fixSettingsFromProvider(getProvider('cpanel')!, { domain: 'shop.example', address: 'me@shop.example' })
        .host,
    ).toBe('mail.shop.example');
  });

  it('builds one from a discovery answer, skipping servers without TLS', () => {
    const result: DiscoveryResult = {
      input: 'a@x.test',
      domain: 'x.test',
      address: 'a@x.test',
      found: true,
      source: 'autoconfig',
      servers: [
        { host: 'plain.x.test', port: 25, security: 'plain', usernameForm: 'x' },
        { host: 'smtp.x.test', port: 587, security: 'starttls', username: 'a', usernameForm: 'local part' },
      ],
      notes: [],
      attempts: [],
      network: 'used',
      at: 0,
    };
    expect(fixSettingsFromDiscovery(result)).toEqual({
      host: 'smtp.x.test',
      port: 587,
      security: 'starttls',
      username: 'a',
      providerName: 'x.test',
      fromAddress: 'a@x.test',
    });
    expect(fixSettingsFromDiscovery({ ...result, servers: [result.servers[0]!] })).toBeNull();
  });
});

describe('buildPort25Guide', () => {
  const probedAt = new Date('2026-11-28T10:15:00Z');

  it('uses the host policy and the probe evidence', () => {
    const guide = buildPort25Guide({
      policy: policy('hetzner'),
      senderHost: 'static.1.2.3.4.clients.your-server.de',
      probes: [
        { port: 25, tcp: 'timeout', ms: 5000, host: 'gmail-smtp-in.l.google.com' },
        { port: 465, tcp: 'timeout', ms: 5000, host: 'smtp.gmail.com' },
        { port: 587, tcp: 'open', ms: 31, host: 'smtp.gmail.com', banner: '220 smtp.gmail.com ESMTP ready' },
      ],
      probedAt,
      settings: { ...gmail465, port: 587, security: 'starttls' },
    });
    expect(guide.title).toBe('Hetzner blocks outbound port 25');
    expect(guide.waysOut.map((w) => [w.id, w.available])).toEqual([
      ['submission', true],
      ['relay-2525', true],
      ['ask-host', true],
    ]);
    expect(guide.waysOut[0]!.text).toContain('465 is blocked here too (Hetzner policy)');
    expect(guide.waysOut[2]!.link?.url).toBe(
      'https://docs.hetzner.com/cloud/servers/faq/#why-can-i-not-send-any-mails-from-my-server',
    );
    expect(guide.evidence[0]).toBe(
      'Port 25 to gmail-smtp-in.l.google.com: no answer (the connection timed out) after 5000 ms — tested 2026-11-28 10:15 UTC',
    );
    expect(guide.request.subject).toBe(
      'Request to unblock outbound TCP port 25 for static.1.2.3.4.clients.your-server.de',
    );
    expect(guide.request.body).toContain(
      'Please allow outbound connections to TCP port 25 (SMTP) from my server static.1.2.3.4.clients.your-server.de.',
    );
    expect(guide.request.body).toContain(`- ${guide.evidence[2]}`);
    expect(guide.request.body).toContain('Hello Hetzner support,');
    expect(guide.hostPolicy).toMatchObject({ id: 'hetzner', blockedPorts: [25, 465], verified: true });
  });

  it('says when the host grants no exception and when submission ports are closed too', () => {
    expect(
      buildPort25Guide({ policy: policy('gcp') }).waysOut.find((w) => w.id === 'ask-host')?.available,
    ).toBe(false);
    const linode = buildPort25Guide({ policy: policy('linode') });
    expect(linode.waysOut[0]).toMatchObject({ id: 'submission', available: false });
    expect(linode.waysOut[0]!.text).toContain(
      '465 and 587 are blocked here too (Akamai Cloud (Linode) policy)',
    );
    const blocked2525 = buildPort25Guide({ probes: [{ port: 2525, tcp: 'timeout' }] });
    expect(blocked2525.waysOut[1]!.available).toBe(false);
  });

  it('lists the relays that document 2525 and writes a generic request without a policy', () => {
    const guide = buildPort25Guide();
    expect(guide.waysOut[1]!.text).toContain(
      'SendGrid (Twilio), Mailgun, Postmark, Brevo (formerly Sendinblue), SMTP2GO, Mailjet, SparkPost',
    );
    expect(guide.waysOut[1]!.text).not.toContain('Amazon SES');
    expect(guide.request.to).toBe('your internet or hosting provider');
    expect(guide.request.body).toContain('Connections from it to mail servers on port 25 time out');
    expect(guide.hostPolicy).toBeUndefined();
  });

  it('speaks of a connection, not a server, for a residential ISP', () => {
    const guide = buildPort25Guide({ policy: policy('comcast') });
    expect(guide.request.body).toContain('from my connection.');
    // Comcast's page is http only: named in the copyable request, never linked.
    expect(guide.request.body).toContain(
      'http://corporate.comcast.com/comcast-voices/updated-management-of-smtp-port-25',
    );
    expect(guide.request.url).toBeUndefined();
    expect(guide.waysOut.find((way) => way.id === 'ask-host')?.link).toBeUndefined();
  });

  it('links the way to ask for an exception when the policy page is https', () => {
    const guide = buildPort25Guide({ policy: policy('ovh') });
    expect(guide.request.url).toBe('https://docs.ovh.com/au/en/dedicated/antispam-best-practices/');
    expect(guide.waysOut.find((way) => way.id === 'ask-host')?.link?.url).toBe(guide.request.url);
  });
});
