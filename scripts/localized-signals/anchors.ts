// Writes lib/rules/localized/anchors.ts: the windows of the catalog's translations (12
// folded characters from a word start) that the content script's gate looks for. The gate
// mirrors the prefilter: a translation needs a window when its English source text passes
// the prefilter and the translation does not. Only a window found in the fewest
// everyday texts of that language may stand for it: Roundcube's own UI strings
// (labels.inc, and the messages.inc texts that are no send errors) and glibc's other
// messages. Of those, few windows are taken, each covering as many translations as it
// can, so the content script stays small. Run by build.mjs after the catalog:
//   node --import tsx scripts/localized-signals/anchors.ts <unpacked roundcube-core> <unpacked libc-l10n>
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as prettier from 'prettier';
import { ANCHOR_LENGTH } from '../../lib/rules/localized/gate';
import { fillTemplate, parseTemplate } from '../../lib/rules/localized/template';
import { gateCandidates } from '../../lib/rules/localized/translate-back';
import { CATALOG_LANGUAGES, type CatalogEntry } from '../../lib/rules/localized/types';
import { mayContainSendError } from '../../lib/rules/prefilter';
import { GLIBC, ROUNDCUBE } from './messages.mjs';
import { readMo } from './read-mo.mjs';

const OUT = resolve(import.meta.dirname, '../../lib/rules/localized/anchors.ts');
const BASE = 'usr/share/roundcube/program/localization';
const FOLDERS: Record<string, string> = {
  de: 'de_DE',
  fr: 'fr_FR',
  es: 'es_ES',
  'pt-BR': 'pt_BR',
  ru: 'ru_RU',
};
/** Shorter windows are everyday words ("abgelehnt", "certificado"): a few words tell an error. */
const MIN_WINDOW = 14;

const root = process.argv[2] ?? '';
const libcRoot = process.argv[3] ?? '';
if (!root || !libcRoot) {
  console.error(
    'usage: node --import tsx scripts/localized-signals/anchors.ts <unpacked roundcube-core> <unpacked libc-l10n>',
  );
  process.exit(2);
}
const GETTEXT: Record<string, string> = { de: 'de', fr: 'fr', es: 'es', 'pt-BR': 'pt_BR', ru: 'ru' };

/**
 * Everyday texts in a language: Roundcube's labels.inc, the messages.inc texts the catalog
 * does not hold (other errors, notices), glibc's messages the catalog does not hold.
 * Lower-cased, white space collapsed, each led by a space so that a window at a word
 * start can be looked for as " window".
 */
function uiStrings(lang: string): string[] {
  const dir = join(root, BASE, FOLDERS[lang]!);
  const out: string[] = [];
  for (const [file, array] of [
    ['labels.inc', 'labels'],
    ['messages.inc', 'messages'],
  ] as const) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const m = /^\$(\w+)\['(\w+)'\]\s*=\s*'((?:[^'\\]|\\.)*)';/.exec(line);
      if (!m || m[1] !== array || ROUNDCUBE.includes(m[2]!)) continue;
      out.push(` ${m[3]!.toLowerCase().replace(/\s+/g, ' ')}`);
    }
  }
  // And glibc's other messages in that language: the everyday text of a system.
  const mine = new Set(GLIBC);
  for (const [msgid, msgstr] of readMo(
    join(libcRoot, 'usr/share/locale', GETTEXT[lang]!, 'LC_MESSAGES/libc.mo'),
  )) {
    if (!mine.has(msgid)) out.push(` ${msgstr.toLowerCase().replace(/\s+/g, ' ')}`);
  }
  return out;
}

/** A template with its slots filled by values that name nothing (no host, no port). */
function neutral(template: string, entry: CatalogEntry): string {
  const parts = parseTemplate(template, entry.source);
  return fillTemplate(parts, new Map(parts.flatMap((p) => ('slot' in p ? [[p.slot, 'x'] as const] : []))));
}

