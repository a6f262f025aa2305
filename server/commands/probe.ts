import type { CommandIO } from '../cli.ts';

export async function probe(_args: string[], io: CommandIO): Promise<number> {
  io.stderr.write('smtp-doctor probe: not available yet\n');
  return 2;
}
