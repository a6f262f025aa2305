/**
 * `smtp-doctor <command>`: explain, settings, probe, serve, native.
 * Exit codes: 0 success / matched, 1 nothing found, 2 bad usage.
 */
export interface CommandIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  isTTY: boolean;
}

type Command = (args: string[], io: CommandIO) => Promise<number>;

const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  explain: {
    summary: 'explain [--json|--jsonl] [TEXT…]   explain an email send error (TEXT or stdin)',
    load: async () => (await import('./commands/explain.ts')).explain,
  },
  settings: {
    summary:
      'settings <address-or-domain> [--json] [--offline] [--timeout MS] [--resolver NAME|URL]   discover submission settings',
    load: async () => (await import('./commands/settings.ts')).settings,
  },
  probe: {
    summary:
      'probe HOST [--ports 25,465,587,2525] [--timeout ms] [--json]   probe SMTP ports from this machine',
    load: async () => (await import('./commands/probe.ts')).probe,
  },
  serve: {
    summary: 'serve [--host 127.0.0.1] [--port 8025] [--token T] [--allow-ports P,…]   run the probe backend',
    load: async () => (await import('./commands/serve.ts')).serve,
  },
  native: {
    summary: 'native install|uninstall|status   let the extension probe from this computer (no server)',
    load: async () => (await import('./commands/native.ts')).native,
  },
};

export function usage(): string {
  const lines = Object.values(commands).map((c) => `  smtp-doctor ${c.summary}`);
  return `Usage:\n${lines.join('\n')}\n`;
}

export async function main(argv: string[], io?: Partial<CommandIO>): Promise<number> {
  const fullIO: CommandIO = {
    stdin: io?.stdin ?? process.stdin,
    stdout: io?.stdout ?? process.stdout,
    stderr: io?.stderr ?? process.stderr,
    isTTY: io?.isTTY ?? Boolean(process.stdout.isTTY),
  };
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? fullIO.stdout : fullIO.stderr).write(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    fullIO.stderr.write(`smtp-doctor: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  return (await command.load())(rest, fullIO);
}
