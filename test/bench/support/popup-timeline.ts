// Where the popup's time goes before its first card: the renderer main thread's tasks.
//
//   npx tsx test/bench/support/popup-timeline.ts <extensionDir> [openings]
//
// Shows the bench page with its 50 errors (as popup.bench.ts), then opens the popup
// `openings` times under a trace and prints, per opening, each top-level task of the popup's
// main thread from its navigation to the first card (start offset, wall, CPU, its largest
// inner events) and the idle gaps between them; then the CPU per kind of inner event summed
// over all openings (median per opening). Idle gaps are waits: for a module file, a storage
// reply, a frame, or a core on a loaded machine.
import type { CDPSession, Page } from 'playwright-core';
import { badgeText, launchBrowser } from './browser';
import { note } from './emit';
import { startFixtureServer } from './fixture-server';
import { FIRST_CARD_PROBE, pollFirstCard } from './popup-probe';
import { startProfile } from './profile';
import { median } from './stats';
import { openWebmail, runBatches } from './webmail';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  tid: number;
  pid: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { documentLoaderURL?: string; url?: string; functionName?: string } };
}

async function traced(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => {
    events.push(...(e.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'toplevel',
        'v8.execute',
        'v8',
        'blink.user_timing',
        'loading',
      ],
      enableSampling: false,
    },
    transferMode: 'ReportEvents',
  });
  await run();
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return events;
}

interface Node {
  event: TraceEvent;
  children: Node[];
}

/** Complete events of one thread as a tree (by containment). */
function treeOf(events: TraceEvent[]): Node[] {
  const sorted = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const event of sorted) {
    const node = { event, children: [] };
    while (stack.length && stack.at(-1)!.event.ts + (stack.at(-1)!.event.dur ?? 0) <= event.ts) stack.pop();
    if (stack.length) stack.at(-1)!.children.push(node);
    else roots.push(node);
    stack.push(node);
  }
  return roots;
}

function labelOf(e: TraceEvent): string {
  const data = e.args?.data;
  const detail = data?.url
    ? ` ${data.url.replace(/^.*\//, '')}`
    : data?.functionName
      ? ` ${data.functionName}`
      : '';
  return `${e.name}${detail}`;
}

/** Self CPU (tdur less the children's) per event name, under `node`. */
function selfByName(node: Node, into: Map<string, number>) {
  const own = node.event.tdur ?? node.event.dur ?? 0;
  const childSum = node.children.reduce((s, c) => s + (c.event.tdur ?? c.event.dur ?? 0), 0);
  into.set(node.event.name, (into.get(node.event.name) ?? 0) + Math.max(0, own - childSum));
  for (const child of node.children) selfByName(child, into);
}

function topInner(node: Node, limit: number): string {
  const flat: TraceEvent[] = [];
  const walk = (n: Node, depth: number) => {
    if (depth > 0) flat.push(n.event);
    if (depth < 3) n.children.forEach((c) => walk(c, depth + 1));
  };
  walk(node, 0);
  return flat
    .filter((e) => (e.dur ?? 0) >= 500)
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, limit)
    .map((e) => `${labelOf(e)} ${((e.dur ?? 0) / 1000).toFixed(1)}`)
    .join(', ');
}

function printTree(node: Node, indent: number, depth: number) {
  for (const child of node.children) {
    if ((child.event.dur ?? 0) < 300) continue;
    note(
      `${' '.repeat(indent * 2)}${labelOf(child.event)} ${((child.event.dur ?? 0) / 1000).toFixed(1)} (cpu ${((child.event.tdur ?? 0) / 1000).toFixed(1)})`,
    );
    if (depth > 0) printTree(child, indent + 1, depth - 1);
  }
}

type Profile = Awaited<ReturnType<Awaited<ReturnType<typeof startProfile>>>> & {
  startTime: number;
  nodes: Array<{ id: number; parent?: number; children?: number[] }>;
};

