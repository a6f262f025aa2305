/**
 * Probe a host: check and resolve the target once, then every port in parallel,
 * each with its own deadline, then the verdict. Used by the HTTP API and the CLI.
 */
import type { LoginRequest, PortResult, ProbeResponse } from '../../lib/probe/types.ts';
import {
  resolveTarget,
  systemResolver,
  type ResolvedTarget,
  type Resolver,
  type TargetPolicy,
} from '../guard.ts';
import { checkLogin, probePort, type PortTarget } from './port.ts';
import { verdictFor } from '../../lib/probe/verdict.ts';

export interface ProbeOptions {
  policy: TargetPolicy;
  /** Name → addresses (tests inject one; default: the system resolver). */
  resolve?: Resolver;
  /** Requested port → port to connect to (lab tests aim 25/465/587 at ephemeral ports). */
  connectPort?: (port: number) => number;
  /** Extra trust anchors for certificate checks (tests). */
  trustedCa?: readonly string[];
}

export interface ProbeInput {
  host: string;
  ports: readonly number[];
  timeoutMs: number;
  login?: LoginRequest;
  /** performance.now() when the request started (resolution included in `ms`); default: now. */
  startedAt?: number;
  /** Called as each port finishes, before the verdict. */
  onResult?: (result: PortResult) => void;
}

/**
 * Check and resolve the target (throws GuardError when it may not be probed). A
 * DNS failure is not a refusal: it comes back as `{ ok: false }` and is probed
 * into a `dns-error` result for every port.
 */
export function prepareProbe(
  host: string,
  timeoutMs: number,
  options: ProbeOptions,
): Promise<ResolvedTarget> {
  const resolve = options.resolve ?? systemResolver;
  // A lookup gets the same budget as one port; the resolver is told to give up (cancel its
  // queries) when it runs out, and the answer is not awaited past it whatever the resolver does.
  const bounded: Resolver = (name) =>
    new Promise((done, fail) => {
      const deadline = new AbortController();
      const timer = setTimeout(() => {
        deadline.abort();
        fail(Object.assign(new Error('DNS timeout'), { code: 'ETIMEOUT' }));
      }, timeoutMs);
      resolve(name, deadline.signal).then(
        (addresses) => {
          clearTimeout(timer);
          done(addresses);
        },
        (error: unknown) => {
          clearTimeout(timer);
          fail(error);
        },
      );
    });
  return resolveTarget(host, options.policy, bounded);
}

/** Probe every port of a prepared target in parallel, then the verdict (and the login check, if asked). */
export async function runProbes(
  target: ResolvedTarget,
  input: ProbeInput,
  options: ProbeOptions,
): Promise<ProbeResponse> {
  const startedAt = input.startedAt ?? performance.now();
  const elapsed = () => Math.round(performance.now() - startedAt);
  if (!target.ok) {
    const results = input.ports.map((port): PortResult => ({
      port,
      tcp: 'dns-error',
      ms: 0,
      failedAt: 'dns',
      error: target.dnsError,
    }));
    results.forEach((r) => input.onResult?.(r));
    return { host: target.host, results, verdict: verdictFor(target.host, results), ms: elapsed() };
  }

  const portTarget = (port: number): PortTarget => ({
    address: target.address,
    port,
    connectPort: options.connectPort?.(port) ?? port,
    tls: { checkName: target.host, trustedCa: options.trustedCa },
    timeoutMs: input.timeoutMs,
  });

  const loginPromise = input.login
    ? checkLogin(portTarget(input.login.port), input.login.user, input.login.pass)
    : undefined;
  const results = await Promise.all(
    input.ports.map(async (port) => {
      const result = await probePort(portTarget(port));
      input.onResult?.(result);
      return result;
    }),
  );
  const login = await loginPromise;
  const verdict = verdictFor(target.host, results);
  if (login && !login.ok && login.category && !login.error?.startsWith('not attempted')) {
    verdict.category = login.category;
    verdict.summary = `${verdict.summary}; the login on ${login.port} was rejected (${login.error})`;
    verdict.fix =
      'check the user name and password; providers with two-step verification need an app password here';
  }
  return {
    host: target.host,
    address: target.address,
    results,
    verdict,
    ms: elapsed(),
    ...(login ? { login } : {}),
  };
}

/** Resolve, check and probe in one go (the CLI). Throws GuardError on a refused target. */
export async function probeHost(input: ProbeInput, options: ProbeOptions): Promise<ProbeResponse> {
  const startedAt = performance.now();
  const target = await prepareProbe(input.host, input.timeoutMs, options);
  return runProbes(target, { ...input, startedAt }, options);
}