const corpora = new Map<string, string[]>();
/** Per window: how many UI strings hold it, and which translations it would let through. */
const windowsSeen = new Map<string, { n: number; entries: Set<number> }>();
const entries: { lang: string; allowed: Set<string> }[] = [];
let caught = 0;
let unknown = 0;
for (const { entry, windows } of gateCandidates(ANCHOR_LENGTH, MIN_WINDOW)) {
  const { lang } = entry;
  // The English prefilter already lets through what names SMTP or an English wrapper.
  if (mayContainSendError(neutral(entry.msgstr, entry))) {
    caught++;
    continue;
  }
  // The gate mirrors the prefilter: a translation gets through when its English would.
  if (!mayContainSendError(neutral(entry.msgid, entry))) {
    unknown++;
    continue;
  }
  const corpus = corpora.get(lang) ?? uiStrings(lang);
  corpora.set(lang, corpus);
  const seenIn = (w: string) => corpus.filter((s) => s.includes(/^\w/.test(w) ? ` ${w}` : w)).length;
  const counted = windows.map((w) => ({ w, n: seenIn(w) }));
  if (counted.length === 0)
    throw new Error(`a ${lang} translation has no window of ${MIN_WINDOW} characters`);
  // A window may stand for this translation only if no other of its windows is rarer.
  const fewest = Math.min(...counted.map((c) => c.n));
  const index = entries.length;
  const allowed = new Set<string>();
  for (const { w, n } of counted) {
    if (n > fewest) continue;
    allowed.add(w);
    const seen = windowsSeen.get(`${lang} ${w}`) ?? { n, entries: new Set<number>() };
    seen.entries.add(index);
    windowsSeen.set(`${lang} ${w}`, seen);
  }
  entries.push({ lang, allowed });
}
// Few windows keep the content script small: per language, take, again and again, the
// window that lets the most of its translations not yet covered through (then the
// longer, then the first in order). A page's gate looks for its own language's only.
const anchors: Record<string, string[]> = {};
let opened = 0;
for (const lang of CATALOG_LANGUAGES) {
  const uncovered = new Set(entries.flatMap((e, i) => (e.lang === lang ? [i] : [])));
  const chosen = new Set<string>();
  while (uncovered.size > 0) {
    let best: { key: string; gain: number; n: number } | null = null;
    for (const [key, { n, entries: covers }] of windowsSeen) {
      if (!key.startsWith(`${lang} `)) continue;
      let gain = 0;
      for (const e of covers) if (uncovered.has(e)) gain++;
      if (gain === 0) continue;
      if (
        !best ||
        gain > best.gain ||
        (gain === best.gain &&
          (key.length > best.key.length || (key.length === best.key.length && key < best.key)))
      ) {
        best = { key, gain, n };
      }
    }
    if (!best) throw new Error(`a ${lang} translation has no window`);
    for (const e of windowsSeen.get(best.key)!.entries) uncovered.delete(e);
    chosen.add(best.key.slice(best.key.indexOf(' ') + 1));
    opened += best.n;
  }
  // A window that starts another one already lets that text through: keep the shorter.
  anchors[lang] = [...chosen]
    .sort()
    .filter((w, i, all) => !all.some((o, j) => j !== i && o.length < w.length && w.startsWith(o)));
}
const text = `// Generated by scripts/localized-signals/anchors.ts from ./catalog.ts, roundcube-core's
// localization and libc-l10n's libc.mo; do not edit by hand. Per language, windows of up to
// ${ANCHOR_LENGTH} characters of the translations whose English the prefilter lets through,
// rarest in everyday text of that language.
import type { CatalogLanguage } from './types';

export const ANCHORS: Readonly<Record<CatalogLanguage, readonly string[]>> = ${JSON.stringify(anchors)};
`;
const options = (await prettier.resolveConfig(OUT)) ?? {};
writeFileSync(OUT, await prettier.format(text, { ...options, filepath: OUT }));
console.log(
  `wrote ${Object.values(anchors).flat().length} anchors to ${OUT} (${caught} translations left to the prefilter, ${unknown} whose English the prefilter does not know; UI strings holding the chosen ones: ${opened})`,
);
