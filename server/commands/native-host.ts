/**
 * `smtp-doctor native host [--lab] [--allow-ports P,…] [ORIGIN …]`: what the launcher
 * runs. The browser starts it and speaks native messaging on stdin/stdout; Chromium
 * passes the caller's origin as the first argument, Firefox the manifest path and the
 * add-on id.
 */
import { parseArgs } from 'node:util';
import type { CommandIO } from '../cli.ts';
import { parsePortList } from '../guard.ts';
import { runNativeHost } from '../native/host.ts';

export async function nativeHost(args: string[], io: CommandIO): Promise<number> {
  let values: { lab?: boolean; 'allow-ports'?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      // Chromium on Windows adds --parent-window=…: not ours to refuse.
      strict: false,
      options: { lab: { type: 'boolean' }, 'allow-ports': { type: 'string' } },
    }) as { values: typeof values; positionals: string[] });
  } catch (error) {
    io.stderr.write(`smtp-doctor native host: ${(error as Error).message}\n`);
    return 2;
  }
  const allowPorts = typeof values['allow-ports'] === 'string' ? parsePortList(values['allow-ports']) : [];
  return runNativeHost({
    input: io.stdin,
    output: io.stdout,
    origin: positionals.find((arg) => arg.startsWith('chrome-extension://')),
    lab: values.lab === true,
    allowPorts,
    log: (line) => io.stderr.write(`smtp-doctor native host: ${line}\n`),
  });
}
