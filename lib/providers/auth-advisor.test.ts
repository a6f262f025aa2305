import { describe, expect, it } from 'vitest';
import { adviseAuth, m365BasicAuthStatus } from './auth-advisor';

const ids = (input: Parameters<typeof adviseAuth>[0]) => adviseAuth(input).map((a) => a.advisory.id);

describe('adviseAuth', () => {
  it('reads the Microsoft 365 tenant switch from the reply wording', () => {
    const advice = adviseAuth({
      text: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
    });
    expect(advice[0]?.advisory.id).toBe('m365-smtp-auth-disabled');
    expect(advice[0]?.reason).toBe('phrase');
  });

  it('reads the Basic-auth retirement from code 5.7.30 and says where it stands', () => {
    const [first] = adviseAuth({ enhancedCode: '5.7.30', now: new Date('2026-11-28T00:00:00Z') });
    expect(first?.advisory.id).toBe('m365-basic-auth-retirement');
    expect(first?.reason).toBe('code');
    expect(first?.status).toContain('Until the end of December 2026');
    expect(m365BasicAuthStatus(new Date('2027-02-01T00:00:00Z'))).toContain(
      'disabled by default for existing tenants',
    );
  });

  it('reads Gmail app-password replies', () => {
    expect(
      ids({
        text: "(534, b'5.7.9 Application-specific password required. Learn more at ...InvalidSecondFactor",
      }),
    ).toEqual(['google-less-secure-apps']);
    expect(
      ids({
        text: '535-5.7.8 Username and Password not accepted. Learn more at https://support.google.com/mail/?p=BadCredentials',
      }),
    ).toEqual(['google-less-secure-apps']);
  });

  it('falls back to the provider when the error says nothing specific', () => {
    expect(ids({ providerId: 'yahoo', text: '535 Authentication failed' })).toEqual(['yahoo-app-password']);
    expect(ids({ providerId: 'microsoft-365' })).toEqual([
      'm365-smtp-auth-disabled',
      'm365-basic-auth-retirement',
    ]);
    expect(ids({ providerId: 'outlook-com' })).toEqual(['outlook-com-oauth-only']);
  });

  it('puts wording before codes before the provider', () => {
    const advice = adviseAuth({
      providerId: 'yahoo',
      enhancedCode: '5.7.30',
      text: 'SmtpClientAuthentication is disabled',
    });
    expect(advice.map((a) => a.reason)).toEqual(['phrase', 'code', 'provider']);
  });

  it('gives nothing for unrelated input', () => {
    expect(adviseAuth({ text: '550 5.1.1 User unknown', enhancedCode: '5.1.1' })).toEqual([]);
    expect(adviseAuth({ providerId: 'sendgrid' })).toEqual([]);
    expect(adviseAuth({})).toEqual([]);
  });
});
