// @vitest-environment happy-dom
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ReactNode } from 'react';
import { ENGLISH, loadTranslator, speakAlso, type Translator } from '../../lib/i18n/translator';
import { NATIVE_INSTALL_COMMAND } from '../../lib/probe/native';
import { I18nProvider } from '../../components/i18n';
import { BuiltInAccessNotice } from '../../components/BuiltInAccessNotice';
import { addWatchedSite } from '../../components/site-access';
import { defaultSettings, importSettings, validateSettings } from '../../components/settings';
import { loadSettings } from '../../components/settings-store';
import { otherTranslators, translationProblems } from '../../test/support/translations';
import { click, render, settle, typeInto, waitFor } from '../../components/testing/render';
import { BackendSection } from './BackendSection';
import { DetectProvider } from './DetectProvider';
import { NativeProbes } from './NativeProbes';
import { optionsPageArea } from '../../lib/i18n/surfaces/options-page';

// The options page's own messages, as its main.tsx adds them.
speakAlso(optionsPageArea);

// A stand-in backend on loopback: the right token gets a health answer with ports and lab
// mode, "teapot" an answer the client cannot use, any other token a refusal.
let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'authorization' };
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
    const json = { ...cors, 'content-type': 'application/json' };
    if (req.headers.authorization === 'Bearer right-token')
      return void res.writeHead(200, json).end('{"ok":true,"version":"1.4.0","lab":true,"ports":[25,587]}');
    if (req.headers.authorization === 'Bearer teapot')
      return void res.writeHead(418, json).end('{"error":"E-TEAPOT-418"}');
    res.writeHead(401, json).end('{"error":"bad token"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const unmounts: Array<() => void> = [];
beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  for (const event of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved]) {
    vi.spyOn(event, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(event, 'removeListener').mockImplementation(() => undefined);
  }
  // No permission granted: the built-in access notice and "Allow local probes" show.
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ permissions: [], origins: [] });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
});
afterEach(() => unmounts.splice(0).forEach((unmount) => unmount()));

async function show(translator: Translator, node: ReactNode): Promise<HTMLElement> {
  const view = await render(<I18nProvider initial={translator}>{node}</I18nProvider>);
  unmounts.push(() => {
    codeShown.push(...[...view.container.querySelectorAll('pre')].map((pre) => pre.textContent ?? ''));
    view.unmount();
  });
  await settle();
  return view.container;
}

/**
 * The element's prose, one line per text node (textContent would glue a button to a
 * sentence). Code is left out: it stays as it is, which `codeIn` checks.
 */
function text(element: Element): string {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (!node.parentElement?.closest('pre')) parts.push(node.textContent ?? '');
  return parts.join('\n');
}

/** The code blocks shown on the page. */
let codeShown: string[] = [];

/** What a component shows in one language after `act` (clicks, typing) has run on it. */
type Scene = (translator: Translator) => Promise<string[]>;

const scenes: Record<string, Scene> = {
  'built-in access notice': async (translator) => [text(await show(translator, <BuiltInAccessNotice />))],

  'local probes, permission missing': async (translator) => {
    const page = await show(translator, <NativeProbes />);
    return [text(page), page.querySelector('.copy-btn')?.getAttribute('aria-label') ?? ''];
  },

  'provider detection: a preset, then an address with no settings': async (translator) => {
    // The three autoconfig places answer 404 (no traffic leaves the test).
    const fetch = vi
      .spyOn(globalThis, 'fetch')
      .mockImplementation(async () => new Response('', { status: 404 }));
    const page = await show(
      translator,
      <DetectProvider provider={defaultSettings().provider} doh="off" onChange={() => {}} />,
    );
    const label = text(page.querySelector('label')!);
    const detect = async (address: string) => {
      await typeInto(page.querySelector('input[type="email"]'), address);
      await click(page.querySelector('button[type="submit"]'));
      await waitFor(() => page.querySelector('.status-ok, .status-error') !== null);
      return text(page.querySelector('[role="status"]')!);
    };
    const preset = await detect('ana@gmail.com');
    const none = await detect('ana@mail.example.net');
    // Each attempt's target and outcome; the detail in brackets is discovery's own text.
    const attempts = [...page.querySelectorAll('details.attempts summary, details.attempts li')]
      .map((item) => text(item).replace(/\s*\(.*\)$/s, ''))
      .join('\n');
    fetch.mockRestore();
    const button = text(page.querySelector('button[type="submit"]')!);
    return [label, button, preset, none, attempts];
  },

  'backend check: ports and lab mode, a refused token, a broken answer': async (translator) => {
    const results: string[] = [];
    for (const token of ['right-token', 'wrong', 'teapot']) {
      const page = await show(
        translator,
        <BackendSection backend={{ url: base, token }} onChange={() => {}} />,
      );
      await click(page.querySelector('button.btn-primary'));
      await waitFor(() => page.querySelector('.notice-ok, .notice-error') !== null);
      results.push(text(page.querySelector('.notice-ok, .notice-error')!));
    }
    return results;
  },
};

