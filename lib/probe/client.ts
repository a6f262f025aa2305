/**
 * Typed client for the probe backend (`smtp-doctor serve`), for the extension's
 * background worker and anything else that speaks to it. Every failure is a
 * ProbeClientError with a kind the UI can act on:
 *   not-running   nothing answers at the URL (tell the user how to start it)
 *   unauthorized  the token is missing or wrong (401)
 *   refused       the backend refused the request: target, port, rate limit, busy (4xx, 503)
 *   timeout       no answer in time
 *   bad-response  something answered, but not the probe backend's JSON
 */
import {
  DEFAULT_BACKEND_URL,
  NDJSON,
  PROBE_TIMEOUT_MS,
  START_BACKEND_COMMAND,
  type HealthResponse,
  type LoginRequest,
  type PortResult,
  type ProbeRequest,
  type ProbeResponse,
  type ProbeStreamEvent,
} from './types';

export type ProbeClientErrorKind = 'not-running' | 'unauthorized' | 'refused' | 'timeout' | 'bad-response';

export class ProbeClientError extends Error {
  constructor(
    readonly kind: ProbeClientErrorKind,
    message: string,
    /** HTTP status, when there was an answer. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ProbeClientError';
  }
}

export interface ProbeClientOptions {
  /** e.g. http://127.0.0.1:8025 (default). */
  baseUrl?: string;
  token: string;
  /** The fetch to use (tests, or a bound fetch in a worker). */
  fetch?: typeof fetch;
  /** Deadline for health checks, in ms (default 3000). */
  healthTimeoutMs?: number;
}

export interface ProbeCallOptions {
  signal?: AbortSignal;
  /** Per-port deadline asked of the backend (default 5000 ms); the call itself waits that plus a margin. */
  timeoutMs?: number;
  login?: LoginRequest;
  /** Called with each port's result as it arrives (the backend streams NDJSON). */
  onResult?: (result: PortResult) => void;
}

export interface ProbeClient {
  readonly baseUrl: string;
  health(signal?: AbortSignal): Promise<HealthResponse>;
  probe(host: string, ports: readonly number[], options?: ProbeCallOptions): Promise<ProbeResponse>;
}

/** What the wait for a probe adds to its per-port deadline: resolution, TLS, the trip to the backend. */
const PROBE_MARGIN_MS = 5000;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const TCP = new Set(['open', 'timeout', 'refused', 'unreachable', 'dns-error']);

export function isPortResult(value: unknown): value is PortResult {
  return (
    isObject(value) &&
    typeof value.port === 'number' &&
    typeof value.tcp === 'string' &&
    TCP.has(value.tcp) &&
    typeof value.ms === 'number' &&
    (value.tls === undefined || (isObject(value.tls) && typeof value.tls.ok === 'boolean')) &&
    (value.auth === undefined ||
      (Array.isArray(value.auth) && value.auth.every((m) => typeof m === 'string')))
  );
}

export function isProbeResponse(value: unknown): value is ProbeResponse {
  return (
    isObject(value) &&
    typeof value.host === 'string' &&
    Array.isArray(value.results) &&
    value.results.every(isPortResult) &&
    isObject(value.verdict) &&
    typeof value.verdict.summary === 'string' &&
    (value.verdict.category === undefined || typeof value.verdict.category === 'string')
  );
}

function isHealth(value: unknown): value is HealthResponse {
  return isObject(value) && value.ok === true && typeof value.version === 'string';
}

export function createProbeClient(options: ProbeClientOptions): ProbeClient {
  const baseUrl = (options.baseUrl ?? DEFAULT_BACKEND_URL).replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  /**
   * fetch, then `consume` the answer, all within one deadline; the caller's signal
   * aborts the way callers expect (its reason, usually an AbortError).
   */
  async function call<T>(
    path: string,
    init: RequestInit,
    timeoutMs: number,
    signal: AbortSignal | undefined,
    consume: (response: Response) => Promise<T>,
  ): Promise<T> {
    if (signal?.aborted) throw signal.reason;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const aborted = () => {
      if (timedOut) {
        return new ProbeClientError(
          'timeout',
          `the probe backend at ${baseUrl} did not answer within ${timeoutMs} ms`,
        );
      }
      return signal?.aborted ? signal.reason : undefined;
    };
    try {
      let response: Response;
      try {
        response = await doFetch(`${baseUrl}${path}`, {
          ...init,
          signal: controller.signal,
          headers: { ...(init.headers as Record<string, string>), Authorization: `Bearer ${options.token}` },
        });
      } catch (error) {
        throw (
          aborted() ??
          new ProbeClientError(
            'not-running',
            `no probe backend answers at ${baseUrl}. Start it on this computer with: ${START_BACKEND_COMMAND}` +
              (error instanceof Error && error.message ? ` (${error.message})` : ''),
          )
        );
      }
      try {
        return await consume(response);
      } catch (error) {
        throw aborted() ?? error;
      }
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  async function failure(response: Response): Promise<ProbeClientError> {
    let message = `HTTP ${response.status}`;
    try {
      const body: unknown = await response.json();
      if (isObject(body) && typeof body.error === 'string') message = body.error;
      else
        return new ProbeClientError(
          'bad-response',
          `unexpected answer from ${baseUrl} (${message})`,
          response.status,
        );
    } catch {
      return new ProbeClientError(
        'bad-response',
        `${baseUrl} answered ${message}, not as the probe backend`,
        response.status,
      );
    }
    if (response.status === 401)
      return new ProbeClientError('unauthorized', `the backend refused the token: ${message}`, 401);
    if (response.status >= 500 && response.status !== 503)
      return new ProbeClientError('bad-response', message, response.status);
    return new ProbeClientError('refused', message, response.status);
  }

  async function json(response: Response): Promise<unknown> {
    if (!/^application\/json\b/.test(response.headers.get('content-type') ?? '')) {
      throw new ProbeClientError(
        'bad-response',
        `${baseUrl} did not answer with JSON: is it the probe backend?`,
        response.status,
      );
    }
    try {
      return await response.json();
    } catch {
      throw new ProbeClientError('bad-response', `${baseUrl} sent malformed JSON`, response.status);
    }
  }

  async function readStream(response: Response, onResult: (r: PortResult) => void): Promise<ProbeResponse> {
    const reader = response.body?.getReader();
    if (!reader) throw new ProbeClientError('bad-response', 'the backend sent no body');
    const decoder = new TextDecoder();
    let buffered = '';
    for (;;) {
      const { value, done } = await reader.read();
      buffered += decoder.decode(value, { stream: !done });
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline).trim();
        buffered = buffered.slice(newline + 1);
        if (!line) continue;
        let event: ProbeStreamEvent;
        try {
          event = JSON.parse(line) as ProbeStreamEvent;
        } catch {
          throw new ProbeClientError('bad-response', 'the backend sent a malformed line');
        }
        if (event.type === 'result' && isPortResult(event.result)) onResult(event.result);
        else if (event.type === 'done' && isProbeResponse(event.response)) {
          await reader.cancel().catch(() => {});
          return event.response;
        } else if (event.type === 'error')
          throw new ProbeClientError('bad-response', `the probe failed: ${event.error}`);
        else throw new ProbeClientError('bad-response', 'the backend sent an unexpected line');
      }
      if (done) throw new ProbeClientError('bad-response', 'the backend ended the answer before the verdict');
    }
  }

  return {
    baseUrl,
    health(signal) {
      return call(
        '/v1/health',
        { method: 'GET' },
        options.healthTimeoutMs ?? 3000,
        signal,
        async (response) => {
          if (!response.ok) throw await failure(response);
          const body = await json(response);
          if (!isHealth(body))
            throw new ProbeClientError('bad-response', `${baseUrl} is not an SMTP Doctor probe backend`);
          return body;
        },
      );
    },

    probe(host, ports, callOptions = {}) {
      const perPort = callOptions.timeoutMs ?? PROBE_TIMEOUT_MS.default;
      const request: ProbeRequest = { host, ports: [...ports], timeoutMs: perPort };
      if (callOptions.login) request.login = callOptions.login;
      const streaming = callOptions.onResult !== undefined;
      return call(
        '/v1/probe',
        {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Accept: streaming ? `${NDJSON}, application/json` : 'application/json',
          },
          body: JSON.stringify(request),
        },
        perPort + PROBE_MARGIN_MS,
        callOptions.signal,
        async (response) => {
          if (!response.ok) throw await failure(response);
          if (streaming && (response.headers.get('content-type') ?? '').startsWith(NDJSON)) {
            return readStream(response, callOptions.onResult!);
          }
          const body = await json(response);
          if (!isProbeResponse(body)) {
            throw new ProbeClientError('bad-response', 'the backend answered, but not with probe results');
          }
          body.results.forEach((r) => callOptions.onResult?.(r));
          return body;
        },
      );
    },
  };
}
