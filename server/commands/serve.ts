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
import { ENGLISH, type Translator } from '../i18n.ts';
import { errorText } from './error-text.ts';
import { optionLine, parseArgsMessage } from './help-text.ts';

const DEFAULT_PORT = DEFAULT_BACKEND_PORT;

function serveHelp({ t }: Translator): string {
  const option = (name: string, text: string) => optionLine(name, 20, text);
  return [
    `${t('cli.usage.title')} smtp-doctor serve [--host 127.0.0.1] [--port ${DEFAULT_PORT}] [--lab] [--allow-ports P,…] [--token T]`,
    '',
    t('cli.serve.help.about'),
    option('--host', t('cli.serve.help.host')),
    option('--port', t('cli.serve.help.port', { port: DEFAULT_PORT })),
    option('--token', t('cli.serve.help.token')),
    option('--allow-ports', t('cli.serve.help.allowPorts', { ports: DEFAULT_PROBE_PORTS.join(', ') })),
    option('--lab', t('cli.serve.help.lab')),
    option('--cors-origin', t('cli.serve.help.corsOrigin')),
    option('--rate-limit', t('cli.serve.help.rateLimit', { max: DEFAULT_LIMITS.rateLimit.max })),
    option(
      '--max-concurrent',
      t('cli.serve.help.maxConcurrent', { max: DEFAULT_LIMITS.maxConcurrentProbes }),
    ),
    option('--quiet', t('cli.serve.help.quiet')),
    '',
  ].join('\n');
}

function positiveInt(text: string | undefined, name: string, fallback: number, { t }: Translator): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(t('cli.serve.error.positive', { option: name }));
  return n;
}

export async function serve(args: string[], io: CommandIO): Promise<number> {
  const translator = io.translator ?? ENGLISH;
  const { t } = translator;
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
    io.stderr.write(`smtp-doctor serve: ${parseArgsMessage(error, translator)}\n${serveHelp(translator)}`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(serveHelp(translator));
    return 0;
  }

  const host = values.host as string;
  let port: number;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let tokenNote: string;
  try {
    port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(t('cli.serve.error.port'));
    const token = loadToken(values.token as string | undefined);
    const path = token.path ?? '';
    tokenNote =
      token.origin === 'created'
        ? t('cli.serve.token.created', { token: token.token, path })
        : token.origin === 'file'
          ? t('cli.serve.token.file', { path, command: `cat '${path}'` })
          : t('cli.serve.token.given', { from: token.origin === 'flag' ? '--token' : 'SMTP_DOCTOR_TOKEN' });
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
          translator,
        ),
        timeWindowMs: 60_000,
      },
      maxConcurrentProbes: positiveInt(
        values['max-concurrent'] as string | undefined,
        '--max-concurrent',
        DEFAULT_LIMITS.maxConcurrentProbes,
        translator,
      ),
      log: values.quiet ? false : io.stderr,
    });
  } catch (error) {
    io.stderr.write(`smtp-doctor serve: ${errorText(error, translator)}\n`);
    return 2;
  }

  let address: string;
  try {
    address = await app.listen({ host, port });
  } catch (error) {
    const why = (error as Error).message;
    io.stderr.write(`smtp-doctor serve: ${t('cli.serve.error.listen', { host, port, why })}\n`);
    return 1;
  }
  const lines = [t('cli.serve.listening', { version: VERSION, address }), tokenNote];
  if (values.lab) lines.push(t('cli.serve.lab'));
  if (!isLoopbackBind(host)) lines.push(t('cli.serve.exposed', { host }));
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
