// The probe backend under load, and how long a verdict takes when one port is dropped.
//
//   npx tsx test/bench/server.bench.ts        (or: npm run bench server)
//
// server-rps / server-p50 / server-p99 / server-errors / server-rss-growth:
//   `smtp-doctor serve --lab` runs in its own process on 127.0.0.1 with a loopback smtp-server
//   (STARTTLS, test certificate) as the target, also in its own process. autocannon drives
//   POST /v1/probe (one port: connect, greeting, EHLO, STARTTLS, TLS 1.3, EHLO, QUIT per request)
//   with 32 connections: a 4 s warm-up, then 3 rounds of 4 s. smtp-server holds every greeting
//   100 ms (its early-talker check), so latency starts at ~100 ms whatever the backend does; 32
//   connections keep the backend, not that delay, the bottleneck. The server's limits are raised for
//   the run (--rate-limit 1000000 per minute, --max-concurrent 64): with the defaults (60/min,
//   4 at once) the load tool would measure the limiter. RSS is the server's VmRSS right after a
//   full garbage collection (server/test-support/serve-gc.ts, SIGUSR2), after the warm-up and
//   after the rounds: what the server retains, not what V8 has yet to collect. p50/p99: worst round.
// probe-verdict-one-dropped:
//   inside a network namespace (root, ip, nft), nftables drops port 25 (a real connect timeout);
//   smtp-servers listen on 25/465/587/2525; `smtp-doctor probe --json --timeout 2000` runs inside
//   and reports its own time from start to verdict (median of 3). baseline = the per-port timeout;
//   goal: ≤ baseline + 250 ms (ports in parallel).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import type { ProbeResponse } from '../../lib/probe/types';
import { BlockedNamespace, netnsSupport } from '../../server/test-support/netns';
import { emit, emitVs, note } from './support/emit';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const ROOT = new URL('../../', import.meta.url).pathname;
const TOKEN = 'bench-token-0123456789abcdef';
const CONNECTIONS = 32;
const WARMUP_S = 4;
const ROUNDS = Number(process.env.SERVER_BENCH_ROUNDS ?? 3);
const ROUND_S = 4;
const DROP_TIMEOUT_MS = 2000;

const children: ChildProcess[] = [];

function start(
  args: string[],
  readyLine: (line: string) => boolean,
): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (c) => (stderr += String(c)));
  const lines = createInterface({ input: child.stdout! });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not start: ${stderr}`)), 20_000);
    lines.on('line', (line) => {
      if (readyLine(line)) {
        clearTimeout(timer);
        resolve({ child, line });
      }
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited ${code}: ${stderr}`)));
  });
}

/** RSS of a server started through serve-gc.ts, right after a full garbage collection. */
async function rssAfterGc(child: ChildProcess): Promise<number> {
  const collected = new Promise<void>((resolve) => {
    const onData = (chunk: Buffer) => {
      if (String(chunk).includes('gc done')) {
        child.stdout!.off('data', onData);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
  });
  child.kill('SIGUSR2');
  await collected;
  return rssBytes(child.pid!);
}

function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
}

async function load() {
  const peers = await start(['--import', 'tsx', 'server/test-support/peers-main.ts', 'starttls:0'], (l) =>
    l.startsWith('{"ready"'),
  );
  const targetPort = (JSON.parse(peers.line) as { ready: Record<string, number> }).ready['starttls:0']!;
  const server = await start(
    [
      '--expose-gc',
      '--import',
      'tsx',
      'server/test-support/serve-gc.ts',
      'serve',
      '--port',
      '0',
      '--lab',
      '--quiet',
      '--token',
      TOKEN,
      '--allow-ports',
      String(targetPort),
      '--rate-limit',
      '1000000',
      '--max-concurrent',
      '64',
    ],
    (l) => l.includes('listening on'),
  );
  const url = /listening on (http:\/\/\S+)/.exec(server.line)![1]!;
  const pid = server.child.pid!;
  const request = {
    url: `${url}/v1/probe`,
    method: 'POST',
    connections: CONNECTIONS,
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ host: '127.0.0.1', ports: [targetPort], timeoutMs: 2000 }),
  };

  note(`server ${url} (pid ${pid}) → smtp-server 127.0.0.1:${targetPort}; warm-up ${WARMUP_S} s`);
  const warm = await autocannon({ ...request, duration: WARMUP_S });
  if (warm['non2xx'] > 0 || warm.errors > 0)
    note('warm-up had failures', { non2xx: warm.non2xx, errors: warm.errors });
  const before = await rssAfterGc(server.child);

  let total = 0;
  let seconds = 0;
  let p99 = 0;
  let p50 = 0;
  let errors = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    const r = await autocannon({ ...request, duration: ROUND_S });
    total += r.requests.total;
    seconds += r.duration;
    p99 = Math.max(p99, r.latency.p99);
    p50 = Math.max(p50, r.latency.p50);
    errors += r.errors + r.timeouts + r.non2xx;
    note(
      `round ${round}: ${r.requests.average} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms,` +
        ` rss ${Math.round(rssBytes(pid) / 1048576)} MiB (${Math.round((await rssAfterGc(server.child)) / 1048576)} MiB after GC)`,
    );
  }
  const after = await rssAfterGc(server.child);
  note(`rss after GC: ${Math.round(before / 1048576)} MiB → ${Math.round(after / 1048576)} MiB`);

  emit({ bench: 'server-rps', value: total / seconds, unit: 'req/s' });
  emit({ bench: 'server-p50', value: p50, unit: 'ms' });
  emit({ bench: 'server-p99', value: p99, unit: 'ms' });
  emit({ bench: 'server-errors', value: errors, unit: 'count' });
  emit({ bench: 'server-rss-growth', value: after - before, unit: 'bytes' });
}

async function oneDropped() {
  const support = netnsSupport();
  if (!support.ip || !support.nft || !support.root) {
    note(
      'probe-verdict-one-dropped: needs root, ip and nft (a namespace where port 25 is dropped); not measured',
      support,
    );
    return false;
  }
  const ns = BlockedNamespace.create({ drop: [25] }, `smtpdoc-bench-${process.pid}`);
  try {
    await ns.startPeers(['starttls:25', 'implicit:465', 'starttls:587', 'starttls:2525']);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { code, stdout, stderr } = await ns.exec(
        process.execPath,
        [
          'bin/smtp-doctor.js',
          'probe',
          '127.0.0.1',
          '--lab',
          '--ports',
          '25,465,587,2525',
          '--json',
          '--timeout',
          String(DROP_TIMEOUT_MS),
        ],
        { NODE_EXTRA_CA_CERTS: 'server/test-support/certs/ca.crt' },
      );
      if (code !== 0) throw new Error(`probe failed (${code}): ${stderr}`);
      const response = JSON.parse(stdout) as ProbeResponse;
      const tcp = response.results.map((r) => `${r.port}:${r.tcp}`).join(' ');
      note(`run ${i + 1}: verdict after ${response.ms} ms (${tcp}) → ${response.verdict.category}`);
      if (response.verdict.category !== 'port-blocked')
        throw new Error(`unexpected verdict ${response.verdict.summary}`);
      times.push(response.ms!);
    }
    const median = times.sort((a, b) => a - b)[1]!;
    emitVs('probe-verdict-one-dropped', median, DROP_TIMEOUT_MS, 'ms');
    return true;
  } finally {
    ns.destroy();
  }
}

try {
  await load();
  await oneDropped();
} finally {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
}
