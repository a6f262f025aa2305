import { explain as explainClassification } from '../../lib/explanations/index.ts';
import { explainMessage } from '../../lib/bounce/explain.ts';
import { classify } from '../../lib/rules/index.ts';
import type { Classification, ClassifyMode } from '../../lib/rules/types.ts';
import type { CommandIO } from '../cli.ts';
import { jsonLine, renderExplanation, useColor } from '../render/terminal.ts';
import { ENGLISH, type Translator } from '../i18n.ts';
import { optionLine } from './help-text.ts';

/**
 * Standard input is read up to its last MAX_INPUT_BYTES: a send error is a few lines, and piped
 * logs (`app 2>&1 | smtp-doctor explain`) end with it, so the tail is what matters. The bound keeps
 * memory and classification time small (1 MiB classifies in well under 100 ms) whatever is piped in;
 * --jsonl holds each line to the same bound.
 */
export const MAX_INPUT_BYTES = 1024 * 1024;
const LIMIT_TEXT = `${MAX_INPUT_BYTES / 1024 / 1024} MiB`;

/** The `--json` contract's keys, as the help shows them. */
const CONTRACT_KEYS = '{"match","category","alternatives","rule","confidence","extracted","evidence"}';

export function explainUsage({ t }: Translator = ENGLISH): string {
  const option = (name: string, text: string) => optionLine(name, 15, text);
  const exit = (code: string, text: string) => optionLine(code, 5, text);
  return [
    `${t('cli.usage.title')} smtp-doctor explain [--json | --jsonl] [--scan] [TEXT…]`,
    '',
    t('cli.explain.help.about'),
    '',
    t('cli.help.options'),
    option('--json', `${t('cli.explain.help.json')}\n${CONTRACT_KEYS}`),
    option('--jsonl', t('cli.explain.help.jsonl')),
    option('--scan', t('cli.explain.help.scan')),
    option('-h, --help', t('cli.help.help')),
    option('--', t('cli.explain.help.endOfOptions')),
    '',
    t('cli.help.exitStatus'),
    exit('0', t('cli.explain.help.exit0')),
    exit('1', t('cli.explain.help.exit1')),
    exit('2', t('cli.explain.help.exit2', { limit: LIMIT_TEXT, noMatch: '{"match": false, …}' })),
    '',
  ].join('\n');
}

const EXTRACTED_KEYS = ['port', 'host', 'replyCode', 'enhancedCode', 'errno'] as const;

/** The `--json` contract of DESIGN.md: these keys, in this order; extracted has only present keys. */
export function contractObject(c: Classification) {
  const extracted: Record<string, string | number> = {};
  for (const key of EXTRACTED_KEYS) {
    const value = c.extracted[key];
    if (value !== undefined) extracted[key] = value;
  }
  return {
    match: c.match,
    category: c.match ? c.category : null,
    alternatives: c.alternatives,
    rule: c.rule,
    confidence: c.confidence,
    extracted,
    evidence: c.evidence,
  };
}

const NO_MATCH = JSON.stringify({
  match: false,
  category: null,
  alternatives: [],
  rule: null,
  confidence: 0,
  extracted: {},
  evidence: [],
});

interface Options {
  mode: 'text' | 'json' | 'jsonl';
  /** How the classifier reads: `explain` unless --scan. */
  reading: ClassifyMode;
  help: boolean;
  words: string[];
}

type Parsed = { ok: true; options: Options } | { ok: false; error: string };

function parse(args: readonly string[], { t }: Translator): Parsed {
  const options: Options = { mode: 'text', reading: 'explain', help: false, words: [] };
  let json = false;
  let jsonl = false;
  let endOfOptions = false;
  for (const arg of args) {
    if (endOfOptions) options.words.push(arg);
    else if (arg === '--') endOfOptions = true;
    else if (arg === '--json') json = true;
    else if (arg === '--jsonl') jsonl = true;
    else if (arg === '--scan') options.reading = 'scan';
    else if (arg === '-h' || arg === '--help') options.help = true;
    else if (arg.startsWith('-') && arg !== '-')
      return { ok: false, error: t('cli.error.unknownOption', { option: arg }) };
    else if (arg !== '-') options.words.push(arg); // "-" means: read standard input
  }
  if (json && jsonl) return { ok: false, error: t('cli.explain.error.jsonWithJsonl') };
  if (jsonl && options.words.length) return { ok: false, error: t('cli.explain.error.jsonlWithText') };
  options.mode = jsonl ? 'jsonl' : json ? 'json' : 'text';
  return { ok: true, options };
}

/** Writes that respect back-pressure and stop quietly when the reader goes away (EPIPE). */
function outputTo(stream: NodeJS.WritableStream) {
  let closed = false;
  stream.on('error', () => {
    closed = true;
  });
  return {
    get closed() {
      return closed;
    },
    async write(text: string): Promise<void> {
      if (closed || stream.write(text)) return;
      await new Promise<void>((resolve) => {
        const done = () => {
          stream.off('drain', done);
          stream.off('error', done);
          resolve();
        };
        stream.on('drain', done);
        stream.on('error', done);
      });
    },
  };
}

