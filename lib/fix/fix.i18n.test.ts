import { beforeAll, describe, expect, it } from 'vitest';
import type { Translator } from '../i18n';
import { PORT_POLICIES } from '../providers/port-policies';
import type { PortPolicy } from '../providers/types';
import { localizePolicy } from '../providers/prose';
import type { Vantage } from '../vantage';
import { otherTranslators, translationProblems } from '../../test/support/translations';
import {
  CLIENT_IDS,
  buildClientGuide,
  buildPort25Guide,
  buildWalkthrough,
  type FixSettings,
  type Port25Guide,
  type Port25GuideInput,
} from './index';
import { secretWords } from './walkthrough';

let translators: Translator[] = [];
beforeAll(async () => {
  translators = await otherTranslators();
});

const VANTAGES: (Vantage | undefined)[] = [undefined, 'this-device', 'web-server', 'mail-server'];
const policy = (id: string) => PORT_POLICIES.find((p) => p.id === id)!;

const SETTINGS: FixSettings[] = [
  {
    host: 'smtp.gmail.com',
    port: 465,
    security: 'ssl',
    username: 'ann@gmail.com',
    providerName: 'Gmail',
    appPasswordUrl: 'https://support.google.com/accounts/answer/185833',
  },
  {
    host: 'smtp.office365.com',
    port: 587,
    security: 'starttls',
    username: 'bob@contoso.example',
    providerName: 'Microsoft 365',
  },
  {
    host: 'smtp.sendgrid.net',
    port: 2525,
    security: 'starttls',
    username: 'apikey',
    providerName: 'SendGrid',
    appPasswordUrl: 'https://app.sendgrid.com/settings/api_keys',
    secretKind: 'api-key',
  },
  {
    host: 'mail.example.net',
    port: 587,
    security: 'starttls',
    username: 'x',
    providerName: 'Example',
    secretKind: 'smtp-password',
    appPasswordUrl: 'https://example.net/smtp',
  },
  {
    host: '127.0.0.1',
    port: 1025,
    security: 'starttls',
    username: 'ana@proton.me',
    providerName: 'Proton Mail',
    secretKind: 'bridge-password',
    appPasswordUrl: 'https://proton.me/support/bridge',
  },
];

function walkthroughProblems(settings: FixSettings, translator: Translator): string[] {
  const problems: string[] = [];
  for (const vantage of VANTAGES) {
    const en = buildWalkthrough(settings, vantage);
    const tr = buildWalkthrough(settings, vantage, translator);
    const where = `${translator.locale} ${settings.providerName} ${vantage ?? ''}`;
    expect(tr.steps.map((s) => s.n)).toEqual(en.steps.map((s) => s.n));
    problems.push(...translationProblems(tr.title, en.title, `${where} title`));
    en.steps.forEach((step, i) => {
      const local = tr.steps[i]!;
      problems.push(...translationProblems(local.text, step.text, `${where} step ${step.n}`));
      // The values to copy are the same in every language; only their labels change.
      expect(local.values?.map((v) => v.value)).toEqual(step.values?.map((v) => v.value));
      expect(local.link?.url).toBe(step.link?.url);
      if (step.link)
        problems.push(...translationProblems(local.link!.label, step.link.label, `${where} link`));
    });
    en.notes.forEach((note, i) => problems.push(...translationProblems(tr.notes[i]!, note, `${where} note`)));
  }
  problems.push(
    ...translationProblems(
      secretWords(settings, translator).name,
      secretWords(settings).name,
      `${translator.locale} secret`,
    ),
  );
  return problems;
}

/** Every sentence of a guide; the host policy's own words (data, English) are left out. */
/** The guide's own lines; the policy's prose is left out (prose.i18n.test checks it), so `policy` is the one in the guide's language. */
function guideText(guide: Port25Guide, policy: PortPolicy | null | undefined): string[] {
  const summary = policy?.summary;
  const how = policy?.exception.how;
  return [
    guide.title,
    guide.measuredFrom,
    ...guide.why,
    ...guide.waysOut.flatMap((w) => [w.title, w.text === how ? '' : w.text, w.link?.label ?? '']),
    ...guide.evidence,
    guide.request.to === policy?.name ? '' : guide.request.to,
    guide.request.subject,
    ...guide.request.body.split('\n').filter((line) => !summary || !line.includes(summary)),
  ].filter((line) => line.trim() !== '' && !line.startsWith('(http'));
}

