import { createInterface } from 'node:readline';
import { explain as explainClassification } from '../../lib/explanations/index.ts';
import { classify } from '../../lib/rules/index.ts';
import type { Classification } from '../../lib/rules/types.ts';
import type { CommandIO } from '../cli.ts';
import { renderExplanation, useColor } from '../render/terminal.ts';

export const EXPLAIN_USAGE = `Usage: smtp-doctor explain [--json | --jsonl] [TEXT…]

Explains an email send error: the probable cause, the evidence, and how to fix it.
TEXT arguments are joined with spaces; without TEXT the error is read from standard input.

Options:
  --json       print one JSON object:
               {"match","category","alternatives","rule","confidence","extracted","evidence"}
  --jsonl      batch mode: read one JSON-encoded string per line of standard input and
               print one such object per line, in the same order
  -h, --help   show this help
  --           end of options (for text that starts with "-")

Exit status:
  0  a send error was found (--jsonl: every line was a JSON string)
  1  the text is not an email send error
  2  bad usage: unknown option, --json with --jsonl, no input (--jsonl: some line was
     not a JSON string; it was answered with {"match": false, …} and reported on stderr)
`;

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
  help: boolean;
  words: string[];
}

type Parsed = { ok: true; options: Options } | { ok: false; error: string };

function parse(args: readonly string[]): Parsed {
  const options: Options = { mode: 'text', help: false, words: [] };
  let json = false;
  let jsonl = false;
  let endOfOptions = false;
  for (const arg of args) {
    if (endOfOptions) options.words.push(arg);
    else if (arg === '--') endOfOptions = true;
    else if (arg === '--json') json = true;
    else if (arg === '--jsonl') jsonl = true;
    else if (arg === '-h' || arg === '--help') options.help = true;
    else if (arg.startsWith('-') && arg !== '-') return { ok: false, error: `unknown option "${arg}"` };
    else if (arg !== '-') options.words.push(arg); // "-" means: read standard input
  }
  if (json && jsonl) return { ok: false, error: '--json and --jsonl cannot be used together' };
  if (jsonl && options.words.length)
    return { ok: false, error: '--jsonl reads standard input only; drop the TEXT' };
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

async function readAll(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** --jsonl: one JSON string per line in, one contract object per line out, streamed in order. */
async function batch(io: CommandIO): Promise<number> {
  const out = outputTo(io.stdout);
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  let bad = 0;
  for await (const line of lines) {
    lineNumber++;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      value = undefined;
    }
    if (typeof value === 'string') {
      await out.write(`${JSON.stringify(contractObject(classify(value)))}\n`);
    } else {
      bad++;
      io.stderr.write(
        `smtp-doctor explain: line ${lineNumber}: not a JSON-encoded string; answered with match:false\n`,
      );
      await out.write(`${NO_MATCH}\n`);
    }
    if (out.closed) break;
  }
  lines.close();
  return bad ? 2 : 0;
}

export async function explain(args: string[], io: CommandIO): Promise<number> {
  const parsed = parse(args);
  if (!parsed.ok) {
    io.stderr.write(`smtp-doctor explain: ${parsed.error}\n\n${EXPLAIN_USAGE}`);
    return 2;
  }
  const { options } = parsed;
  if (options.help) {
    io.stdout.write(EXPLAIN_USAGE);
    return 0;
  }
  const stdinIsTTY = Boolean((io.stdin as { isTTY?: boolean }).isTTY);
  if (!options.words.length && stdinIsTTY) {
    io.stderr.write(
      'smtp-doctor explain: nothing to explain: give the error as TEXT or pipe it on standard input\n\n' +
        EXPLAIN_USAGE,
    );
    return 2;
  }
  if (options.mode === 'jsonl') return batch(io);

  const text = options.words.length ? options.words.join(' ') : await readAll(io.stdin);
  if (!text.trim()) {
    io.stderr.write('smtp-doctor explain: the input is empty: nothing to explain\n');
    return 2;
  }
  const classification = classify(text);
  const out = outputTo(io.stdout);
  if (options.mode === 'json') {
    await out.write(`${JSON.stringify(contractObject(classification))}\n`);
  } else {
    const width = (io.stdout as { columns?: number }).columns;
    const color = useColor(io.isTTY, process.env);
    await out.write(renderExplanation(explainClassification(classification, { text }), { color, width }));
  }
  return classification.match ? 0 : 1;
}
