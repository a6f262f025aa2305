import type { PortResult, ProbeResponse } from '../lib/probe/types';

export interface ProbeJob {
  host: string;
  ports: number[];
}

/** How a probe run ended, as the popup shows it. */
export type ProbeOutcome =
  | { ok: true; response: ProbeResponse }
  | { ok: false; kind: 'not-running' | 'unauthorized' | 'refused' | 'error'; message: string };

/** Runs one probe, reporting each port as it finishes. */
export type ProbeRunner = (
  job: ProbeJob,
  onResult: (result: PortResult) => void,
  signal: AbortSignal,
) => Promise<ProbeOutcome>;

/** "25, 587 2525" → [25, 587, 2525]; invalid entries dropped, duplicates removed. */
export function parsePorts(text: string): number[] {
  const ports = text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= 1 && n <= 65535);
  return [...new Set(ports)].slice(0, 8);
}
