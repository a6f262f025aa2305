/**
 * The probe client over native messaging: the same ProbeClient as the HTTP one (same
 * calls, results and error kinds), talking to `smtp-doctor native host` through a port
 * the caller opens (`runtime.connectNative`; lib stays free of browser APIs).
 * Each call opens its own port: the browser starts the host for it and stops it when
 * the port closes, so nothing keeps running between probes.
 */
import {
  ProbeClientError,
  refusalError,
  isPortResult,
  isProbeResponse,
  type ProbeCallOptions,
  type ProbeClient,
} from './client';
import { NATIVE_HOST_NAME, NATIVE_INSTALL_COMMAND, type NativeReply, type NativeRequest } from './native';
import { PROBE_TIMEOUT_MS, type HealthResponse, type ProbeRequest, type ProbeResponse } from './types';

/** The part of a runtime.Port this client uses. */
export interface NativePortLike {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface NativeProbeClientOptions {
  /**
   * Opens a port to the host: null when this page has no native messaging (the permission is
   * not granted, or came after the page loaded); throws when the browser refuses.
   */
  connect: () => NativePortLike | null;
  /** Why a port closed, as the browser tells it (Chromium: runtime.lastError; Firefox: port.error). */
  disconnectReason?: (port: NativePortLike) => string | undefined;
  /** Deadline for health checks, in ms (default 10000: it includes starting the host). */
  healthTimeoutMs?: number;
}

/** A probe's deadline beyond its per-port one: starting the host, resolution, TLS. */
const PROBE_MARGIN_MS = 10_000;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function createNativeProbeClient(options: NativeProbeClientOptions): ProbeClient {
  /**
   * Send one request on a new port; `onReply` returns a value to finish with, or
   * undefined to wait for more. Every way the port can end becomes a ProbeClientError.
   */
  function call<T>(
    request: NativeRequest,
    timeoutMs: number,
    signal: AbortSignal | undefined,
    onReply: (reply: NativeReply) => T | undefined,
  ): Promise<T> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    let port: NativePortLike | null;
    try {
      port = options.connect();
    } catch (error) {
      return Promise.reject(
        new ProbeClientError('not-running', {
          key: 'probes.native.notEnabled',
          params: { why: error instanceof Error ? error.message : String(error) },
        }),
      );
    }
    if (!port) return Promise.reject(new ProbeClientError('not-running', { key: 'probes.native.noApi' }));
    const open = port;
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const finish = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        open.disconnect();
        outcome();
      };
      const fail = (error: unknown) => finish(() => reject(error));
      const timer = setTimeout(
        () =>
          fail(new ProbeClientError('timeout', { key: 'probes.native.timeout', params: { ms: timeoutMs } })),
        timeoutMs,
      );
      const onAbort = () => fail(signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });

      open.onDisconnect.addListener(() => {
        const reason = options.disconnectReason?.(open);
        fail(
          new ProbeClientError(
            'not-running',
            reason
              ? {
                  key: 'probes.native.notInstalledWhy',
                  params: { command: NATIVE_INSTALL_COMMAND, why: reason },
                }
              : { key: 'probes.native.notInstalled', params: { command: NATIVE_INSTALL_COMMAND } },
          ),
        );
      });
      open.onMessage.addListener((message) => {
        if (settled) return;
        if (!isObject(message) || message.id !== request.id || typeof message.type !== 'string') {
          fail(new ProbeClientError('bad-response', { key: 'probes.native.unexpected' }));
          return;
        }
        const reply = message as NativeReply;
        if (reply.type === 'refused') {
          fail(refusalError(reply.status, String(reply.error)));
          return;
        }
        if (reply.type === 'error') {
          fail(
            new ProbeClientError('bad-response', {
              key: 'probes.client.probeFailed',
              params: { error: String(reply.error) },
            }),
          );
          return;
        }
        try {
          const value = onReply(reply);
          if (value !== undefined) finish(() => resolve(value));
        } catch (error) {
          fail(error);
        }
      });
      try {
        open.postMessage(request);
      } catch (error) {
        fail(
          new ProbeClientError('not-running', {
            key: 'probes.native.unreachable',
            params: { why: String(error) },
          }),
        );
      }
    });
  }

  return {
    baseUrl: `native:${NATIVE_HOST_NAME}`,
    health(signal) {
      return call<HealthResponse>(
        { id: 1, type: 'health' },
        options.healthTimeoutMs ?? 10_000,
        signal,
        (reply) => {
          if (reply.type === 'health' && isObject(reply.health) && reply.health.ok === true)
            return reply.health;
          throw new ProbeClientError('bad-response', { key: 'probes.native.notHost' });
        },
      );
    },
    probe(host, ports, callOptions: ProbeCallOptions = {}) {
      const perPort = callOptions.timeoutMs ?? PROBE_TIMEOUT_MS.default;
      const request: ProbeRequest = { host, ports: [...ports], timeoutMs: perPort };
      if (callOptions.login) request.login = callOptions.login;
      return call<ProbeResponse>(
        { id: 1, type: 'probe', request },
        perPort + PROBE_MARGIN_MS,
        callOptions.signal,
        (reply) => {
          if (reply.type === 'result' && isPortResult(reply.result)) {
            callOptions.onResult?.(reply.result);
            return undefined;
          }
          if (reply.type === 'done' && isProbeResponse(reply.response)) return reply.response;
          throw new ProbeClientError('bad-response', { key: 'probes.native.unexpected' });
        },
      );
    },
  };
}
