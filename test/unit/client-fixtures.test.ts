import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyPageBlock } from '../../entrypoints/background/classify-block';
import { gatesFor } from '../../entrypoints/content/page-language';
import { catalogLanguageOf } from '../../lib/rules/localized/types';
import { isCategoryId, type CategoryId } from '../../lib/categories';
import { explainPasted } from '../../lib/bounce/explain';
import { classify } from '../../lib/rules';

/**
 * Real clients failing for real (test/fixtures/clients/*.jsonl, made by
 * scripts/client-fixtures/generate.mjs in network namespaces): every row is well formed,
 * the matrix of clients x scenarios is complete, and the classifier's accuracy on them
 * never falls below the figures measured when the fixtures were made.
 */
interface ClientFixture {
  text: string;
  client: string;
  clientVersion: string;
  scenario: string;
  locale: string;
  port: number;
  mode: 'plain' | 'starttls' | 'implicit';
  cause: CategoryId;
  expected: CategoryId | null;
  split: 'train' | 'blind';
  exitCode: number | null;
  file: string;
  line: number;
}

const DIR = join(import.meta.dirname, '..', 'fixtures', 'clients');
const CLIENTS = [
  'swaks',
  'msmtp',
  'curl',
  'curl-v',
  'mutt',
  'python-smtplib',
  'nodemailer',
  'phpmailer',
  'phpmailer-debug',
  'go-net-smtp',
];
const ENGLISH = 'C.UTF-8';
const LOCALES = [ENGLISH, 'de_DE.UTF-8', 'fr_FR.UTF-8', 'es_ES.UTF-8', 'pt_BR.UTF-8', 'ru_RU.UTF-8'];

