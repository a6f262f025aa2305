import type { Explanation, Step } from '../../lib/explanations/types';
import { ENGLISH, type Translator } from '../i18n.ts';

export interface TerminalOptions {
  /** ANSI colour; decide with useColor(). */
  color: boolean;
  /** Wrap prose at this many columns. */
  width?: number;
  /** The reader's language (the CLI's: LC_ALL, LC_MESSAGES, LANG); English by default. */
  translator?: Translator;
}

/**
 * Colour only on a terminal, and never when NO_COLOR is set to a non-empty value
 * (https://no-color.org).
 */
export function useColor(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  return isTTY && !env.NO_COLOR;
}

type Paint = (text: string) => string;
interface Palette {
  bold: Paint;
  dim: Paint;
  red: Paint;
  yellow: Paint;
  green: Paint;
  cyan: Paint;
}

const sgr =
  (open: number, close: number): Paint =>
  (text) =>
    `\u001b[${open}m${text}\u001b[${close}m`;
const plain: Paint = (text) => text;
const COLORS: Palette = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  green: sgr(32, 39),
  cyan: sgr(36, 39),
};
const NO_COLORS: Palette = { bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain };

/** What a terminal obeys beyond the C0 controls: DEL and C1 controls, bidi overrides and isolates. */
const OBEYED_ABOVE_C0 = '\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069';
/**
 * Text that came from the input (evidence, host names) may carry escape sequences or
 * control characters: show them as a visible placeholder so they cannot drive the terminal.
 * Bidirectional overrides go too, so a line cannot pretend to say something else.
 */
const UNSAFE = new RegExp(`[\\u0000-\\u0008\\u000b-\\u001f${OBEYED_ABOVE_C0}]`, 'g');
export function sanitize(text: string): string {
  return text.replace(/\t/g, ' ').replace(UNSAFE, '\ufffd');
}

/** Characters JSON.stringify leaves raw (it escapes only C0 controls) that a terminal still obeys. */
const JSON_UNSAFE = new RegExp(`[${OBEYED_ABOVE_C0}]`, 'g');

/**
 * One line of JSON for `--json` output. JSON.stringify escapes only C0 controls; the rest of
 * what `sanitize` guards against is escaped as \uXXXX too, which any JSON reader reads back.
 */
export function jsonLine(value: unknown): string {
  const text = JSON.stringify(value).replace(
    JSON_UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${text}\n`;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[\d+m/g;
const visibleLength = (text: string) => text.replace(ANSI, '').length;

/** Greedy word wrap of sanitized text; words longer than the width stay whole. */
export function wrap(text: string, width: number, indent: string, firstIndent = indent): string[] {
  const lines: string[] = [];
  let line = firstIndent;
  let empty = true;
  for (const word of sanitize(text).split(/\s+/).filter(Boolean)) {
    if (!empty && visibleLength(line) + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line += (empty ? '' : ' ') + word;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}

function codeBlock(code: string, indent: string, p: Palette): string[] {
  return sanitize(code)
    .split('\n')
    .map((l) => `${indent}${p.cyan(l)}`);
}

function stepLines(steps: readonly Step[], width: number, p: Palette, numbered: boolean): string[] {
  const out: string[] = [];
  steps.forEach((step, i) => {
    const marker = numbered ? `${i + 1}. ` : '• ';
    const hang = ' '.repeat(2 + marker.length);
    out.push(...wrap(step.text, width, hang, `  ${p.bold(marker)}`));
    if (step.detail) out.push(...wrap(step.detail, width, hang).map((l) => p.dim(l)));
    if (step.code) out.push(...codeBlock(step.code, `${hang}  `, p));
  });
  return out;
}

function heading(text: string, p: Palette): string {
  return `\n${p.bold(p.yellow(text))}`;
}

const percent = (n: number) => `${Math.round(n * 100)}%`;

/** A readable explanation for a terminal. Ends with a newline. */
export function renderExplanation(e: Explanation, options: TerminalOptions): string {
  const { t } = options.translator ?? ENGLISH;
  const p = options.color ? COLORS : NO_COLORS;
  const width = Math.max(40, Math.min(options.width ?? 80, 100));
  const out: string[] = [];

  if (!e.match) {
    out.push(p.bold(e.title));
    out.push(...wrap(e.summary, width, ''));
    for (const step of e.steps) out.push('', ...wrap(step.text, width, ''));
    return `${out.join('\n')}\n`;
  }

  out.push(p.bold(p.red(`✖ ${e.title}`)));
  const meta = [
    e.category,
    t('cli.explain.confidence', { percent: percent(e.confidence) }),
    e.rule ? t('cli.explain.rule', { rule: e.rule }) : null,
  ].filter(Boolean);
  out.push(...wrap(meta.join(' · '), width, '  ').map((l) => p.dim(l)));
  out.push('', ...wrap(e.summary, width, '  '));

  if (e.evidence.length) {
    out.push(heading(t('cli.explain.evidence'), p));
    for (const excerpt of e.evidence) {
      for (const line of sanitize(excerpt).split(/\r?\n/)) out.push(`  ${p.dim('│')} ${line}`);
    }
  }

  if (e.facts.length) {
    out.push(heading(t('cli.explain.facts'), p));
    const labelWidth = Math.max(...e.facts.map((f) => f.label.length));
    for (const fact of e.facts) {
      const value = sanitize(fact.value) + (fact.assumed ? p.dim(` (${t('cli.explain.assumed')})`) : '');
      const lead = `  ${fact.label.padEnd(labelWidth)}  `;
      out.push(`${lead}${p.bold(value)}`);
      if (fact.meaning) out.push(...wrap(fact.meaning, width, ' '.repeat(lead.length)).map((l) => p.dim(l)));
    }
  }
  if (e.assumedPortsNote) out.push('', ...wrap(e.assumedPortsNote, width, '  '));

  if (e.world) {
    out.push(heading(t(e.world.world === 'delivery' ? 'cli.explain.delivery' : 'cli.explain.submission'), p));
    out.push(...wrap(e.world.note, width, '  '));
  }

  out.push(heading(t('cli.explain.why'), p), ...wrap(e.why, width, '  '));

  if (e.confirm.length)
    out.push(heading(t('cli.explain.confirm'), p), ...stepLines(e.confirm, width, p, false));
  out.push(heading(t('cli.explain.fix'), p), ...stepLines(e.steps, width, p, true));

  if (e.alternatives.length) {
    out.push(heading(t('cli.explain.alternatives'), p));
    for (const alt of e.alternatives) {
      out.push(
        ...wrap(
          `${alt.title} (${alt.category}, ${percent(alt.confidence)})`,
          width,
          '    ',
          `  ${p.bold('•')} `,
        ),
      );
      if (alt.check) {
        out.push(
          ...wrap(
            t('cli.explain.tellApart', { title: alt.check.title, text: alt.check.text }),
            width,
            '    ',
          ).map((l) => p.dim(l)),
        );
        if (alt.check.code) out.push(...codeBlock(alt.check.code, '      ', p));
      }
    }
  }
  return `${out.join('\n')}\n`;
}