describe('the options page in German and Russian', () => {
  for (const [name, scene] of Object.entries(scenes)) {
    it(`${name}: translated, with the facts kept`, async () => {
      codeShown = [];
      const english = await scene(ENGLISH);
      unmounts.splice(0).forEach((unmount) => unmount());
      const englishCode = codeShown;
      for (const locale of ['de', 'ru'] as const) {
        codeShown = [];
        const translated = await scene(await loadTranslator(locale));
        unmounts.splice(0).forEach((unmount) => unmount());
        expect(codeShown).toEqual(englishCode);
        expect(translated).toHaveLength(english.length);
        const problems = english.flatMap((original, i) =>
          translationProblems(translated[i]!, original, `${locale} ${name} [${i}]`),
        );
        expect(problems).toEqual([]);
      }
    });
  }

  it('keeps the English wording, facts included', async () => {
    const [notice] = await scenes['built-in access notice']!(ENGLISH);
    expect(notice).toContain('(Gmail, Outlook, Yahoo Mail, Roundcube, cPanel …)');
    unmounts.splice(0).forEach((unmount) => unmount());
    codeShown = [];
    const [local] = await scenes['local probes, permission missing']!(ENGLISH);
    expect(local).toContain('Allow local probes');
    unmounts.splice(0).forEach((unmount) => unmount());
    expect(codeShown).toEqual([NATIVE_INSTALL_COMMAND]);
    const [, , preset, none, attempts] =
      await scenes['provider detection: a preset, then an address with no settings']!(ENGLISH);
    expect(preset).toBe('gmail.com is Gmail.');
    expect(none).toMatch(/^No settings found for mail\.example\.net\. Choose the provider/);
    expect(attempts).toMatch(/^mail\.example\.net\n — \nnot-found$/m);
    unmounts.splice(0).forEach((unmount) => unmount());
    const [ok, refused, broken] =
      await scenes['backend check: ports and lab mode, a refused token, a broken answer']!(ENGLISH);
    expect(ok).toBe(
      'Connected: SMTP Doctor backend 1.4.0, probing ports 25, 587 (lab mode: loopback targets allowed).',
    );
    expect(refused).toBe('The backend refused the token. Copy it again from its output.');
    expect(broken).toMatch(/^Something answered, but it did not work: .*E-TEAPOT-418/);
  });

  it('the Russian check result names the version and the ports', async () => {
    const [ok] = await scenes['backend check: ports and lab mode, a refused token, a broken answer']!(
      await loadTranslator('ru'),
    );
    expect(ok).toBe(
      'Подключено: Сервер SMTP Doctor 1.4.0, проверяемые порты: 25, 587 (лабораторный режим: адреса loopback разрешены).',
    );
  });
});

/** The messages of components/settings, settings-store and site-access, in one language. */
async function messages(translator: Translator): Promise<string[]> {
  const invalidSite = await addWatchedSite('not a host', 0, translator);
  const failures = [
    '{',
    '{"format":"something-else"}',
    '{"format":"smtp-doctor-settings","version":"v2"}',
    '{"format":"smtp-doctor-settings","version":9,"settings":{}}',
    '{"format":"smtp-doctor-settings","version":2,"settings":[]}',
  ].map((file) => {
    const result = importSettings(file, translator);
    return result.ok ? 'imported' : result.error;
  });
  const { issues } = validateSettings(
    {
      provider: { id: 5, discovered: { host: 'smtp.example.org' } },
      sendingFrom: { kind: 'moon' },
      backend: { url: 'ftp://127.0.0.1:2121' },
      probeVia: 'ssh',
      sites: [7, { pattern: 'not a host!' }],
      privacy: 'none',
      language: 'tlh',
    },
    translator,
  );
  const unreadable = await loadSettings(
    {
      getValue: () => Promise.reject(new Error('quota')),
    } as unknown as Parameters<typeof loadSettings>[0],
    translator,
  );
  const repaired = unreadable.status === 'repaired' ? unreadable.issues : [];
  return [
    invalidSite.ok ? 'added' : invalidSite.message,
    ...failures,
    ...[...issues, ...repaired].map((issue) => `${issue.field} (${issue.problem})`),
  ];
}

describe('settings and site-access messages in every language', () => {
  it('English stays as it was', async () => {
    expect(await messages(ENGLISH)).toEqual([
      'Enter a host name such as panel.example.org or *.example.org.',
      'The file is not valid JSON.',
      'This is not an SMTP Doctor settings file.',
      'The file has an unknown settings version.',
      'The file is from a newer version (settings v9); update the extension.',
      'The file holds no settings.',
      'provider.id (not a text)',
      'provider.discovered (incomplete server settings)',
      'sendingFrom.kind (unknown place)',
      'backend.url (not an http(s) address)',
      'probeVia (unknown probe route)',
      'sites[0] (not a site)',
      'sites[1] (not a site pattern: "not a host!")',
      'privacy (not an object)',
      'language (unknown language: "tlh")',
      'settings (could not be read)',
    ]);
  });

  it('every other language translates them and keeps hosts, versions, fields and values', async () => {
    const english = await messages(ENGLISH);
    for (const translator of await otherTranslators()) {
      const translated = await messages(translator);
      const problems = english.flatMap((original, i) =>
        translationProblems(translated[i]!, original, `${translator.locale} [${i}]`),
      );
      expect(problems).toEqual([]);
      // The field names, the quoted values and the version number are facts too.
      expect(translated.slice(6).map((line) => line.split(' ')[0])).toEqual(
        english.slice(6).map((line) => line.split(' ')[0]),
      );
      expect(translated.join('\n')).toContain('"not a host!"');
      expect(translated.join('\n')).toContain('"tlh"');
      expect(translated[4]).toContain('v9');
      // The problems differ from English (one word problems slip past the checker's three-word rule).
      expect(translated.slice(6).filter((line, i) => line === english[6 + i])).toEqual([]);
    }
  });
});
