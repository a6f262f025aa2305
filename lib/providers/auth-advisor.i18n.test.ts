import { beforeAll, describe, expect, it } from 'vitest';
import type { Translator } from '../i18n';
import { otherTranslators, translationProblems } from '../../test/support/translations';
import {
  adviseAuth,
  AUTH_ADVISORIES,
  authAdvisories,
  m365BasicAuthStatus,
  type AuthAdvisory,
} from './auth-advisor';

let translators: Translator[] = [];
beforeAll(async () => {
  translators = await otherTranslators();
});

function prose(a: AuthAdvisory): string[] {
  return [a.title, a.summary, ...a.steps, ...(a.timeline ?? []).map((e) => e.event)];
}

describe('auth advisories in every language', () => {
  it('translate every sentence, keeping codes, dates, hosts and settings names', () => {
    const problems: string[] = [];
    for (const translator of translators) {
      const translated = authAdvisories(translator);
      AUTH_ADVISORIES.forEach((english, i) => {
        const local = translated[i]!;
        const en = prose(english);
        const tr = prose(local);
        expect(tr.length, `${translator.locale} ${english.id}`).toBe(en.length);
        en.forEach((text, j) =>
          problems.push(...translationProblems(tr[j]!, text, `${translator.locale} ${english.id}`)),
        );
        // Data stays data.
        expect({ ...local, title: '', summary: '', steps: [], timeline: [] }).toEqual({
          ...english,
          title: '',
          summary: '',
          steps: [],
          timeline: [],
        });
        if (english.timeline)
          expect(local.timeline!.map((e) => e.date)).toEqual(english.timeline.map((e) => e.date));
      });
      for (const now of ['2026-11-28', '2027-02-01']) {
        const date = new Date(`${now}T00:00:00Z`);
        problems.push(
          ...translationProblems(
            m365BasicAuthStatus(date, translator),
            m365BasicAuthStatus(date),
            `${translator.locale} status ${now}`,
          ),
        );
      }
    }
    expect(problems).toEqual([]);
  });

  it('name the provider in the app-password advisories of every language', () => {
    for (const translator of translators) {
      for (const a of authAdvisories(translator).filter((x) => x.id.endsWith('-app-password'))) {
        expect(a.title, `${translator.locale} ${a.id}`).toContain(a.provider);
        expect(a.steps[a.keyStep], `${translator.locale} ${a.id}`).toContain(a.provider);
      }
    }
  });

  it('mark the step that names the way in, in whatever language', () => {
    // In English the marked step is the one that names the app password or the switch to flip.
    for (const a of AUTH_ADVISORIES) {
      expect(a.steps[a.keyStep], a.id).toBeDefined();
      if (/app password/i.test(a.steps.join(' '))) expect(a.steps[a.keyStep], a.id).toMatch(/app password/i);
    }
    const google = AUTH_ADVISORIES.find((a) => a.id === 'google-less-secure-apps')!;
    expect(google.keyStep).toBe(1);
    for (const translator of translators) {
      const local = authAdvisories(translator).find((a) => a.id === google.id)!;
      expect(local.keyStep).toBe(1);
      expect(local.steps[1]).not.toBe(google.steps[1]);
    }
  });

  it('adviseAuth answers in the translator’s language, with the same evidence', () => {
    const reply =
      '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.';
    const english = adviseAuth({
      text: reply,
      enhancedCode: '5.7.30',
      now: new Date('2026-11-28T00:00:00Z'),
    });
    for (const translator of translators) {
      const local = adviseAuth({
        text: reply,
        enhancedCode: '5.7.30',
        now: new Date('2026-11-28T00:00:00Z'),
        translator,
      });
      expect(local.map((a) => [a.advisory.id, a.reason])).toEqual(
        english.map((a) => [a.advisory.id, a.reason]),
      );
      expect(local[0]!.advisory.title).not.toBe(english[0]!.advisory.title);
      expect(local[1]!.status).toBe(m365BasicAuthStatus(new Date('2026-11-28T00:00:00Z'), translator));
      expect(local[1]!.status).not.toBe(english[1]!.status);
    }
  });
});
