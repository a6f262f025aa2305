// The probe client's errors as the popup, the options page and the CLI show them, in every language:
// real failures against a real backend and real non-backends on loopback, then every message.
import { createServer, type Server } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { closedPort } from '../../server/test-support/peers.ts';
import { otherTranslators, translationProblems } from '../../test/support/translations';
import { ENGLISH_MESSAGES, type MessageKey } from '../i18n/messages';
import type { Translator } from '../i18n';
import { createProbeClient, describeProbeError, ProbeClientError } from './client';
import { createNativeProbeClient, type NativePortLike } from './native-client';

const TOKEN = 'client-i18n-token-51c0d9';
let translators: Translator[] = [];
let backend: FastifyInstance;
let baseUrl: string;
let other: Server;
let otherUrl: string;

beforeAll(async () => {
  translators = await otherTranslators();
  // Not in lab mode: loopback and private targets are refused before any connection.
  backend = await buildApp({ token: TOKEN, lab: false });
  baseUrl = await backend.listen({ host: '127.0.0.1', port: 0 });
  other = createServer((req, res) => {
    if (req.url === '/hang/v1/health') return; // never answers (closed with the server)
    if (req.url === '/html/v1/health') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>It works!</h1>');
      return;
    }
    if (req.url === '/teapot/v1/health') {
      res.writeHead(418, { 'content-type': 'application/json' }).end('{"hello":"world"}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"hello":"world"}');
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', () => resolve()));
  otherUrl = `http://127.0.0.1:${(other.address() as { port: number }).port}`;
});

afterAll(async () => {
  other.closeAllConnections();
  await new Promise<void>((resolve) => other.close(() => resolve()));
  await backend.close();
});

async function failure(promise: Promise<unknown>): Promise<ProbeClientError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProbeClientError);
  return error as ProbeClientError;
}

/**
 * The error in English (its message) and in the five languages: facts kept, no English left.
 * `verbatim`: a command or the browser's own words, which every language shows as they are.
 */
function problemsOf(error: ProbeClientError, where: string, verbatim: readonly string[] = []): string[] {
  expect(describeProbeError(error)).toBe(error.message);
  const without = (text: string) => verbatim.reduce((t, v) => t.replace(v, ' | '), text);
  return translators.flatMap((translator) => {
    const local = describeProbeError(error, translator);
    const lost = verbatim
      .filter((v) => !local.includes(v))
      .map((v) => `${translator.locale} ${where}: lost "${v}"`);
    return [
      ...lost,
      ...translationProblems(without(local), without(error.message), `${translator.locale} ${where}`),
    ];
  });
}

describe('probe client errors in every language', () => {
  it('real failures: not running, slow, refused target and port, wrong token, not the backend', async () => {
    const client = createProbeClient({ baseUrl, token: TOKEN });
    const closed = await closedPort();
    const cases: Array<[string, () => Promise<unknown>, RegExp]> = [
      [
        'not running',
        () => createProbeClient({ baseUrl: `http://127.0.0.1:${closed}`, token: TOKEN }).health(),
        /^no probe backend answers at http:\/\/127\.0\.0\.1:\d+\. Start it on this computer with: npx smtp-doctor serve/,
      ],
      [
        'timeout',
        () => createProbeClient({ baseUrl: `${otherUrl}/hang`, token: TOKEN, healthTimeoutMs: 300 }).health(),
        /did not answer within 300 ms$/,
      ],
      [
        'private target',
        () => client.probe('10.0.0.1', [25]),
        /^target refused: 10\.0\.0\.1 is a private address$/,
      ],
      [
        'loopback target',
        () => client.probe('127.0.0.1', [587]),
        /^target refused: 127\.0\.0\.1 is a loopback address$/,
      ],
      [
        'local name',
        () => client.probe('printer.local', [587]),
        /^target refused: "printer\.local" is a local name$/,
      ],
      ['not a host', () => client.probe('smtp.example.com/x', [587]), /is not a host name or IP address$/],
      [
        'port',
        () => client.probe('smtp.example.com', [22, 23]),
        /^ports 22, 23 not allowed; this backend probes 25, 465, 587, 2525$/,
      ],
      [
        'wrong token',
        () => createProbeClient({ baseUrl, token: 'wrong-token-000000' }).health(),
        /refused the token: wrong token$/,
      ],
      [
        'html',
        () => createProbeClient({ baseUrl: `${otherUrl}/html`, token: TOKEN }).health(),
        /did not answer with JSON/,
      ],
      [
        'other json',
        () => createProbeClient({ baseUrl: otherUrl, token: TOKEN }).health(),
        /is not an SMTP Doctor probe backend$/,
      ],
      [
        'other status',
        () => createProbeClient({ baseUrl: `${otherUrl}/teapot`, token: TOKEN }).health(),
        /unexpected answer from .* \(HTTP 418\)$/,
      ],
    ];
    const problems: string[] = [];
    for (const [where, promise, english] of cases) {
      const error = await failure(promise());
      expect(error.message, where).toMatch(english);
      problems.push(...problemsOf(error, where));
    }
    expect(problems).toEqual([]);
  });

  it('the helper: not installed, not enabled in this page, refused by the browser', async () => {
    const missing: NativePortLike = {
      postMessage: () => {},
      disconnect: () => {},
      onMessage: { addListener: () => {} },
      onDisconnect: { addListener: (listener) => queueMicrotask(listener) },
    };
    const cases: Array<[string, () => Promise<unknown>, string[]]> = [
      [
        'not installed',
        () =>
          createNativeProbeClient({
            connect: () => missing,
            disconnectReason: () => 'Specified native messaging host not found.',
          }).health(),
        ['npx smtp-doctor native install', 'Specified native messaging host not found.'],
      ],
      ['no api', () => createNativeProbeClient({ connect: () => null }).health(), ['nativeMessaging']],
      [
        'refused by the browser',
        () =>
          createNativeProbeClient({
            connect: () => {
              throw new Error('Access to the specified native messaging host is forbidden.');
            },
          }).health(),
        ['Access to the specified native messaging host is forbidden.'],
      ],
    ];
    const problems: string[] = [];
    for (const [where, promise, verbatim] of cases)
      problems.push(...problemsOf(await failure(promise()), where, verbatim));
    expect(problems).toEqual([]);
  });

  it('every client and helper message, with sample facts', () => {
    const samples = { url: 'http://127.0.0.1:8025', ms: 3000, command: 'npx smtp-doctor serve', status: 502 };
    const problems: string[] = [];
    const keys = Object.keys(ENGLISH_MESSAGES).filter((k) => /^probes\.(?:client|native)\./.test(k));
    expect(keys.length).toBeGreaterThan(20);
    for (const key of keys as MessageKey[]) {
      // A quoted error from elsewhere stays as it came: here a code, so any English left is ours.
      const params = { ...samples, why: 'ECONNRESET', error: 'E_UPSTREAM' };
      problems.push(...problemsOf(new ProbeClientError('bad-response', { key, params }), key));
    }
    expect(problems).toEqual([]);
  });
});
