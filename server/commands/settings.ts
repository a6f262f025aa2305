import type { CommandIO } from '../cli.ts';

export async function settings(_args: string[], io: CommandIO): Promise<number> {
  io.stderr.write('smtp-doctor settings: not available yet\n');
  return 2;
}