/** Sampled self time (ms) by function and by script, between two trace timestamps (µs). */
function printProfile(profile: Profile, from: number, to: number) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFunction = new Map<string, number>();
  const byScript = new Map<string, number>();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    t += delta;
    if (t < from || t > to) return;
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const script = frame.url.replace(/^.*\//, '') || '(native)';
    const key = `${frame.functionName || '(anonymous)'} ${script}:${frame.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + delta / 1000);
    byScript.set(script, (byScript.get(script) ?? 0) + delta / 1000);
  });
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, ms]) => `    ${ms.toFixed(1)} ${k}`);
  note('  sampled self time until the first card, by script:', ...top(byScript, 8).map((l) => `\n${l}`));
  note('  by function:', ...top(byFunction, 30).map((l) => `\n${l}`));
}

async function openOnce(
  session: Awaited<ReturnType<typeof launchBrowser>>,
  url: string,
  totals: Array<Map<string, number>>,
) {
  const popup: Page = await session.context.newPage();
  try {
    await popup.addInitScript(FIRST_CARD_PROBE);
    const cdp = await session.context.newCDPSession(popup);
    let wall = 0;
    const stopProfile = process.env.TIMELINE_PROFILE ? await startProfile(cdp) : null;
    const events = await traced(cdp, async () => {
      await popup.goto(url);
      wall = await pollFirstCard(popup);
    });
    const marks = await popup.evaluate<Array<[string, number]>>(
      "performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])",
    );
    const nav = events.find(
      (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes('/popup.html'),
    );
    if (!nav) {
      note(`${wall.toFixed(1)} ms wall; trace missed the navigation`);
      return;
    }
    const end = nav.ts + wall * 1000;
    const thread = events.filter((e) => e.tid === nav.tid && e.pid === nav.pid);
    const tasks = treeOf(thread).filter(
      (n) => n.event.ts + (n.event.dur ?? 0) >= nav.ts && n.event.ts <= end && (n.event.dur ?? 0) > 0,
    );
    note(
      `opening: ${wall.toFixed(1)} ms wall; marks ${marks.map(([n, t]) => `${n}@${t.toFixed(1)}`).join(' ')}`,
    );
    const byName = new Map<string, number>();
    let last = nav.ts;
    let idle = 0;
    let cpu = 0;
    for (const task of tasks) {
      const gap = task.event.ts - last;
      if (gap > 1000) {
        idle += gap;
        note(`    … idle ${(gap / 1000).toFixed(1)} ms`);
      }
      last = Math.max(last, task.event.ts + (task.event.dur ?? 0));
      cpu += task.event.tdur ?? 0;
      if ((task.event.dur ?? 0) >= 300) {
        note(
          `  +${((task.event.ts - nav.ts) / 1000).toFixed(1)} ${((task.event.dur ?? 0) / 1000).toFixed(1)} ms (cpu ${((task.event.tdur ?? 0) / 1000).toFixed(1)}): ${topInner(task, 6)}`,
        );
      }
      selfByName(task, byName);
      if (process.env.TIMELINE_DEEP && (task.event.dur ?? 0) >= 5000) printTree(task, 2, 4);
    }
    note(`  cpu ${(cpu / 1000).toFixed(1)} ms, idle gaps ${(idle / 1000).toFixed(1)} ms`);
    if (stopProfile) printProfile((await stopProfile()) as Profile, nav.ts, end);
    totals.push(byName);
  } finally {
    await popup.close();
  }
}

async function main() {
  const [dir, runsArg] = process.argv.slice(2);
  if (!dir) throw new Error('usage: popup-timeline.ts <extensionDir> [openings]');
  const runs = Number(runsArg ?? 5);
  const server = await startFixtureServer();
  const session = await launchBrowser({ port: server.port, extensionDir: dir });
  try {
    await openWebmail(session.page, { errors: true });
    await runBatches(session.page, 1000);
    await session.page.waitForTimeout(1000);
    const tab = await badgeText(session.serviceWorker!);
    if (!tab) throw new Error('no webmail tab');
    note(`badge "${tab.text}"`);
    const url = `chrome-extension://${session.extensionId}/popup.html?tabId=${tab.tabId}`;
    const totals: Array<Map<string, number>> = [];
    for (let i = 0; i < runs; i++) await openOnce(session, url, totals);
    const names = new Set(totals.flatMap((m) => [...m.keys()]));
    const rows = [...names]
      .map((name) => [name, median(totals.map((m) => (m.get(name) ?? 0) / 1000))] as const)
      .filter(([, ms]) => ms >= 0.3)
      .sort((a, b) => b[1] - a[1]);
    note('self CPU by event, median per opening (ms):');
    for (const [name, ms] of rows) note(`  ${ms.toFixed(1)}  ${name}`);
  } finally {
    await session.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
