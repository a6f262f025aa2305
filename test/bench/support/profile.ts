import { writeFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Sampling CPU profile of the page's renderer (every world, so the content script too).
 * Started only with BENCH_PROFILE=<file.cpuprofile>; open the file in DevTools' Performance
 * panel, or read the self-time summary printed on stderr.
 */
export async function startProfile(cdp: CDPSession): Promise<() => Promise<Profile>> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return async () => (await cdp.send('Profiler.stop')).profile as unknown as Profile;
}

/** Self time (ms) per function whose script URL starts with `prefix`, largest first. */
export function selfTimeByFunction(profile: Profile, prefix: string, top = 20): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node || !node.callFrame.url.startsWith(prefix)) return;
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.slice(prefix.length)}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, top);
}

export function saveProfile(profile: Profile, file: string): void {
  writeFileSync(file, JSON.stringify(profile));
}
