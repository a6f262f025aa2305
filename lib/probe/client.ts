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
import type { MessageParams } from '../i18n/format';
import type { MessageKey } from '../i18n/messages';
import { ENGLISH, type Translator } from '../i18n/translator';
import { readRefusal, refusalText, type RefusalReason } from './refusal';
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

/** What went wrong as a message and its facts, or the backend's reason for a refusal: sayable in any language. */
export type ProbeErrorText = { key: MessageKey; params?: MessageParams } | { reason: RefusalReason };

/** `message` is the English sentence (logs, tests); show describeProbeError(error, translator). */
export class ProbeClientError extends Error {
  constructor(
    readonly kind: ProbeClientErrorKind,
    readonly text: ProbeErrorText,
    /** HTTP status, when there was an answer. */
    readonly status?: number,
  ) {
    super(sayText(text, ENGLISH));
    this.name = 'ProbeClientError';
  }
}

function sayText(text: ProbeErrorText, translator: Translator): string {
  return 'reason' in text ? refusalText(text.reason, translator) : translator.t(text.key, text.params);
}

/** The error in the reader's language, as the popup, the options page and the CLI show it. */
export function describeProbeError(error: ProbeClientError, translator: Translator = ENGLISH): string {
  return sayText(error.text, translator);
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
        return new ProbeClientError('timeout', {
          key: 'probes.client.timeout',
          params: { url: baseUrl, ms: timeoutMs },
        });
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
            error instanceof Error && error.message
              ? {
                  key: 'probes.client.notRunningWhy',
                  params: { url: baseUrl, command: START_BACKEND_COMMAND, why: error.message },
                }
              : { key: 'probes.client.notRunning', params: { url: baseUrl, command: START_BACKEND_COMMAND } },
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
    const { status } = response;
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return new ProbeClientError(
        'bad-response',
        { key: 'probes.client.notBackend', params: { url: baseUrl, status } },
        status,
      );
    }
    if (!isObject(body) || typeof body.error !== 'string')
      return new ProbeClientError(
        'bad-response',
        { key: 'probes.client.unexpectedAnswer', params: { url: baseUrl, status } },
        status,
      );
    return refusalError(status, body.error);
  }

  async function json(response: Response): Promise<unknown> {
    if (!/^application\/json\b/.test(response.headers.get('content-type') ?? '')) {
      throw new ProbeClientError(
        'bad-response',
        { key: 'probes.client.notJson', params: { url: baseUrl } },
        response.status,
      );
    }
    try {
      return await response.json();
    } catch {
      throw new ProbeClientError(
        'bad-response',
        { key: 'probes.client.malformedJson', params: { url: baseUrl } },
        response.status,
      );
    }
  }

  async function readStream(response: Response, onResult: (r: PortResult) => void): Promise<ProbeResponse> {
    const reader = response.body?.getReader();
    if (!reader) throw new ProbeClientError('bad-response', { key: 'probes.client.noBody' });
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
          throw new ProbeClientError('bad-response', { key: 'probes.client.malformedLine' });
        }
        if (event.type === 'result' && isPortResult(event.result)) onResult(event.result);
        else if (event.type === 'done' && isProbeResponse(event.response)) {
          await reader.cancel().catch(() => {});
          return event.response;
        } else if (event.type === 'error')
          throw new ProbeClientError('bad-response', {
            key: 'probes.client.probeFailed',
            params: { error: String(event.error) },
          });
        else throw new ProbeClientError('bad-response', { key: 'probes.client.unexpectedLine' });
      }
      if (done) throw new ProbeClientError('bad-response', { key: 'probes.client.cutShort' });
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
            throw new ProbeClientError('bad-response', {
              key: 'probes.client.notSmtpDoctor',
              params: { url: baseUrl },
            });
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
            throw new ProbeClientError('bad-response', { key: 'probes.client.notProbeResults' });
          }
          body.results.forEach((r) => callOptions.onResult?.(r));
          return body;
        },
      );
    },
  };
}

/**
 * A refusal (HTTP 4xx/5xx, or the native host's "refused"): its kind by status; its text by the
 * reason the backend's English `error` was written from, when this client knows it (so the reader
 * gets it in their language), else that `error` as it is.
 */
export function refusalError(status: number, error: string): ProbeClientError {
  const known = readRefusal(error);
  const kind: ProbeClientErrorKind =
    status === 401 ? 'unauthorized' : status >= 500 && status !== 503 ? 'bad-response' : 'refused';
  if (status === 401 && (known?.code === 'token-missing' || known?.code === 'token-wrong')) {
    const key = known.code === 'token-missing' ? 'probes.client.tokenMissing' : 'probes.client.tokenWrong';
    return new ProbeClientError(kind, { key }, status);
  }
  if (known) return new ProbeClientError(kind, { reason: known }, status);
  const key = status === 401 ? 'probes.client.tokenRefused' : 'probes.client.refused';
  return new ProbeClientError(kind, { key, params: { error } }, status);
}
