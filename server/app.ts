/**
 * The probe backend's HTTP API (Fastify 5): `GET /v1/health`, `POST /v1/probe`.
 *
 * Request path, in order:
 *   onRequest   Host header (loopback binds: DNS-rebinding defence) → Origin (extensions only)
 *               → CORS preflight → rate limit (per client, with and without a valid token apart)
 *   preParsing  token (before the body is even parsed)
 *   validation  JSON schema, nothing coerced, nothing extra
 *   handler     port allow-list → concurrency cap → target check + resolution → probes
 * Every answer is JSON; every refusal is a 4xx `{error}`, logged by sample (see LogSampler).
 */
import { PassThrough } from 'node:stream';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, {
  LogController,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import {
  NDJSON,
  PROBE_TIMEOUT_MS,
  type ErrorResponse,
  type HealthResponse,
  type ProbeRequest,
  type ProbeStreamEvent,
} from '../lib/probe/types.ts';
import {
  allowedPorts,
  checkPorts,
  GuardError,
  isAllowedOrigin,
  isLoopbackBind,
  isLoopbackHostHeader,
  type Resolver,
} from './guard.ts';
import { refusalText, type RefusalReason } from '../lib/probe/refusal.ts';
import { prepareProbe, runProbes } from './probe/index.ts';
import { LogSampler, type Suppressed } from './sampled-log.ts';
import { bearerToken, tokensMatch } from './token.ts';
import { VERSION } from './version.ts';

export interface AppOptions {
  token: string;
  /** Allow loopback targets (tests, local experiments). */
  lab?: boolean;
  /** Ports added to 25, 465, 587, 2525. */
  allowPorts?: number[];
  /** The address the server will listen on: loopback enables the login check and the Host check. */
  bindHost?: string;
  /**
   * Requests per client per window (default 60 per minute), counted apart for requests with the
   * valid token and without it, so nobody without the token can use up the extension's share.
   */
  rateLimit?: { max: number; timeWindowMs: number };
  /** Refusals logged per window (default the first 10 a minute); the rest are counted in one line. */
  refusalLog?: { perWindow: number; windowMs: number };
  /** Probe requests running at once, over all clients (default 4); more get a 503. */
  maxConcurrentProbes?: number;
  /** Largest request body in bytes (default 4 KiB). */
  bodyLimit?: number;
  /** Exact origins allowed (e.g. chrome-extension://<id>); default: any extension origin. */
  corsOrigins?: string[];
  /** Logging: a stream for pino's JSON lines, or false. */
  log?: NodeJS.WritableStream | false;
  /** Test hooks for the prober: resolver, port mapping, extra trust anchors. */
  resolve?: Resolver;
  connectPort?: (port: number) => number;
  trustedCa?: readonly string[];
}

export const DEFAULT_LIMITS = {
  rateLimit: { max: 60, timeWindowMs: 60_000 },
  maxConcurrentProbes: 4,
  bodyLimit: 4096,
  refusalLog: { perWindow: 10, windowMs: 60_000 },
} as const;

const probeBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['host', 'ports'],
  properties: {
    host: { type: 'string', minLength: 1, maxLength: 255 },
    ports: {
      type: 'array',
      minItems: 1,
      maxItems: 8,
      uniqueItems: true,
      items: { type: 'integer', minimum: 1, maximum: 65535 },
    },
    timeoutMs: { type: 'integer', minimum: PROBE_TIMEOUT_MS.min, maximum: PROBE_TIMEOUT_MS.max },
    login: {
      type: 'object',
      additionalProperties: false,
      required: ['port', 'user', 'pass'],
      properties: {
        port: { type: 'integer', minimum: 1, maximum: 65535 },
        user: { type: 'string', minLength: 1, maxLength: 320 },
        pass: { type: 'string', minLength: 1, maxLength: 1024 },
      },
    },
  },
} as const;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const lab = options.lab ?? false;
  const ports = allowedPorts(options.allowPorts);
  const bindHost = options.bindHost ?? '127.0.0.1';
  const loopbackOnly = isLoopbackBind(bindHost);
  const limits = {
    rateLimit: options.rateLimit ?? DEFAULT_LIMITS.rateLimit,
    maxConcurrentProbes: options.maxConcurrentProbes ?? DEFAULT_LIMITS.maxConcurrentProbes,
    bodyLimit: options.bodyLimit ?? DEFAULT_LIMITS.bodyLimit,
  };
  const corsOrigins = options.corsOrigins ?? [];
  const refusalLog = options.refusalLog ?? DEFAULT_LIMITS.refusalLog;

  const app = Fastify({
    bodyLimit: limits.bodyLimit,
    logger:
      options.log === false || options.log === undefined ? false : { level: 'info', stream: options.log },
    // Requests are not logged wholesale (a probe line is logged instead), so no header can leak.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: false,
    requestTimeout: 30_000,
    connectionTimeout: 30_000,
    forceCloseConnections: true,
    // Validate exactly what was sent: no type coercion, no silently dropped properties.
    ajv: {
      customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: false, allErrors: false },
    },
  });

  const authorized = (request: FastifyRequest) => {
    const presented = bearerToken(request.headers.authorization);
    return presented !== undefined && tokensMatch(presented, options.token);
  };

  // Refusals are what a flood causes: the first few per window get a line each, the rest a count.
  // Token holders' refusals are sampled apart, so a flood without the token cannot hide them.
  const refusals = { token: new LogSampler(refusalLog), 'no-token': new LogSampler(refusalLog) };
  let summaryTimer: NodeJS.Timeout | undefined;
  const logSuppressed = (s: Suppressed, token: boolean) =>
    app.log.warn(
      { suppressed: s.count, byStatus: s.byKind, token, windowMs: s.windowMs },
      'refusals not logged',
    );
  const flushSuppressed = () => {
    clearTimeout(summaryTimer);
    summaryTimer = undefined;
    for (const [bucket, sampler] of Object.entries(refusals)) {
      const summary = sampler.flush();
      if (summary) logSuppressed(summary, bucket === 'token');
    }
  };
  app.addHook('onClose', async () => flushSuppressed());

  /** A refusal: `{error}` in English; a reason's text comes from its message (lib/probe/refusal.ts). */
  function refuse(reply: FastifyReply, status: number, why: string | RefusalReason): FastifyReply {
    const error = typeof why === 'string' ? why : refusalText(why);
    const token = authorized(reply.request);
    const sample = refusals[token ? 'token' : 'no-token'].take(String(status));
    if (sample.summary) logSuppressed(sample.summary, token);
    // Who, what status, why (never headers or body, so never a token or password).
    if (sample.write) reply.log.warn({ client: reply.request.ip, status, error }, 'refused');
    // The count is written when the next window's first refusal comes, or after one window anyway.
    else summaryTimer ??= setTimeout(flushSuppressed, refusalLog.windowMs).unref();
    return reply
      .code(status)
      .type('application/json')
      .send({ error } satisfies ErrorResponse);
  }

  // JSON only: drop Fastify's text/plain parser, so anything but application/json is a 415.
  app.removeContentTypeParser('text/plain');

  app.setErrorHandler(
    (error: Error & { statusCode?: number; code?: string; validation?: unknown }, request, reply) => {
      const status = error instanceof GuardError ? error.status : (error.statusCode ?? 500);
      if (status >= 500)
        request.log.error({ err: { message: error.message, code: error.code } }, 'request failed');
      if (error instanceof GuardError) return refuse(reply, status, error.reason);
      if (status >= 500) return refuse(reply, status, { code: 'internal' });
      const message =
        error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
          ? 'send JSON (Content-Type: application/json)'
          : error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
            ? `request body too large (limit ${limits.bodyLimit} bytes)`
            : error.validation
              ? `invalid request: ${error.message}`
              : error.message;
      return refuse(reply, status, message);
    },
  );

  app.addHook('onRequest', async (request, reply) => {
    if (loopbackOnly && !isLoopbackHostHeader(request.headers.host)) {
      return refuse(reply, 403, 'unexpected Host header (this backend answers only on its loopback address)');
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !isAllowedOrigin(origin, corsOrigins)) {
      return refuse(reply, 403, 'origin not allowed (only the SMTP Doctor extension may call this backend)');
    }
  });

  await app.register(cors, {
    origin: (origin, callback) =>
      callback(null, origin !== undefined && isAllowedOrigin(origin, corsOrigins)),
    methods: ['GET', 'POST'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Accept'],
    maxAge: 600,
  });

  await app.register(rateLimit, {
    global: false,
    max: limits.rateLimit.max,
    timeWindow: limits.rateLimit.timeWindowMs,
    // Two buckets per client: a valid token, or not (none, wrong, guessed). On loopback every local
    // process is the same client, so without this a tokenless flood would lock the extension out.
    keyGenerator: (request) => `${request.ip} ${authorized(request) ? 'token' : 'no-token'}`,
    // Thrown, then answered by the error handler above as {error}.
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      message: refusalText({
        code: 'rate-limited',
        params: { max: context.max, seconds: Math.max(1, Math.ceil(context.ttl / 1000)) },
      }),
    }),
  });

  // One app-wide hook, before the token check: every request counts, unknown paths and wrong tokens included.
  app.addHook('onRequest', app.rateLimit());

  app.addHook('preParsing', async (request, reply) => {
    if (!authorized(request)) {
      const missing = request.headers.authorization === undefined;
      return refuse(reply, 401, { code: missing ? 'token-missing' : 'token-wrong' });
    }
  });

  app.addHook('onSend', async (_request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Cache-Control', 'no-store');
  });

  app.setNotFoundHandler((request, reply) => {
    if (!authorized(request)) return refuse(reply, 401, 'missing or wrong token');
    return refuse(reply, 404, `no such endpoint: ${request.method} ${request.url.split('?')[0]}`);
  });

  app.get('/v1/health', async (): Promise<HealthResponse> => ({
    ok: true,
    version: VERSION,
    lab,
    ports,
    loginCheck: loopbackOnly,
  }));

  let running = 0;
  app.post('/v1/probe', { schema: { body: probeBodySchema } }, async (request, reply) => {
    const body = request.body as ProbeRequest;
    checkPorts(body.ports, ports);
    if (body.login) {
      if (!loopbackOnly) throw new GuardError({ code: 'login-needs-loopback' });
      checkPorts([body.login.port], ports);
    }
    if (running >= limits.maxConcurrentProbes) {
      reply.header('Retry-After', '2');
      return refuse(reply, 503, { code: 'busy', params: { running } });
    }
    running++;
    let released = false;
    const release = () => {
      if (!released) running--;
      released = true;
    };
    try {
      const startedAt = performance.now();
      const timeoutMs = body.timeoutMs ?? PROBE_TIMEOUT_MS.default;
      const probeOptions = {
        policy: { lab },
        resolve: options.resolve,
        connectPort: options.connectPort,
        trustedCa: options.trustedCa,
      };
      // Resolve and check the target before answering, so a refusal is a plain 4xx even when streaming.
      const target = await prepareProbe(body.host, timeoutMs, probeOptions);
      const input = { host: body.host, ports: body.ports, timeoutMs, login: body.login, startedAt };
      const log = (category: string | undefined, ms: number | undefined) =>
        request.log.info(
          {
            client: request.ip,
            target: target.host,
            ports: body.ports,
            login: Boolean(body.login),
            verdict: category ?? 'ok',
            ms,
          },
          'probe',
        );

      if ((request.headers.accept ?? '').includes(NDJSON)) {
        const stream = new PassThrough();
        const write = (event: ProbeStreamEvent) => stream.write(`${JSON.stringify(event)}\n`);
        runProbes(target, { ...input, onResult: (result) => write({ type: 'result', result }) }, probeOptions)
          .then((response) => {
            log(response.verdict.category, response.ms);
            write({ type: 'done', response });
          })
          .catch((error: Error) => {
            request.log.error({ err: { message: error.message } }, 'probe failed');
            write({ type: 'error', error: 'probe failed' });
          })
          .finally(() => {
            release();
            stream.end();
          });
        return reply.type(NDJSON).send(stream);
      }
      const response = await runProbes(target, input, probeOptions);
      log(response.verdict.category, response.ms);
      release();
      return response;
    } catch (error) {
      release();
      throw error;
    }
  });

  return app;
}