function load(): ClientFixture[] {
  const rows: ClientFixture[] = [];
  for (const file of readdirSync(DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    readFileSync(join(DIR, file), 'utf8')
      .split('\n')
      .forEach((raw, i) => {
        if (raw.trim() !== '') rows.push({ ...(JSON.parse(raw) as ClientFixture), file, line: i + 1 });
      });
  }
  return rows;
}

const splitOf = (r: ClientFixture) =>
  createHash('sha256').update(`${r.client}|${r.scenario}|${r.locale}`).digest()[0]! < 128 ? 'blind' : 'train';

const predicted = (text: string) => {
  const got = explainPasted(text);
  return got.match ? got.category : null;
};

/**
 * The extension's scan path for a run's output shown on a page in the run's language (a
 * panel's "send test email" log): the content script's gates for that page, then the
 * background's reading of the block (localized messages in English first).
 */
const onPage = (r: ClientFixture): CategoryId | null => {
  const language = r.locale === ENGLISH ? null : catalogLanguageOf(r.locale.split('.')[0]);
  if (!gatesFor(language).prefilter(r.text)) return null;
  return classifyPageBlock(r.text, 0, language ?? undefined, classify)?.category ?? null;
};

interface Tally {
  total: number;
  correct: number;
}
const pct = ({ total, correct }: Tally) => (total === 0 ? '-' : `${((100 * correct) / total).toFixed(1)}%`);

function tally<K>(rows: ClientFixture[], key: (r: ClientFixture) => K, hit: (r: ClientFixture) => boolean) {
  const out = new Map<K, Tally>();
  for (const r of rows) {
    const t = out.get(key(r)) ?? { total: 0, correct: 0 };
    t.total++;
    if (hit(r)) t.correct++;
    out.set(key(r), t);
  }
  return out;
}

const sum = (rows: ClientFixture[], hit: (r: ClientFixture) => boolean): Tally => ({
  total: rows.length,
  correct: rows.filter(hit).length,
});

/**
 * The figures last measured, in explain mode (correct answers, not percentages, so a floor
 * can only be met or raised). Raise them when the classifier improves.
 */
const FLOOR = {
  all: 873, // of 875
  train: 451, // of 452
  // curl's bare "MAIL failed: 530/552" read by the command and the code together
  // (bare-mail-from-reply in lib/rules/codes.ts), where the model had guessed from the words.
  blind: 422, // of 423
  english: 348, // of 350
  ispBlockPortBlocked: 375, // of 525: port-blocked answers on the ISP-block scenarios
  ispBlockPortBlockedEnglish: 105, // of 150
};
const FLOOR_PER_CLIENT: Record<string, number> = {
  curl: 139, // of 140
  'curl-v': 140, // of 140
  'go-net-smtp': 35, // of 35
  msmtp: 140, // of 140
  mutt: 140, // of 140
  nodemailer: 35, // of 35
  phpmailer: 35, // of 35
  'phpmailer-debug': 34, // of 35
  'python-smtplib': 35, // of 35
  swaks: 140, // of 140
};
const FLOOR_PER_LOCALE: Record<string, { correct: number; ispBlockPortBlocked: number }> = {
  'C.UTF-8': { correct: 348, ispBlockPortBlocked: 105 }, // of 350 and 150
  'de_DE.UTF-8': { correct: 105, ispBlockPortBlocked: 54 }, // of 105 and 75
  'es_ES.UTF-8': { correct: 105, ispBlockPortBlocked: 54 },
  'fr_FR.UTF-8': { correct: 105, ispBlockPortBlocked: 54 },
  'pt_BR.UTF-8': { correct: 105, ispBlockPortBlocked: 54 },
  'ru_RU.UTF-8': { correct: 105, ispBlockPortBlocked: 54 },
};

describe('client fixtures (real clients failing in network namespaces)', () => {
  const rows = load();

  it('have well-formed rows with valid labels and a deterministic split', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const where = `${r.file}:${r.line}`;
      expect(r.file, where).toBe(`${r.client}.jsonl`);
      // Only a client that succeeded (msmtp says nothing when it sends) or hung until it was
      // stopped (mutt has no read timeout) may print nothing.
      if (r.exitCode !== 0 && r.exitCode !== null) expect(r.text.trim(), `${where} text`).not.toBe('');
      expect(r.clientVersion, `${where} clientVersion`).toMatch(/\d+\.\d+/);
      expect(r.scenario, `${where} scenario`).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(LOCALES, `${where} locale`).toContain(r.locale);
      expect([25, 465, 587], `${where} port`).toContain(r.port);
      expect(['plain', 'starttls', 'implicit'], `${where} mode`).toContain(r.mode);
      expect(isCategoryId(r.cause), `${where} cause ${r.cause}`).toBe(true);
      expect(r.expected === null || isCategoryId(r.expected), `${where} expected ${r.expected}`).toBe(true);
      // A run where the client did not fail, or said nothing, has no label, and only then.
      expect(r.expected === null, `${where} null label iff exit 0 or no text`).toBe(
        r.exitCode === 0 || r.text.trim() === '',
      );
      expect(r.split, `${where} split`).toBe(splitOf(r));
    }
  });

  it('give one label to texts that differ only in timings', () => {
    // Timestamps, elapsed times, ephemeral ports and curl's progress meter vary run to run.
    const volatile = (text: string) =>
      text
        .replace(/\d{4}[-/]\d\d[-/]\d\d \d\d:\d\d:\d\d/g, 'T')
        .replace(/after \d+ ms/g, 'after N ms')
        .replace(/\d+ milliseconds/g, 'N milliseconds')
        .replace(/:\d+->/g, ':P->')
        .replace(/ +\d+ +\d+ +\d+ .*\n?/g, '');
    const labels = new Map<string, Set<CategoryId | null>>();
    for (const r of rows) {
      const key = volatile(r.text);
      labels.set(key, (labels.get(key) ?? new Set()).add(r.expected));
    }
    const conflicts = [...labels.entries()]
      .filter(([, l]) => l.size > 1)
      .map(([t, l]) => `${[...l].join('/')}: ${t.slice(-120)}`);
    expect(conflicts).toEqual([]);
  });

  it('cover every client in every scenario in English, once', () => {
    const english = rows.filter((r) => r.locale === ENGLISH);
    const scenarios = [...new Set(rows.map((r) => r.scenario))];
    expect(scenarios.length).toBeGreaterThanOrEqual(35);
    for (const client of CLIENTS) {
      const mine = english.filter((r) => r.client === client).map((r) => r.scenario);
      expect(mine.sort(), client).toEqual([...scenarios].sort());
    }
  });

  it('run the translated clients in every locale for the connection scenarios', () => {
    const translated = rows.filter((r) => r.locale !== ENGLISH);
    expect(new Set(translated.map((r) => r.client))).toEqual(
      new Set(['swaks', 'msmtp', 'mutt', 'curl', 'curl-v']),
    );
    const perLocale = tally(
      translated,
      (r) => r.locale,
      () => true,
    );
    const counts = [...perLocale.values()].map((t) => t.total);
    expect(perLocale.size).toBe(LOCALES.length - 1);
    expect(new Set(counts).size, 'the same runs in every locale').toBe(1);
    // The translations are real: msmtp's connect error reads in German under de_DE.
    const german = translated.find(
      (r) => r.client === 'msmtp' && r.locale === 'de_DE.UTF-8' && r.scenario === 'closed-port',
    );
    expect(german?.text).toMatch(/Verbindung/);
  });

  it('are classified no worse than when they were generated (train, blind, per client, per scenario)', () => {
    const hit = (r: ClientFixture) => predicted(r.text) === r.expected;
    const isp = rows.filter((r) => r.scenario.startsWith('isp-block-'));
    const ispHit = (r: ClientFixture) => predicted(r.text) === 'port-blocked';
    const figures = {
      all: sum(rows, hit),
      train: sum(
        rows.filter((r) => r.split === 'train'),
        hit,
      ),
      blind: sum(
        rows.filter((r) => r.split === 'blind'),
        hit,
      ),
      english: sum(
        rows.filter((r) => r.locale === ENGLISH),
        hit,
      ),
      ispBlockPortBlocked: sum(isp, ispHit),
      ispBlockPortBlockedEnglish: sum(
        isp.filter((r) => r.locale === ENGLISH),
        ispHit,
      ),
    };
    const table = (m: Map<string, Tally>) =>
      Object.fromEntries(
        [...m.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, t]) => [k, `${t.correct}/${t.total} ${pct(t)}`]),
      );
    console.log('client fixtures, top-1 against the label:');
    console.table(
      Object.fromEntries(Object.entries(figures).map(([k, t]) => [k, `${t.correct}/${t.total} ${pct(t)}`])),
    );
    const perClient = tally(rows, (r) => r.client, hit);
    const perLocale = tally(rows, (r) => r.locale, hit);
    const ispPerLocale = tally(isp, (r) => r.locale, ispHit);
    console.log('per client:');
    console.table(table(perClient));
    console.log('per scenario:');
    console.table(table(tally(rows, (r) => r.scenario, hit)));
    console.log('per locale:');
    console.table(table(perLocale));
    console.log('port-blocked recall on the ISP-block scenarios, per locale:');
    console.table(table(ispPerLocale));
    for (const [name, floor] of Object.entries(FLOOR)) {
      expect(figures[name as keyof typeof FLOOR].correct, name).toBeGreaterThanOrEqual(floor);
    }
    expect([...perClient.keys()].sort()).toEqual(Object.keys(FLOOR_PER_CLIENT).sort());
    for (const [client, floor] of Object.entries(FLOOR_PER_CLIENT)) {
      expect(perClient.get(client)?.correct, client).toBeGreaterThanOrEqual(floor);
    }
    expect([...perLocale.keys()].sort()).toEqual(Object.keys(FLOOR_PER_LOCALE).sort());
    for (const [locale, floor] of Object.entries(FLOOR_PER_LOCALE)) {
      expect(perLocale.get(locale)?.correct, locale).toBeGreaterThanOrEqual(floor.correct);
      expect(ispPerLocale.get(locale)?.correct, `${locale} ISP blocks`).toBeGreaterThanOrEqual(
        floor.ispBlockPortBlocked,
      );
    }
  });

  it('name the labelled cause in at least 85 % of the blind runs of every locale', () => {
    const hit = (r: ClientFixture) => predicted(r.text) === r.expected;
    const perLocale = tally(
      rows.filter((r) => r.split === 'blind'),
      (r) => r.locale,
      hit,
    );
    console.log('blind runs, top-1 against the label, per locale:');
    console.table(
      Object.fromEntries([...perLocale].map(([k, t]) => [k, `${t.correct}/${t.total} ${pct(t)}`])),
    );
    expect([...perLocale.keys()].sort()).toEqual([...LOCALES].sort());
    for (const [locale, t] of perLocale) expect(t.correct / t.total, locale).toBeGreaterThanOrEqual(0.85);
  });

  it('shown on a page in their language, are read as their English twins on an English page', () => {
    const twinKey = (r: ClientFixture) => `${r.client}|${r.scenario}|${r.port}|${r.mode}`;
    const english = new Map(rows.filter((r) => r.locale === ENGLISH).map((r) => [twinKey(r), r]));
    const translated = rows.filter((r) => r.locale !== ENGLISH);
    // A twin that scan mode reads right (scan is strict: it leaves to explain what it cannot name).
    const pairs = translated.flatMap((r) => {
      const twin = english.get(twinKey(r));
      return twin && onPage(twin) === twin.expected ? [{ r, twin }] : [];
    });
    expect(pairs.length).toBeGreaterThan(200);
    const missed = pairs
      .filter(({ r }) => onPage(r) !== r.expected)
      .map(({ r }) => `${r.locale} ${r.client} ${r.scenario}: ${onPage(r)} for ${r.expected}`);
    const perLocale = tally(
      translated.filter((r) => r.split === 'blind'),
      (r) => r.locale,
      (r) => onPage(r) === r.expected,
    );
    console.log(
      `translated runs whose English twin scan mode reads right: ${pairs.length}, missed: ${missed.length}`,
    );
    console.log('blind translated runs read on a page in their language (scan mode), per locale:');
    console.table(
      Object.fromEntries([...perLocale].map(([k, t]) => [k, `${t.correct}/${t.total} ${pct(t)}`])),
    );
    expect(missed).toEqual([]);
  });
});
