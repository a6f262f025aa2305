/**
 * A message template split into literal text and placeholders. gettext catalogs use
 * printf conversions (`%s`, `%d`, `%2$s`); Roundcube uses `$name`. Hand-written scanners,
 * no regular expressions: templates are data, parsed once.
 */
import type { CatalogSource } from './types';

/** What a placeholder may match in page text. */
export type SlotKind =
  /** digits with an optional sign, at least one digit */
  | 'number'
  /** a reply code: digits with an optional sign, possibly none (Roundcube shows "()") */
  | 'code'
  /** free text on one line */
  | 'text';

export type Part = { readonly literal: string } | { readonly slot: string; readonly kind: SlotKind };

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;

const PRINTF_FLAGS = "-+ #0'";
const PRINTF_LENGTHS = 'hlLqjzZt';
const PRINTF_NUMBERS = 'diuxXoc';

function pushLiteral(parts: Part[], text: string): void {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last && 'literal' in last) parts[parts.length - 1] = { literal: last.literal + text };
  else parts.push({ literal: text });
}

/** printf: `%%`, `%[n$][flags][width][.prec][length]conv`; slots named by argument number. */
function parsePrintf(template: string): Part[] {
  const parts: Part[] = [];
  let next = 1;
  let i = 0;
  let literalStart = 0;
  while (i < template.length) {
    if (template[i] !== '%') {
      i++;
      continue;
    }
    pushLiteral(parts, template.slice(literalStart, i));
    let j = i + 1;
    if (template[j] === '%') {
      pushLiteral(parts, '%');
      i = literalStart = j + 1;
      continue;
    }
    let position = 0;
    let k = j;
    while (k < template.length && isDigit(template.charCodeAt(k))) k++;
    if (k > j && template[k] === '$') {
      position = Number(template.slice(j, k));
      j = k + 1;
    }
    while (j < template.length && PRINTF_FLAGS.includes(template[j]!)) j++;
    while (j < template.length && isDigit(template.charCodeAt(j))) j++;
    if (template[j] === '.') {
      j++;
      while (j < template.length && isDigit(template.charCodeAt(j))) j++;
    }
    while (j < template.length && PRINTF_LENGTHS.includes(template[j]!)) j++;
    const conversion = template[j] ?? 's';
    const arg = position || next++;
    parts.push({ slot: String(arg), kind: PRINTF_NUMBERS.includes(conversion) ? 'number' : 'text' });
    i = literalStart = j + 1;
  }
  pushLiteral(parts, template.slice(literalStart));
  return parts;
}

/** Roundcube's `$name` placeholders (rcube::gettext fills them by name). */
const ROUNDCUBE_KINDS: Readonly<Record<string, SlotKind>> = { code: 'code', sec: 'number', max: 'number' };

function parseRoundcube(template: string): Part[] {
  const parts: Part[] = [];
  let i = 0;
  let literalStart = 0;
  while (i < template.length) {
    let j = i + 1;
    if (template[i] !== '$' || !isLowerAscii(template.charCodeAt(j))) {
      i++;
      continue;
    }
    while (j < template.length && isLowerAscii(template.charCodeAt(j))) j++;
    pushLiteral(parts, template.slice(literalStart, i));
    const name = template.slice(i + 1, j);
    parts.push({ slot: name, kind: ROUNDCUBE_KINDS[name] ?? 'text' });
    i = literalStart = j;
  }
  pushLiteral(parts, template.slice(literalStart));
  return parts;
}

export function parseTemplate(template: string, source: CatalogSource): Part[] {
  return source === 'roundcube' ? parseRoundcube(template) : parsePrintf(template);
}

/** Fill a template's slots from `values` (a slot without a value is left empty). */
export function fillTemplate(parts: readonly Part[], values: ReadonlyMap<string, string>): string {
  let out = '';
  for (const part of parts) out += 'literal' in part ? part.literal : (values.get(part.slot) ?? '');
  return out;
}
