// @vitest-environment happy-dom
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ENGLISH, loadTranslator, type Translator } from '../lib/i18n';
import type { ProbeClient } from '../lib/probe/client';
import type { FetchLike } from '../lib/probe/doh';
import { classify } from '../lib/rules/index';
import { translationProblems } from '../test/support/translations';
import { PopupSettings } from '../entrypoints/popup/settings-context';
import { ProbeSection } from '../entrypoints/popup/ProbeSection';
import type { PortResult, ProbeResponse } from '../lib/probe/types';
import { verdictFor } from '../lib/probe/verdict';
import { detail } from '../lib/probe/detail';
import { DnsChecks } from './DnsChecks';
import { I18nProvider } from './i18n';
import { LoginCheck, type LoginProvider } from './LoginCheck';
import { ManualChecks } from './ManualChecks';
import { ProbePanel } from './ProbePanel';
import { clientLogin, type LoginRunner } from './probe-runner';
import { defaultSettings } from './settings';
import { click, render, settle, typeInto, waitFor, type Rendered } from './testing/render';

/*
 * The popup's login check, DNS checks, manual checks and probe panel in every language:
 * each scenario is rendered in English and in the other five from the same facts; the
 * translation keeps every host, port and code and leaves no English sentence behind.
 */

const GMAIL: LoginProvider = {
  providerName: 'Gmail',
  host: 'smtp.gmail.com',
  port: 587,
  hosts: ['smtp.gmail.com'],
};

const response = (host: string) => ({ host, results: [], verdict: { summary: 's' } });

/** A finished probe as the backend sends it: the verdict in English. */
const PROBED_RESULTS: PortResult[] = [
  { port: 25, tcp: 'timeout', ms: 5000 },
  {
    port: 587,
    tcp: 'open',
    ms: 120,
    banner: '220 smtp.example.org ESMTP',
    starttls: true,
    tls: { ok: true, mode: 'starttls', protocol: 'TLSv1.3' },
  },
];
const PROBED: ProbeResponse = {
  host: 'smtp.example.org',
  results: PROBED_RESULTS,
  verdict: verdictFor('smtp.example.org', PROBED_RESULTS),
};

const rejected: LoginRunner = async (job) => ({
  ok: true,
  login: { port: job.port, ok: false, code: 535, error: '5.7.8 Error: authentication failed' },
  response: response(job.host),
});
const accepted: LoginRunner = async (job) => ({
  ok: true,
  login: { port: job.port, ok: true },
  response: response(job.host),
});
/** The backend would not send the password: no TLS on the session, or no connection at all. */
const notTried =
  (error: string): LoginRunner =>
  async (job) => ({ ok: true, login: { port: job.port, ok: false, error }, response: response(job.host) });
const notRunning: LoginRunner = async () => ({ ok: false, kind: 'not-running', message: 'x' });

/** A backend that answers the probe but skips the login: the runner's own message. */
const noLoginBackend: ProbeClient = {
  baseUrl: 'http://127.0.0.1:8025',
  health: () => Promise.reject(new Error('not used')),
  probe: async (host) => response(host),
};

/** Canned DNS-over-HTTPS answers, keyed by "name type". No network. */
function resolverAnswers(table: Record<string, { Status: number; Answer?: unknown[] }>): FetchLike {
  return async (url) => {
    const u = new URL(url);
    const body = table[`${u.searchParams.get('name')} ${u.searchParams.get('type')}`] ?? {
      Status: 0,
      Answer: [],
    };
    return { ok: true, status: 200, text: async () => JSON.stringify(body) };
  };
}
const DOMAIN_ANSWERS = resolverAnswers({
  'example.org TXT': {
    Status: 0,
    Answer: [{ name: 'example.org', type: 16, TTL: 60, data: '"v=spf1 include:_spf.example.net ~all"' }],
  },
  '_dmarc.example.org TXT': { Status: 0, Answer: [] },
  'example.org MX': {
    Status: 0,
    Answer: [{ name: 'example.org', type: 15, TTL: 60, data: '10 aspmx.l.google.com.' }],
  },
});

async function submitLogin(view: Rendered, fields: { host?: string; port?: string } = {}) {
  const inputs = view.container.querySelectorAll<HTMLInputElement>('.login-form input');
  if (fields.host !== undefined) await typeInto(inputs[0], fields.host);
  if (fields.port !== undefined) await typeInto(inputs[1], fields.port);
  await typeInto(view.container.querySelector('input[type="password"]'), 'secret');
  await click(view.container.querySelector('.login-form button[type="submit"]'));
  await settle();
}

async function pressDns(view: Rendered) {
  await click(view.container.querySelector('.dns-form button[type="submit"]'));
  await waitFor(() => view.container.querySelector('.dns-results') !== null);
}

