import {
  ProbeClientError,
  createProbeClient,
  describeProbeError,
  type ProbeClient,
} from '../lib/probe/client';
import type { PortResult, ProbeResponse } from '../lib/probe/types';
import { ENGLISH, type Translator } from '../lib/i18n/translator';
import { isLoopbackUrl } from '../lib/probe/loopback';

export interface ProbeJob {
  host: string;
  ports: number[];
}

/** How a probe run ended, as the popup shows it. */
export type ProbeOutcome =
  | { ok: true; response: ProbeResponse }
  | { ok: false; kind: 'not-running' | 'unauthorized' | 'refused' | 'error'; message: string };

/** Runs one probe, reporting each port as it finishes. */
export type ProbeRunner = (
  job: ProbeJob,
  onResult: (result: PortResult) => void,
  signal: AbortSignal,
) => Promise<ProbeOutcome>;

/** "25, 587 2525" → [25, 587, 2525]; invalid entries dropped, duplicates removed. */
export function parsePorts(text: string): number[] {
  const ports = text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= 1 && n <= 65535);
  return [...new Set(ports)].slice(0, 8);
}

/**
 * The popup talks to the backend itself: it listens on loopback and allows the extension's
 * origin by CORS, so no host permission is needed, and the per-port stream goes straight to
 * the panel that shows it. Closing the popup aborts the run (the backend's own deadlines end it).
 */
export function clientRunner(
  backend: { url: string; token: string } | ProbeClient,
  translator: Translator = ENGLISH,
): ProbeRunner {
  return async (job, onResult, signal) => {
    const client = clientOf(backend);
    try {
      const response = await client.probe(job.host, job.ports, { signal, onResult });
      return { ok: true, response };
    } catch (error) {
      return failedOutcome(error, client, translator);
    }
  };
}

/** A failed run as the panels show it, in the reader's language. */
function failedOutcome(
  error: unknown,
  client: ProbeClient,
  translator: Translator,
): { ok: false; kind: 'not-running' | 'unauthorized' | 'refused' | 'error'; message: string } {
  if (error instanceof ProbeClientError) {
    const kind = outcomeKind(error, client);
    return { ok: false, kind, message: capitalise(describeProbeError(error, translator)) };
  }
  return { ok: false, kind: 'error', message: error instanceof Error ? error.message : String(error) };
}

/**
 * How the panels show a failure. A native host that is missing is not a server to start:
 * its message already names the install command, so it is shown as it is.
 */
function outcomeKind(
  error: ProbeClientError,
  client: ProbeClient,
): 'not-running' | 'unauthorized' | 'refused' | 'error' {
  if (error.kind === 'timeout' || error.kind === 'bad-response') return 'error';
  if (error.kind === 'not-running' && client.baseUrl.startsWith('native:')) return 'error';
  return error.kind;
}

/** A probe server's address and token, or a ready client (the native one). */
function clientOf(backend: { url: string; token: string } | ProbeClient): ProbeClient {
  return 'probe' in backend ? backend : createProbeClient({ baseUrl: backend.url, token: backend.token });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Outcome of the optional login check. */
export type LoginOutcome =
  | { ok: true; login: NonNullable<ProbeResponse['login']>; response: ProbeResponse }
  | { ok: false; kind: 'not-running' | 'unauthorized' | 'refused' | 'error'; message: string };

export type LoginRunner = (
  job: { host: string; port: number; user: string; pass: string },
  signal: AbortSignal,
) => Promise<LoginOutcome>;

/** The login check goes through the same backend; the password is sent once and kept nowhere. */
export function clientLogin(
  backend: { url: string; token: string } | ProbeClient,
  translator: Translator = ENGLISH,
): LoginRunner {
  const { t } = translator;
  return async (job, signal) => {
    // The password goes only to a backend on this computer (or the native helper): over the
    // network it would travel in clear text to a server that refuses the check anyway.
    if (!('probe' in backend) && !isLoopbackUrl(backend.url))
      return { ok: false, kind: 'refused', message: t('probes.runner.loginNotLocal') };
    const client = clientOf(backend);
    try {
      const response = await client.probe(job.host, [job.port], {
        signal,
        login: { port: job.port, user: job.user, pass: job.pass },
      });
      if (!response.login) return { ok: false, kind: 'error', message: t('probes.runner.noLogin') };
      return { ok: true, login: response.login, response };
    } catch (error) {
      return failedOutcome(error, client, translator);
    }
  };
}
