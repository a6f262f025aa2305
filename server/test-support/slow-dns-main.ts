/**
 * Healthy probes while four lookups hang, through the system resolver as `serve` uses it.
 * Runs inside a network + mount namespace (slow-dns.ts) whose /etc/resolv.conf points at a DNS
 * server on that namespace's 127.0.0.1:53: it answers mail.smtp-doctor.test and never answers
 * *.dead.smtp-doctor.test. Starts that server, a STARTTLS peer and the backend (lab mode, no
 * resolver injected), then:
 *   1. four probes of dead names, held until the DNS server has seen all four queries;
 *   2. a probe of the healthy name while they hang;
 *   3. the dead probes' answers (at their deadline);
 *   4. another probe of the healthy name, after the dead probes gave up.
 * Prints one JSON line with what each returned.
 */
import type { ProbeResponse } from '../../lib/probe/types.ts';
import { buildApp } from '../app.ts';
import { startDnsPeer } from './dns-peer.ts';
import { startPeer, TEST_CA, TEST_HOST } from './peers.ts';

export const DEAD_NAMES = ['a', 'b', 'c', 'd'].map((label) => `${label}.dead.smtp-doctor.test`);
export const DEAD_TIMEOUT_MS = 2000;
export const HEALTHY_TIMEOUT_MS = 5000;

const TOKEN = 'slow-dns-token-4c1e';
const dns = await startDnsPeer(
  { [TEST_HOST]: ['127.0.0.1'] },
  (name) => (DEAD_NAMES.includes(name) ? 'silent' : undefined),
  53,
);
const peer = await startPeer('starttls');
const app = await buildApp({
  token: TOKEN,
  lab: true,
  maxConcurrentProbes: 8,
  connectPort: () => peer.port,
  trustedCa: [TEST_CA],
});
const base = await app.listen({ host: '127.0.0.1', port: 0 });

async function probe(host: string, timeoutMs: number) {
  const startedAt = performance.now();
  const res = await fetch(`${base}/v1/probe`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ host, ports: [587], timeoutMs }),
  });
  const body = (await res.json()) as ProbeResponse;
  const result = body.results[0]!;
  return { host, tcp: result.tcp, error: result.error, ms: Math.round(performance.now() - startedAt) };
}

const dead = Promise.all(DEAD_NAMES.map((name) => probe(name, DEAD_TIMEOUT_MS)));
// Wait for the state, not for a time: every dead lookup has reached the DNS server.
while (!DEAD_NAMES.every((name) => dns.queries.some((q) => q.name === name))) {
  await new Promise((resolve) => setTimeout(resolve, 10));
}
const during = await probe(TEST_HOST, HEALTHY_TIMEOUT_MS);
const deadResults = await dead;
const after = await probe(TEST_HOST, HEALTHY_TIMEOUT_MS);
process.stdout.write(`${JSON.stringify({ during, dead: deadResults, after })}\n`);
process.exit(0); // the peers and the backend stop with the process