const GUIDE_INPUTS: Port25GuideInput[] = [
  {},
  { port: 587, vantage: 'web-server' },
  { policy: policy('linode'), vantage: 'mail-server' },
  { policy: policy('comcast'), senderHost: 'c-1-2-3-4.hsd1.example.net' },
  {
    policy: policy('hetzner'),
    senderHost: 'static.1.2.3.4.clients.your-server.de',
    probes: [
      { port: 25, tcp: 'timeout', ms: 5000, host: 'gmail-smtp-in.l.google.com' },
      { port: 465, tcp: 'refused', ms: 12 },
      { port: 587, tcp: 'open', ms: 31, host: 'smtp.gmail.com', banner: '220 smtp.gmail.com ESMTP ready' },
      { port: 2525, tcp: 'unreachable' },
      { port: 26, tcp: 'dns-error', host: 'mx.example.org' },
    ],
    probedAt: new Date('2026-11-28T10:15:00Z'),
    settings: SETTINGS[0],
  },
  {
    probes: [
      { port: 465, tcp: 'timeout' },
      { port: 587, tcp: 'timeout' },
    ],
    settings: SETTINGS[1],
    vantage: 'web-server',
  },
];

describe('the guided fix in every language', () => {
  it('the walkthrough keeps host, port and user name and leaves no English sentence', () => {
    const problems = translators.flatMap((tr) => SETTINGS.flatMap((s) => walkthroughProblems(s, tr)));
    expect(problems).toEqual([]);
  });

  it('the blocked-port guide and the request keep ports, hosts and evidence and leave no English sentence', () => {
    const problems: string[] = [];
    for (const translator of translators) {
      for (const input of GUIDE_INPUTS) {
        const en = guideText(buildPort25Guide(input), input.policy);
        const localPolicy = input.policy ? localizePolicy(input.policy, translator) : undefined;
        const tr = guideText(buildPort25Guide({ ...input, translator }), localPolicy);
        const where = `${translator.locale} ${input.policy?.id ?? 'no policy'} ${input.port ?? 25}`;
        expect(tr.length, where).toBe(en.length);
        en.forEach((line, i) => problems.push(...translationProblems(tr[i]!, line, where)));
      }
    }
    expect(problems).toEqual([]);
  });

  it('the same ways out are open in every language', () => {
    for (const translator of translators) {
      for (const input of GUIDE_INPUTS) {
        const en = buildPort25Guide(input);
        const tr = buildPort25Guide({ ...input, translator });
        expect(tr.waysOut.map((w) => [w.id, w.available, w.link?.url])).toEqual(
          en.waysOut.map((w) => [w.id, w.available, w.link?.url]),
        );
        expect(tr.request.url).toBe(en.request.url);
      }
    }
  });

  it('the app guides translate steps, notes and code comments, and leave the code as it is', () => {
    const problems: string[] = [];
    for (const translator of translators) {
      for (const settings of SETTINGS) {
        for (const id of CLIENT_IDS) {
          const en = buildClientGuide(id, settings);
          const tr = buildClientGuide(id, settings, translator);
          const where = `${translator.locale} ${id} ${settings.providerName}`;
          problems.push(...translationProblems(tr.name, en.name, `${where} name`));
          expect(tr.steps.length, where).toBe(en.steps.length);
          en.steps.forEach((step, i) => problems.push(...translationProblems(tr.steps[i]!, step, where)));
          expect(tr.notes.length, where).toBe(en.notes.length);
          en.notes.forEach((note, i) => problems.push(...translationProblems(tr.notes[i]!, note, where)));
          expect(tr.sources).toEqual(en.sources);
          en.snippets.forEach((snippet, i) => {
            const local = tr.snippets[i]!;
            problems.push(...translationProblems(local.target, snippet.target, `${where} target`));
            expect(local.language).toBe(snippet.language);
            const enLines = snippet.code.split('\n');
            const trLines = local.code.split('\n');
            expect(trLines.length, where).toBe(enLines.length);
            enLines.forEach((line, j) => {
              if (trLines[j] === line) return;
              // Only a comment changes: the code before it stays byte for byte.
              const marker = /\/\/ |# /.exec(line);
              expect(marker, `${where}: code changed: ${line}`).not.toBeNull();
              const code = line.slice(0, marker!.index + marker![0].length);
              expect(trLines[j]!.startsWith(code), `${where}: ${trLines[j]}`).toBe(true);
              problems.push(
                ...translationProblems(
                  trLines[j]!.slice(code.length),
                  line.slice(code.length),
                  `${where} comment`,
                ),
              );
            });
          });
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
