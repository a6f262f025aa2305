import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../components/settings';
import { getProvider } from '../../lib/providers/index';
import { loginTarget } from './fix-inputs';

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
