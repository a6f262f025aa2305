import type { CommandIO } from '../cli.ts';

export async function explain(_args: string[], io: CommandIO): Promise<number> {
  io.stderr.write('smtp-doctor explain: not available yet\n');
  return 2;
}
