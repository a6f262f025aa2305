/**
 * `smtp-doctor serve [--host 127.0.0.1] [--port 8025] [--lab] [--allow-ports …] [--token …]`
 * Runs the probe backend until SIGINT/SIGTERM.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_BACKEND_PORT, DEFAULT_PROBE_PORTS } from '../../lib/probe/types.ts';
import { buildApp, DEFAULT_LIMITS } from '../app.ts';
import type { CommandIO } from '../cli.ts';
import { isLoopbackBind, parsePortList } from '../guard.ts';
import { loadToken } from '../token.ts';
import { VERSION } from '../version.ts';

const DEFAULT_PORT = DEFAULT_BACKEND_PORT;

const HELP = `Usage: smtp-doctor serve [--host 127.0.0.1] [--port ${DEFAULT_PORT}] [--lab] [--allow-ports P,…] [--token T]

Runs the probe backend the SMTP Doctor extension calls to test SMTP ports from this machine.
  --host            address to listen on (default 127.0.0.1; anything else exposes it to the network)
  --port            TCP port (default ${DEFAULT_PORT}; 0 picks a free one)
  --token           access token (default: SMTP_DOCTOR_TOKEN, else one generated and kept in
                    $XDG_CONFIG_HOME/smtp-doctor/token, readable by you only)
  --allow-ports     probe these ports too (always: ${DEFAULT_PROBE_PORTS.join(', ')})
  --lab             allow loopback targets (testing only)
  --cors-origin     allow only this exact extension origin (repeatable; default: any extension)
  --rate-limit      requests per client per minute (default ${DEFAULT_LIMITS.rateLimit.max}); requests
                    without the valid token are counted apart and cannot use up the token's share
  --max-concurrent  probe requests at once (default ${DEFAULT_LIMITS.maxConcurrentProbes})
  --quiet           no per-probe log lines
`;

function positiveInt(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer`);
  return n;
}

export async function serve(args: string[], io: CommandIO): Promise<number> {
  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        host: { type: 'string', default: '127.0.0.1' },
        port: { type: 'string', default: String(DEFAULT_PORT) },
        token: { type: 'string' },
        lab: { type: 'boolean' },
        'allow-ports': { type: 'string' },
        'cors-origin': { type: 'string', multiple: true },
        'rate-limit': { type: 'string' },
        'max-concurrent': { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    io.stderr.write(`smtp-doctor serve: ${(error as Error).message}\n${HELP}`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }

  const host = values.host as string;
  let port: number;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let tokenNote: string;
  try {
    port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port must be 0–65535');
    const token = loadToken(values.token as string | undefined);
    tokenNote =
      token.origin === 'created'
        ? `Token (shown once; paste it into the extension's options): ${token.token}\n  kept in ${token.path}`
        : token.origin === 'file'
          ? `Token: in ${token.path} (show it with: cat '${token.path}')`
          : `Token: from ${token.origin === 'flag' ? '--token' : 'SMTP_DOCTOR_TOKEN'}`;
    app = await buildApp({
      token: token.token,
      lab: Boolean(values.lab),
      allowPorts: values['allow-ports'] ? parsePortList(values['allow-ports'] as string) : [],
      bindHost: host,
      corsOrigins: (values['cors-origin'] as string[] | undefined) ?? [],
      rateLimit: {
        max: positiveInt(
          values['rate-limit'] as string | undefined,
          '--rate-limit',
          DEFAULT_LIMITS.rateLimit.max,
        ),
        timeWindowMs: 60_000,
      },
      maxConcurrentProbes: positiveInt(
        values['max-concurrent'] as string | undefined,
        '--max-concurrent',
        DEFAULT_LIMITS.maxConcurrentProbes,
      ),
      log: values.quiet ? false : io.stderr,
    });
  } catch (error) {
    io.stderr.write(`smtp-doctor serve: ${(error as Error).message}\n`);
    return 2;
  }

  let address: string;
  try {
    address = await app.listen({ host, port });
  } catch (error) {
    io.stderr.write(`smtp-doctor serve: cannot listen on ${host}:${port}: ${(error as Error).message}\n`);
    return 1;
  }
  const lines = [`SMTP Doctor probe backend ${VERSION} listening on ${address}`, tokenNote];
  if (values.lab) lines.push('LAB MODE: loopback targets are allowed (testing only).');
  if (!isLoopbackBind(host)) {
    lines.push(
      `WARNING: listening on ${host}, not loopback: anyone who reaches it and has the token can run probes; the login check is off.`,
    );
  }
  io.stdout.write(`${lines.join('\n')}\n`);

  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  return 0;
}