interface Scenario {
  name: string;
  node: (translator: Translator) => ReactNode;
  act?: (view: Rendered) => Promise<void>;
  /** Facts that must be on screen in every language. */
  facts: string[];
  /** Text each language writes its own way (a decimal number), left out of the comparison. */
  localFormat?: RegExp;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'login rejected with a code',
    node: () => <LoginCheck provider={GMAIL} defaultUser="ana@gmail.com" run={rejected} />,
    act: (view) => submitLogin(view),
    facts: ['smtp.gmail.com:587', '535', '5.7.8 Error: authentication failed'],
  },
  {
    name: 'login not tried: the session would not be encrypted',
    node: () => (
      <LoginCheck
        provider={GMAIL}
        defaultUser="ana@gmail.com"
        run={notTried(
          `not attempted, ${detail('probes.detail.credentialsUnprotected', { why: detail('probes.detail.notEncrypted') })}`,
        )}
      />
    ),
    act: (view) => submitLogin(view),
    facts: ['smtp.gmail.com:587', 'STARTTLS'],
  },
  {
    name: 'login not tried: no connection',
    node: () => (
      <LoginCheck
        provider={GMAIL}
        defaultUser="ana@gmail.com"
        run={notTried(`not attempted: ${detail('probes.detail.refused', { code: 'ECONNREFUSED' })}`)}
      />
    ),
    act: (view) => submitLogin(view),
    facts: ['smtp.gmail.com:587', 'ECONNREFUSED'],
  },
  {
    name: 'login accepted on a typed server with no provider',
    node: () => <LoginCheck provider={null} defaultUser="bo" run={accepted} onOpenSettings={() => {}} />,
    act: (view) => submitLogin(view, { host: 'mail.example.org', port: '465' }),
    facts: ['mail.example.org:465', '465'],
  },
  {
    name: 'login form with no provider and no server yet',
    node: () => <LoginCheck provider={null} defaultUser="bo" run={accepted} />,
    facts: ['587'],
  },
  {
    name: 'login sent to another server than the provider’s',
    node: () => <LoginCheck provider={GMAIL} defaultUser="ana@gmail.com" run={notRunning} />,
    act: (view) => submitLogin(view, { host: 'smtp.evil.example' }),
    facts: ['smtp.evil.example', 'Gmail', 'smtp.gmail.com', 'smtp-doctor'],
  },
  {
    name: 'the backend skipped the login (probe runner)',
    node: (translator) => (
      <LoginCheck provider={GMAIL} defaultUser="ana" run={clientLogin(noLoginBackend, translator)} />
    ),
    act: (view) => submitLogin(view),
    facts: ['smtp.gmail.com:587'],
  },
  {
    name: 'DNS checks of a domain',
    node: () => (
      <DnsChecks
        category="domain-authentication"
        domain="example.org"
        doh="cloudflare"
        fetchImpl={DOMAIN_ANSWERS}
      />
    ),
    act: pressDns,
    facts: [
      'example.org',
      '_dmarc.example.org',
      'aspmx.l.google.com',
      'v=spf1 include:_spf.example.net ~all',
    ],
  },
  {
    name: 'DNS check of a host that does not exist',
    node: () => (
      <DnsChecks
        category="dns-failure"
        host="smtp.exmaple.org"
        domain="exmaple.org"
        doh="google"
        fetchImpl={resolverAnswers({ 'smtp.exmaple.org A': { Status: 3 } })}
      />
    ),
    act: pressDns,
    facts: ['smtp.exmaple.org', '_submissions._tcp.exmaple.org', 'Google Public DNS'],
  },
  {
    name: 'DNS checks switched off',
    node: () => (
      <DnsChecks category="dns-failure" host="smtp.example.org" doh="off" onOpenSettings={() => {}} />
    ),
    facts: [],
  },
  {
    name: 'manual checks for a host',
    node: () => <ManualChecks host="smtp.example.org" ports={[25, 587, 465]} defaultPort={587} />,
    facts: ['smtp.example.org', '587'],
  },
  {
    name: 'manual checks with no host',
    node: () => <ManualChecks host="" ports={[587]} defaultPort={587} />,
    facts: [],
  },
  {
    name: 'manual checks with a host no command can take',
    node: () => <ManualChecks host="smtp.example.org; rm -rf ~" ports={[587]} defaultPort={587} />,
    facts: [],
  },
  {
    name: 'probe panel with a finished probe and its verdict',
    node: (translator) => (
      <ProbePanel
        from={translator.t('policy.audience.thisDevice.probesFrom')}
        defaultHost="smtp.example.org"
        defaultPorts={[25, 587]}
        backendUrl="http://127.0.0.1:8025"
        run={async () => ({ ok: true, response: PROBED })}
        previous={PROBED}
      />
    ),
    facts: ['smtp.example.org', '25', '587', '220 smtp.example.org ESMTP'],
    localFormat: /\d+[.,]\d\s*\S+$/gm, // the time per port: "5.0 s", "5,0 s"
  },
  {
    name: 'probe panel through the native helper',
    node: (translator) => (
      <PopupSettings.Provider
        value={{ settings: { ...defaultSettings(), probeVia: 'native' }, openOptions: () => {} }}
      >
        <ProbeSection
          classification={classify('SMTP Error: Could not connect to SMTP host. smtp.example.org:25')}
          from={translator.t('policy.audience.thisDevice.probesFrom')}
          onResponse={() => {}}
        />
      </PopupSettings.Provider>
    ),
    facts: ['smtp.example.org', 'SMTP Doctor'],
  },
];

