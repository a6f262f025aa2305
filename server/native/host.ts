/**
 * `smtp-doctor native host`: the program a browser starts for the extension's
 * `runtime.connectNative`, speaking native messaging on stdin/stdout.
 *
 * It is a transport, not a second backend: every request goes to the same Fastify
 * app as `smtp-doctor serve` through Fastify's in-process `inject` (no socket is
 * opened), so the schema, the port allow-list, the target guard, the concurrency cap,
 * the rate limit and the result shapes are the HTTP path's own. The token is a random
 * one that never leaves this process; the browser's allow-list in the host manifest
 * decides who may start the host at all.
 */
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { NATIVE_LIMITS, type NativeReply, type NativeRequest } from '../../lib/probe/native.ts';
import { NDJSON, type ProbeStreamEvent } from '../../lib/probe/types.ts';
import { buildApp, type AppOptions } from '../app.ts';
import { encodeMessage, FramingError, MessageReader } from './framing.ts';

export interface NativeHostOptions extends Pick<
  AppOptions,
  'lab' | 'allowPorts' | 'resolve' | 'connectPort' | 'trustedCa'
> {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** The caller, as Chromium passes it (`chrome-extension://<id>/`); Firefox passes no origin. */
  origin?: string;
  /** Diagnostics (never stdout: that is the message channel). */
  log?: (line: string) => void;
}

const CHROME_ORIGIN = /^chrome-extension:\/\/[a-p]{32}\/?$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Runs until the browser closes stdin; resolves with the exit code once every answer is written. */
export async function runNativeHost(options: NativeHostOptions): Promise<number> {
  const token = randomBytes(24).toString('base64url');
  const origin =
    options.origin && CHROME_ORIGIN.test(options.origin) ? options.origin.replace(/\/$/, '') : undefined;
  const app = await buildApp({
    token,
    lab: options.lab,
    allowPorts: options.allowPorts,
    resolve: options.resolve,
    connectPort: options.connectPort,
    trustedCa: options.trustedCa,
    corsOrigins: origin ? [origin] : undefined,
    log: false,
  });
  const headers = {
    authorization: `Bearer ${token}`,
    ...(origin ? { origin } : {}),
  };

  const send = (reply: NativeReply) => {
    let frame = encodeMessage(reply);
    if (frame.length - 4 > NATIVE_LIMITS.maxReplyBytes) {
      frame = encodeMessage({
        id: reply.id,
        type: 'error',
        error: 'the answer is too large for a native message',
      });
    }
    options.output.write(frame);
  };

  async function handle(message: unknown): Promise<void> {
    const id = isObject(message) && Number.isSafeInteger(message.id) ? (message.id as number) : 0;
    if (!isObject(message) || (message.type !== 'health' && message.type !== 'probe')) {
      send({
        id,
        type: 'refused',
        status: 400,
        error: 'invalid request: expected {id, type: "health" | "probe"}',
      });
      return;
    }
    const request = message as unknown as NativeRequest;
    if (request.type === 'health') {
      const response = await app.inject({ method: 'GET', url: '/v1/health', headers });
      if (response.statusCode === 200) send({ id, type: 'health', health: response.json() });
      else send(refusal(id, response.statusCode, response.body));
      return;
    }
    const response = await app.inject({
      method: 'POST',
      url: '/v1/probe',
      headers: { ...headers, 'content-type': 'application/json', accept: NDJSON },
      payload: JSON.stringify(request.request ?? null),
      payloadAsStream: true,
    });
    const stream = response.stream();
    if (response.statusCode !== 200) {
      send(refusal(id, response.statusCode, await text(stream)));
      return;
    }
    // The app streams one NDJSON line per port, then the verdict: each line becomes a message.
    for await (const line of lines(stream)) {
      send({ id, ...(JSON.parse(line) as ProbeStreamEvent) });
    }
  }

  const reader = new MessageReader(NATIVE_LIMITS.maxRequestBytes);
  const inFlight = new Set<Promise<void>>();
  let exitCode = 0;
  try {
    for await (const chunk of options.input as AsyncIterable<Buffer>) {
      for (const message of reader.push(chunk)) {
        const task = handle(message).catch((error: Error) => {
          options.log?.(`request failed: ${error.message}`);
          send({ id: isObject(message) ? Number(message.id) || 0 : 0, type: 'error', error: 'probe failed' });
        });
        inFlight.add(task);
        void task.finally(() => inFlight.delete(task));
      }
    }
  } catch (error) {
    if (!(error instanceof FramingError)) throw error;
    // The stream cannot be resynchronised after a bad frame: say why, then stop.
    options.log?.(error.message);
    send({ id: 0, type: 'refused', status: error.status, error: error.message });
    exitCode = 1;
  }
  await Promise.all(inFlight);
  await app.close();
  await new Promise<void>((resolve) => options.output.end(resolve));
  return exitCode;
}

function refusal(id: number, status: number, body: string): NativeReply {
  let error = `HTTP ${status}`;
  try {
    const parsed: unknown = JSON.parse(body);
    if (isObject(parsed) && typeof parsed.error === 'string') error = parsed.error;
  } catch {
    // Not JSON: keep the status.
  }
  return { id, type: 'refused', status, error };
}

async function text(stream: Readable): Promise<string> {
  stream.setEncoding('utf8');
  let body = '';
  for await (const chunk of stream) body += String(chunk);
  return body;
}

async function* lines(stream: Readable): AsyncGenerator<string> {
  stream.setEncoding('utf8');
  let buffered = '';
  for await (const chunk of stream) {
    buffered += String(chunk);
    let newline: number;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, newline).trim();
      buffered = buffered.slice(newline + 1);
      if (line) yield line;
    }
  }
  if (buffered.trim()) yield buffered.trim();
}
