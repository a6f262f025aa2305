import { localeFromEnv } from '../lib/i18n/locales.ts';
import { ENGLISH, loadTranslator, type Translator } from './i18n.ts';

/**
 * `smtp-doctor <command>`: explain, settings, probe, serve, native.
 * Exit codes: 0 success / matched, 1 nothing found, 2 bad usage.
 */
export interface CommandIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  isTTY: boolean;
  /** The reader's language, from LC_ALL, LC_MESSAGES or LANG (English by default). */
  translator?: Translator;
}

type Command = (args: string[], io: CommandIO) => Promise<number>;

type Summary = Parameters<Translator['t']>[0];

const commands: Record<string, { synopsis: string; summary: Summary; load: () => Promise<Command> }> = {
  explain: {
    synopsis: 'explain [--json|--jsonl] [TEXT…]',
    summary: 'cli.usage.explain',
    load: async () => (await import('./commands/explain.ts')).explain,
  },
  settings: {
    synopsis: 'settings <address-or-domain> [--json] [--offline] [--timeout MS] [--resolver NAME|URL]',
    summary: 'cli.usage.settings',
    load: async () => (await import('./commands/settings.ts')).settings,
  },
  probe: {
    synopsis: 'probe HOST [--ports 25,465,587,2525] [--timeout ms] [--json]',
    summary: 'cli.usage.probe',
    load: async () => (await import('./commands/probe.ts')).probe,
  },
  serve: {
    synopsis: 'serve [--host 127.0.0.1] [--port 8025] [--token T] [--allow-ports P,…]',
    summary: 'cli.usage.serve',
    load: async () => (await import('./commands/serve.ts')).serve,
  },
  native: {
    synopsis: 'native install|uninstall|status',
    summary: 'cli.usage.native',
    load: async () => (await import('./commands/native.ts')).native,
  },
};

export function usage({ t }: Translator = ENGLISH): string {
  const lines = Object.values(commands).map((c) => `  smtp-doctor ${c.synopsis}   ${t(c.summary)}`);
  return `${t('cli.usage.title')}\n${lines.join('\n')}\n`;
}

/** The language of the environment (LC_ALL, LC_MESSAGES, LANG), as `locale` and `gettext` read it. */
export function translatorFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<Translator> {
  return loadTranslator(localeFromEnv(env));
}

export async function main(argv: string[], io?: Partial<CommandIO>): Promise<number> {
  const translator = io?.translator ?? (await translatorFromEnv());
  const fullIO: CommandIO = {
    stdin: io?.stdin ?? process.stdin,
    stdout: io?.stdout ?? process.stdout,
    stderr: io?.stderr ?? process.stderr,
    isTTY: io?.isTTY ?? Boolean(process.stdout.isTTY),
    translator,
  };
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? fullIO.stdout : fullIO.stderr).write(usage(translator));
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    fullIO.stderr.write(`smtp-doctor: ${translator.t('cli.unknownCommand', { name })}\n${usage(translator)}`);
    return 2;
  }
  return (await command.load())(rest, fullIO);
}