/** What a reader sees or hears, one text node a line: the text, labels, placeholders, titles and field values. */
function shown(container: HTMLElement, withCode: boolean): string {
  const copy = container.cloneNode(true) as HTMLElement;
  if (!withCode) copy.querySelectorAll('code, pre').forEach((el) => el.remove());
  // Text nodes of one element run together ("smtp.gmail.com" ":" "587"); elements apart are lines apart.
  const texts: string[] = [];
  let parent: Node | null = null;
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentNode === parent) texts[texts.length - 1] += node.textContent ?? '';
    else texts.push(node.textContent ?? '');
    parent = node.parentNode;
  }
  const attributes = [...copy.querySelectorAll('[aria-label], [placeholder], [title]')].flatMap((el) =>
    ['aria-label', 'placeholder', 'title'].map((name) => el.getAttribute(name) ?? ''),
  );
  const values = withCode
    ? [...container.querySelectorAll<HTMLInputElement>('input:not([type="password"])')].map((el) => el.value)
    : [];
  return [...texts, ...attributes, ...values].join('\n');
}

async function renderIn(translator: Translator, scenario: Scenario) {
  const view = await render(<I18nProvider initial={translator}>{scenario.node(translator)}</I18nProvider>);
  try {
    await settle();
    await scenario.act?.(view);
    return { prose: shown(view.container, false), all: shown(view.container, true) };
  } finally {
    view.unmount();
  }
}

const OTHERS = ['de', 'fr', 'es', 'pt-BR', 'ru'] as const;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('the popup’s probe panels in every language', () => {
  for (const scenario of SCENARIOS) {
    it(scenario.name, async () => {
      const english = await renderIn(ENGLISH, scenario);
      for (const fact of scenario.facts) expect(english.all).toContain(fact);
      for (const locale of OTHERS) {
        const translated = await renderIn(await loadTranslator(locale), scenario);
        for (const fact of scenario.facts) expect(translated.all, `${locale}: ${fact}`).toContain(fact);
        const comparable = (text: string) =>
          scenario.localFormat ? text.replace(scenario.localFormat, '') : text;
        expect(
          translationProblems(
            comparable(translated.prose),
            comparable(english.prose),
            `${locale} ${scenario.name}`,
          ),
        ).toEqual([]);
        expect(translated.prose).not.toBe(english.prose);
      }
    });
  }

  it('German and Russian readers read their language, with the server and code in place', async () => {
    const expected = {
      de: {
        destination: 'Ihr Passwort wird an smtp.gmail.com:587 gesendet.',
        rejected: 'Abgelehnt (535): 5.7.8 Error: authentication failed',
        dns: 'DNS-Prüfungen',
      },
      ru: {
        destination: 'Ваш пароль будет отправлен на smtp.gmail.com:587',
        rejected: 'Отклонено (535): 5.7.8 Error: authentication failed',
        dns: 'Проверки DNS',
      },
    };
    for (const [locale, text] of Object.entries(expected)) {
      const translator = await loadTranslator(locale as 'de' | 'ru');
      const view = await render(
        <I18nProvider initial={translator}>
          <LoginCheck provider={GMAIL} defaultUser="ana@gmail.com" run={rejected} />
          <DnsChecks category="domain-authentication" domain="example.org" doh="cloudflare" />
        </I18nProvider>,
      );
      try {
        await submitLogin(view);
        expect(view.container.querySelector('.login-destination')?.textContent).toBe(text.destination);
        expect(view.container.querySelector('[data-login="rejected"]')?.textContent).toBe(text.rejected);
        expect(view.container.querySelector('.dns-checks h4')?.textContent).toBe(text.dns);
      } finally {
        view.unmount();
      }
    }
  });
});