/** The last `limit` bytes of a stream, and how many bytes it had in all. */
async function readTail(
  stdin: NodeJS.ReadableStream,
  limit: number,
): Promise<{ tail: Buffer; total: number }> {
  const chunks: Buffer[] = [];
  let kept = 0;
  let total = 0;
  for await (const chunk of stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(buffer);
    kept += buffer.length;
    total += buffer.length;
    // Drop whole chunks from the front while the rest still holds `limit` bytes.
    while (chunks.length > 1 && kept - chunks[0]!.length >= limit) kept -= chunks.shift()!.length;
  }
  const all = Buffer.concat(chunks);
  return { tail: all.subarray(Math.max(0, all.length - limit)), total };
}

/** Text of a tail that was cut: from the first whole line (or the first whole character). */
function cutText(tail: Buffer): string {
  const newline = tail.indexOf(0x0a);
  if (newline !== -1 && newline < tail.length - 1) return tail.subarray(newline + 1).toString('utf8');
  let start = 0;
  while (start < tail.length && (tail[start]! & 0xc0) === 0x80) start++; // UTF-8 continuation bytes
  return tail.subarray(start).toString('utf8');
}

/**
 * Lines of a stream, split on LF (a CR before it dropped). A line longer than `limit` bytes is not
 * kept (only flagged), so no line can grow past what a string holds.
 */
async function* boundedLines(
  input: NodeJS.ReadableStream,
  limit: number,
): AsyncGenerator<{ text: string; tooLong: boolean }> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  const line = () => {
    const text = tooLong ? '' : Buffer.concat(parts).toString('utf8');
    return { text: text.endsWith('\r') ? text.slice(0, -1) : text, tooLong };
  };
  for await (const chunk of input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (;;) {
      const newline = buffer.indexOf(0x0a, start);
      const piece = buffer.subarray(start, newline === -1 ? buffer.length : newline);
      if (!tooLong && size + piece.length > limit) {
        tooLong = true;
        parts = [];
      } else if (!tooLong) {
        parts.push(piece);
        size += piece.length;
      }
      if (newline === -1) break;
      yield line();
      parts = [];
      size = 0;
      tooLong = false;
      start = newline + 1;
    }
  }
  if (size > 0 || tooLong) yield line();
}

/** --jsonl: one JSON string per line in, one contract object per line out, streamed in order. */
async function batch(io: CommandIO, mode: ClassifyMode, { t }: Translator): Promise<number> {
  const out = outputTo(io.stdout);
  let lineNumber = 0;
  let bad = 0;
  for await (const { text, tooLong } of boundedLines(io.stdin, MAX_INPUT_BYTES)) {
    lineNumber++;
    let value: unknown;
    try {
      value = tooLong ? undefined : JSON.parse(text);
    } catch {
      value = undefined;
    }
    if (typeof value === 'string') {
      await out.write(jsonLine(contractObject(classify(value, { mode }))));
    } else {
      bad++;
      const why = tooLong
        ? t('cli.explain.error.lineTooLong', { line: lineNumber, limit: LIMIT_TEXT })
        : t('cli.explain.error.lineNotJson', { line: lineNumber });
      io.stderr.write(`smtp-doctor explain: ${why}\n`);
      await out.write(`${NO_MATCH}\n`);
    }
    if (out.closed) break;
  }
  return bad ? 2 : 0;
}

export async function explain(args: string[], io: CommandIO): Promise<number> {
  const translator = io.translator ?? ENGLISH;
  const { t } = translator;
  const parsed = parse(args, translator);
  if (!parsed.ok) {
    io.stderr.write(`smtp-doctor explain: ${parsed.error}\n\n${explainUsage(translator)}`);
    return 2;
  }
  const { options } = parsed;
  if (options.help) {
    io.stdout.write(explainUsage(translator));
    return 0;
  }
  const stdinIsTTY = Boolean((io.stdin as { isTTY?: boolean }).isTTY);
  if (!options.words.length && stdinIsTTY) {
    io.stderr.write(`smtp-doctor explain: ${t('cli.explain.error.noInput')}\n\n${explainUsage(translator)}`);
    return 2;
  }
  if (options.mode === 'jsonl') return batch(io, options.reading, translator);

  let text: string;
  let cutFrom = 0;
  if (options.words.length) text = options.words.join(' ');
  else {
    const { tail, total } = await readTail(io.stdin, MAX_INPUT_BYTES);
    cutFrom = total > tail.length ? total : 0;
    text = cutFrom ? cutText(tail) : tail.toString('utf8');
  }
  if (!text.trim()) {
    io.stderr.write(`smtp-doctor explain: ${t('cli.explain.error.empty')}\n`);
    return 2;
  }
  const classification =
    options.reading === 'explain' ? await explainMessage(text) : classify(text, { mode: 'scan' });
  const out = outputTo(io.stdout);
  if (options.mode === 'json') {
    await out.write(jsonLine(contractObject(classification)));
  } else {
    const width = (io.stdout as { columns?: number }).columns;
    const color = useColor(io.isTTY, process.env);
    await out.write(
      renderExplanation(explainClassification(classification, { text, translator }), {
        color,
        width,
        translator,
      }),
    );
  }
  if (cutFrom) {
    io.stderr.write(
      `smtp-doctor explain: ${t('cli.explain.error.cut', { bytes: cutFrom, limit: LIMIT_TEXT })}\n`,
    );
    return 2;
  }
  return classification.match ? 0 : 1;
}
