import type { Locale } from './locales';

export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Fills a message in the subset of ICU MessageFormat the catalogs use:
 * `{name}` is replaced by a parameter, and
 * `{count, plural, =0 {…} one {…} few {…} many {…} other {…}}` picks a branch by the
 * language's plural rules (Intl.PluralRules), with `#` in the branch standing for the
 * number. Branches may hold `{name}` placeholders. No other syntax: catalogs hold prose,
 * code snippets stay in the code. A written-in-full formatter instead of a library keeps
 * the popup's start-up JavaScript small (intl-messageformat and its parser are ~20 KB gz).
 */
export function formatMessage(template: string, params: MessageParams, locale: Locale): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, open);
    const close = matchingBrace(template, open);
    const inner = template.slice(open + 1, close);
    out += fillPlaceholder(inner, params, locale, template);
    i = close + 1;
  }
  return out;
}

function matchingBrace(template: string, open: number): number {
  let depth = 0;
  for (let i = open; i < template.length; i++) {
    if (template[i] === '{') depth++;
    else if (template[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`Unbalanced braces in message: ${template}`);
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
function pluralCategory(locale: Locale, n: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n);
}

function fillPlaceholder(inner: string, params: MessageParams, locale: Locale, template: string): string {
  const comma = inner.indexOf(',');
  if (comma < 0) {
    const name = inner.trim();
    if (!Object.hasOwn(params, name)) throw new Error(`Missing parameter {${name}} in message: ${template}`);
    return String(params[name]);
  }
  const name = inner.slice(0, comma).trim();
  const { kind, body } = kindAndBody(inner.slice(comma + 1), template);
  if (kind !== 'plural') throw new Error(`Unsupported placeholder kind "${kind}" in message: ${template}`);
  const value = Object.hasOwn(params, name) ? params[name] : undefined;
  if (typeof value !== 'number') throw new Error(`Plural {${name}} needs a number in message: ${template}`);
  const branches = pluralBranches(body, template);
  const branch =
    branches.get(`=${value}`) ?? branches.get(pluralCategory(locale, value)) ?? branches.get('other');
  if (branch === undefined) throw new Error(`Plural without "other" in message: ${template}`);
  return formatMessage(replaceTopLevelHash(branch, value.toLocaleString(locale)), params, locale);
}

function kindAndBody(rest: string, template: string): { kind: string; body: string } {
  const comma = rest.indexOf(',');
  if (comma < 0) throw new Error(`Unsupported placeholder kind "${rest.trim()}" in message: ${template}`);
  return { kind: rest.slice(0, comma).trim(), body: rest.slice(comma + 1) };
}

/** `#` stands for this plural's number only outside braces: a nested plural keeps its own. */
function replaceTopLevelHash(branch: string, number: string): string {
  let depth = 0;
  let out = '';
  for (const ch of branch) {
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    out += ch === '#' && depth === 0 ? number : ch;
  }
  return out;
}

/** "one {# card} other {# cards}" → one → "# card", other → "# cards". */
export function pluralBranches(source: string, template: string): Map<string, string> {
  const branches = new Map<string, string>();
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('{', i);
    if (open < 0) {
      if (source.slice(i).trim() !== '') throw new Error(`Stray text in plural of message: ${template}`);
      break;
    }
    const selector = source.slice(i, open).trim();
    const close = matchingBrace(source, open);
    branches.set(selector, source.slice(open + 1, close));
    i = close + 1;
  }
  return branches;
}

/** The parameter names a message uses (for the catalog test: translations use the same ones). */
export function placeholdersOf(template: string): Set<string> {
  const names = new Set<string>();
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    const close = matchingBrace(template, open);
    const inner = template.slice(open + 1, close);
    const comma = inner.indexOf(',');
    if (comma < 0) names.add(inner.trim());
    else {
      names.add(inner.slice(0, comma).trim());
      const { body } = kindAndBody(inner.slice(comma + 1), template);
      for (const branch of pluralBranches(body, template).values())
        for (const n of placeholdersOf(branch)) names.add(n);
    }
    i = close + 1;
  }
  return names;
}
