import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../components/settings';
import { getProvider } from '../../lib/providers/index';
import { ENGLISH, loadTranslator } from '../../lib/i18n/index';
import { localizeProvider } from '../../lib/providers/prose';
import type { UsernameRule } from '../../lib/providers/types';
import { classify } from '../../lib/rules/index';
import { fixRecord, loginTarget } from './fix-inputs';

function withProvider(provider: Partial<Settings['provider']>): Settings {
  const settings = defaultSettings();
  return { ...settings, provider: { ...settings.provider, ...provider } };
}

describe('loginTarget', () => {
  it("is the chosen provider's first submission server; its other servers count as its own", () => {
    const target = loginTarget(withProvider({ id: 'zoho', variant: 'eu', address: 'ana@example.eu' }));
    expect(target).toMatchObject({ host: 'smtp.zoho.eu', providerName: getProvider('zoho')!.name });
    expect(target?.hosts).toEqual(expect.arrayContaining(['smtp.zoho.eu', 'smtp.zoho.com']));
  });

  it('is the discovered server when the provider is no preset', () => {
    const target = loginTarget(
      withProvider({
        address: 'bo@example.org',
        discovered: { host: 'mail.example.org', port: 465, security: 'ssl', source: 'autoconfig' },
      }),
    );
    expect(target).toEqual({
      host: 'mail.example.org',
      port: 465,
      providerName: 'example.org',
      hosts: ['mail.example.org'],
    });
  });

  it('is nothing without a provider (a discovered server without TLS does not count)', () => {
    expect(loginTarget(defaultSettings())).toBeNull();
    expect(
      loginTarget(
        withProvider({
          discovered: { host: 'mail.example.org', port: 25, security: 'plain', source: 'mx-guess' },
        }),
      ),
    ).toBeNull();
  });
});

describe('fixRecord in the reader’s language', () => {
  const classification = classify('535 5.7.8 Username and Password not accepted')!;
  const noteOf = (rule: UsernameRule) => (rule.form === 'credential' ? rule.note : undefined);

  it("a provider's own user-name note and the description of the user name are the reader's", async () => {
    const de = await loadTranslator('de');
    const mailgun = fixRecord(withProvider({ id: 'mailgun' }), classification, undefined, de);
    expect(mailgun?.fix.usernameIsDescription).toBe(true);
    expect(mailgun?.fix.username).toBe(noteOf(localizeProvider(getProvider('mailgun')!, de).username));
    expect(mailgun?.fix.username).not.toBe(noteOf(getProvider('mailgun')!.username));

    const discovered = fixRecord(
      withProvider({
        discovered: { host: 'mail.example.org', port: 465, security: 'ssl', source: 'autoconfig' },
      }),
      classification,
      undefined,
      de,
    );
    expect(discovered?.fix.username).toBe(de.t('providers.username.email'));
    expect(discovered?.fix.username).not.toBe(ENGLISH.t('providers.username.email'));
  });
});

describe('loginTarget with a discovered server for a known provider’s address', () => {
  it("is the provider's own only when the server is one of the provider's servers", () => {
    const gmail = getProvider('gmail')!;
    const foreign = loginTarget(
      withProvider({
        address: 'you@gmail.com',
        discovered: { host: 'smtp.gmail-secure.example', port: 465, security: 'ssl', source: 'autoconfig' },
      }),
    );
    expect(foreign).toMatchObject({ host: 'smtp.gmail-secure.example', providerName: gmail.name });
    expect(foreign?.hosts).not.toContain('smtp.gmail-secure.example');
    expect(foreign?.hosts).toContain('smtp.gmail.com');

    const own = loginTarget(
      withProvider({
        address: 'you@gmail.com',
        discovered: { host: 'smtp.gmail.com', port: 465, security: 'ssl', source: 'autoconfig' },
      }),
    );
    expect(own?.hosts).toContain('smtp.gmail.com');
  });
});
