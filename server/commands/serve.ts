import type { CommandIO } from '../cli.ts';

export async function serve(_args: string[], io: CommandIO): Promise<number> {
  io.stderr.write('smtp-doctor serve: not available yet\n');
  return 2;
}
