import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { classify } from '../../lib/rules/index.ts';
import type { CommandIO } from '../cli.ts';
import { contractObject, explain, MAX_INPUT_BYTES } from './explain.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ESC = '\u001b';
const KEYS = ['match', 'category', 'alternatives', 'rule', 'confidence', 'extracted', 'evidence'];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real bin as a user would, with stdin piped (not a TTY) unless `stdin` is 'ignore'. */
function run(args: string[], input?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/smtp-doctor.js', 'explain', ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

const SEED = 'SMTP -> ERROR: Failed to connect to server: Connection timed out (110)';
const NOT_AN_ERROR = 'The quarterly report is attached. Lunch is at noon on Thursday.';

describe('smtp-doctor explain --json (real bin)', () => {
  it('prints exactly one contract object, keys in order, and exits 0 on a send error', async () => {
    const r = await run(['--json', SEED]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!);
    expect(Object.keys(out)).toEqual(KEYS);
    expect(out.match).toBe(true);
    expect(out.category).toBe('port-blocked');
    expect(out.extracted.errno).toBe('110');
    for (const value of Object.values(out.extracted)) expect(value).not.toBeNull();
    expect(out).toEqual(contractObject(classify(SEED, { mode: 'explain' })));
  });

  it('reads in explain mode by default and strictly with --scan', async () => {
    // A Python timeout pasted on its own (issue 10): a person asked, so it is a connect failure;
    // as page text nobody asked about it is not enough.
    const text = 'TimeoutError: [Errno 110] Connection timed out';
    const [explained, scanned] = await Promise.all([run(['--json', text]), run(['--json', '--scan', text])]);
    expect(explained.code).toBe(0);
    expect(JSON.parse(explained.stdout)).toMatchObject({ match: true, category: 'port-blocked' });
    expect(scanned.code).toBe(1);
    expect(JSON.parse(scanned.stdout)).toMatchObject({ match: false, category: null });
  });

  it('answers match:false and exits 1 on text that is not a send error', async () => {
    const r = await run(['--json', NOT_AN_ERROR]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ match: false, category: null });
    expect(Object.keys(out)).toEqual(KEYS);
  });

  it('joins TEXT arguments with spaces and reads stdin when there are none', async () => {
    const text = 'SMTP Error: Could not authenticate. 535 5.7.8 Username and Password not accepted';
    const [fromArgs, fromStdin] = await Promise.all([
      run(['--json', ...text.split(' ')]),
      run(['--json'], text),
    ]);
    expect(fromArgs.code).toBe(0);
    expect(fromStdin.code).toBe(0);
    expect(fromArgs.stdout).toBe(fromStdin.stdout);
    expect(JSON.parse(fromStdin.stdout)).toEqual(contractObject(classify(text, { mode: 'explain' })));
  });
});

describe('smtp-doctor explain (readable output, real bin)', () => {
  it('prints an explanation without colour when stdout is not a terminal', async () => {
    const r = await run([], `${SEED}\n`);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).toMatch(/^✖ /);
    expect(r.stdout).toContain('\nHow to fix\n');
    expect(r.stdout).toContain('  1. ');
  });

  it('says the text is not a send error and exits 1', async () => {
    const r = await run([NOT_AN_ERROR]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('does not look like an email send error');
  });

  it.each([
    [['--bogus', 'x'], /unknown option "--bogus"/],
    [['--json', '--jsonl'], /cannot be used together/],
    [['--jsonl', 'some text'], /standard input only/],
    [[], /input is empty/],
  ])('exits 2 on bad usage %j', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('prints help on stdout and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: smtp-doctor explain [--json | --jsonl] [--scan] [TEXT…]');
  });
});

describe('smtp-doctor explain --jsonl (real bin)', () => {
  it('answers 2000 lines in order, one object per line', async () => {
    const texts = [
      SEED,
      NOT_AN_ERROR,
      '535 5.7.8 Username and Password not accepted',
      'getaddrinfo ENOTFOUND smtp.exampel.com',
      'Error: connect ECONNREFUSED 127.0.0.1:25',
      '550 5.1.1 The email account that you tried to reach does not exist',
      'line with a unicode quote “smtp” and a tab\tinside',
    ];
    const input = Array.from({ length: 2000 }, (_, i) => `${texts[i % texts.length]} #${i}`);
    const started = performance.now();
    const r = await run(['--jsonl'], input.map((t) => JSON.stringify(t)).join('\n') + '\n');
    const ms = performance.now() - started;
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2000);
    lines.forEach((line, i) =>
      expect(line, `line ${i + 1}`).toBe(
        JSON.stringify(contractObject(classify(input[i]!, { mode: 'explain' }))),
      ),
    );
    // A figure for the report, not an assertion: timing belongs in `npm run bench`.
    console.info(`explain --jsonl: 2000 lines in ${Math.round(ms)} ms (whole process)`);
  });

  it('answers a line that is not a JSON string with match:false, reports it on stderr, keeps going, exits 2', async () => {
    const r = await run(
      ['--jsonl'],
      [JSON.stringify(SEED), 'not json', '42', '', JSON.stringify(SEED)].join('\r\n'),
    );
    expect(r.code).toBe(2);
    const out = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.match)).toEqual([true, false, false, false, true]);
    expect(Object.keys(out[1])).toEqual(KEYS);
    expect(r.stderr).toMatch(/line 2: not a JSON-encoded string/);
    expect(r.stderr).toMatch(/line 3: /);
    expect(r.stderr).toMatch(/line 4: /);
    expect(r.stderr).not.toMatch(/line [15]:/);
  });

  it('prints nothing and exits 0 on empty input', async () => {
    const r = await run(['--jsonl'], '');
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

/** In-process: the branches a pipe cannot reach (a terminal on stdin or stdout). */
function io(options: { stdinTTY?: boolean; stdoutTTY?: boolean; input?: string } = {}) {
  const stdin = Readable.from(options.input === undefined ? [] : [options.input]) as Readable & {
    isTTY?: boolean;
  };
  stdin.isTTY = options.stdinTTY;
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const commandIO: CommandIO = { stdin, stdout, stderr, isTTY: options.stdoutTTY ?? false };
  return { commandIO, out: () => out, err: () => err };
}

describe('smtp-doctor explain (terminal branches)', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('exits 2 when there is no TEXT and stdin is a terminal', async () => {
    const t = io({ stdinTTY: true });
    expect(await explain([], t.commandIO)).toBe(2);
    expect(t.err()).toMatch(/nothing to explain/);
  });

  it('colours the output on a terminal, unless NO_COLOR is set', async () => {
    vi.stubEnv('NO_COLOR', '');
    const tty = io({ stdoutTTY: true });
    expect(await explain([SEED], tty.commandIO)).toBe(0);
    expect(tty.out()).toContain(`${ESC}[`);

    vi.stubEnv('NO_COLOR', '1');
    const noColor = io({ stdoutTTY: true });
    expect(await explain([SEED], noColor.commandIO)).toBe(0);
    expect(noColor.out()).not.toContain(ESC);
  });
});

describe('smtp-doctor explain on input larger than a string can hold (real bin)', () => {
  it('streams 600 MiB through a pipe, explains the last 1 MiB, says so on stderr and exits 2', async () => {
    const child = spawn(process.execPath, ['bin/smtp-doctor.js', 'explain', '--json'], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.on('error', () => {}); // a crashed reader must fail the assertions, not the writer

    // One reused 1 MiB block of log noise, written with back-pressure: nothing big is held here.
    const noise = Buffer.alloc(MAX_INPUT_BYTES, 'INFO worker heartbeat ok\n');
    const MIB = 600; // above V8's longest string (2^29 - 24 characters, about 512 MiB)
    for (let i = 0; i < MIB && !child.stdin.destroyed; i++) {
      if (!child.stdin.write(noise)) await once(child.stdin, 'drain');
    }
    child.stdin.end(`${SEED}\n`);
    const code = await closed;

    expect(stderr).toContain(`the input was cut: it was ${MIB * MAX_INPUT_BYTES + SEED.length + 1} bytes`);
    expect(stderr).toContain('only its last 1 MiB was explained');
    expect(JSON.parse(stdout)).toMatchObject({ match: true, category: 'port-blocked' });
    expect(code).toBe(2);
  }, 120_000);

  it('--jsonl: answers a 600 MiB line with match:false, keeps going, exits 2', async () => {
    const child = spawn(process.execPath, ['bin/smtp-doctor.js', 'explain', '--jsonl'], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.on('error', () => {});

    // Line 1 is one JSON string of 600 MiB; line 2 a real send error.
    const block = Buffer.alloc(MAX_INPUT_BYTES, 'x');
    child.stdin.write('"');
    for (let i = 0; i < 600 && !child.stdin.destroyed; i++) {
      if (!child.stdin.write(block)) await once(child.stdin, 'drain');
    }
    child.stdin.end(`"\n${JSON.stringify(SEED)}\n`);
    const code = await closed;

    expect(stderr).toBe('smtp-doctor explain: line 1: longer than 1 MiB; answered with match:false\n');
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      expect.objectContaining({ match: false }),
      contractObject(classify(SEED, { mode: 'explain' })),
    ]);
    expect(code).toBe(2);
  }, 120_000);
});
