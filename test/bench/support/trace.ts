import type { CDPSession } from 'playwright-core';

/**
 * A Chrome trace of the batch phase, read for *CPU* time (trace events' `tdur`, thread
 * time), which other processes on a shared machine do not inflate the way they inflate
 * wall-clock figures such as Performance.getMetrics' ScriptDuration.
 */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string; functionName?: string } };
}

// v8.gc: garbage-collection steps (scavenges, incremental marking) on the main thread.
const CATEGORIES = ['toplevel', 'devtools.timeline', 'v8.execute', 'disabled-by-default-v8.gc', '__metadata'];

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const onData = ({ value }: { value: object[] }) => {
    for (const e of value) events.push(e as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/** Script entry points on the main thread; nested ones are counted once, at the outermost. */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.compile',
  'FunctionCall',
  'TimerFire',
  'RunMicrotasks',
  'FireAnimationFrame',
  'FireIdleCallback',
  'EventDispatch',
]);

export interface TraceSummary {
  /** CPU time of every task on the page's renderer main thread. */
  mainCpuMs: number;
  mainWallMs: number;
  /** CPU time inside script (outermost script events). */
  scriptCpuMs: number;
  /** CPU time of functions from the page's own scripts. */
  pageFnCpuMs: number;
  /** CPU time of functions from the extension's scripts (its observer callback, flushes …). */
  extFnCpuMs: number;
  extCalls: number;
  /** CPU time of style, layout and paint work. */
  renderCpuMs: number;
  /** CPU time of each extension call that is not a MutationObserver delivery (its flushes). */
  extFlushCpuMs: number[];
  /**
   * The same flushes less the garbage collections that ran inside them: V8's heap is
   * shared by the page and the content script's isolated world, so a scavenge of the
   * page's garbage lands in whichever script happens to allocate when it is due.
   */
  extFlushCpuNoGcMs: number[];
  /** GC passes inside the extension's flushes, and their CPU time. */
  extFlushGcs: number;
  extFlushGcCpuMs: number;
  /** CPU time of each MutationObserver callback of the extension. */
  extObserverCpuMs: number[];
  /** Style/layout passes forced synchronously inside the extension's functions (layout reads). */
  extForcedLayouts: number;
  extForcedLayoutCpuMs: number;
}

const ms = (us: number | undefined) => (us ?? 0) / 1000;

/** Garbage-collection steps on the main thread (V8.GC_SCAVENGER, V8.GC_MC_INCREMENTAL …). */
const isGc = (e: TraceEvent) => e.name.startsWith('V8.GC_');

/** Outermost events of a list (one thread, so events nest properly). */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of sorted) {
    if (e.ts < end) continue;
    end = e.ts + (e.dur ?? 0);
    out.push(e);
  }
  return out;
}

/** Events of `inner` that fall inside one of `outer` (both sorted or not). */
function nestedIn(inner: TraceEvent[], outer: TraceEvent[]): TraceEvent[] {
  const spans = outermost(outer);
  const sorted = [...inner].sort((a, b) => a.ts - b.ts);
  const out: TraceEvent[] = [];
  let i = 0;
  for (const e of sorted) {
    while (i < spans.length && spans[i]!.ts + (spans[i]!.dur ?? 0) <= e.ts) i++;
    const span = spans[i];
    if (span && span.ts <= e.ts && e.ts + (e.dur ?? 0) <= span.ts + (span.dur ?? 0)) out.push(e);
  }
  return out;
}

/** CPU and wall time summed over the outermost events of a list. */
function outermostCpu(events: TraceEvent[]): { cpu: number; wall: number; n: number } {
  const top = outermost(events);
  return {
    cpu: top.reduce((a, e) => a + ms(e.tdur), 0),
    wall: top.reduce((a, e) => a + ms(e.dur), 0),
    n: top.length,
  };
}

export function summarizeTrace(
  events: TraceEvent[],
  pageOrigin: string,
  extensionOrigin?: string,
): TraceSummary {
  // The page's main thread: the one running the page's own functions.
  const pageCall = events.find((e) => e.name === 'FunctionCall' && e.args?.data?.url?.startsWith(pageOrigin));
  if (!pageCall) throw new Error('trace has no function call from the page');
  const main = events.filter((e) => e.pid === pageCall.pid && e.tid === pageCall.tid && e.ph === 'X');
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const fromUrl = (prefix: string) =>
    main.filter((e) => e.name === 'FunctionCall' && (e.args?.data?.url ?? '').startsWith(prefix));
  const extCalls = extensionOrigin ? fromUrl(extensionOrigin) : [];
  const ext = outermostCpu(extCalls);
  const forced = nestedIn(
    main.filter((e) => e.name === 'Layout' || e.name === 'UpdateLayoutTree'),
    extCalls,
  );
  const all = outermostCpu(tasks);
  // Observer callbacks run inside a microtask checkpoint; everything else is timer-driven.
  const extTop = outermost(extCalls);
  const inMicrotasks = new Set(
    nestedIn(
      extTop,
      main.filter((e) => e.name === 'RunMicrotasks'),
    ),
  );
  const flushes = extTop.filter((e) => !inMicrotasks.has(e));
  const gcs = outermost(main.filter(isGc));
  const gcInside = (flush: TraceEvent) =>
    gcs.filter((g) => g.ts >= flush.ts && g.ts + (g.dur ?? 0) <= flush.ts + (flush.dur ?? 0));
  const flushGcs = flushes.flatMap(gcInside);
  return {
    mainCpuMs: all.cpu,
    mainWallMs: all.wall,
    scriptCpuMs: outermostCpu(main.filter((e) => SCRIPT_EVENTS.has(e.name))).cpu,
    pageFnCpuMs: outermostCpu(fromUrl(pageOrigin)).cpu,
    extFnCpuMs: ext.cpu,
    extCalls: ext.n,
    renderCpuMs: outermostCpu(
      main.filter((e) => ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize'].includes(e.name)),
    ).cpu,
    extFlushCpuMs: flushes.map((e) => ms(e.tdur)),
    extFlushCpuNoGcMs: flushes.map((e) => ms(e.tdur) - gcInside(e).reduce((a, g) => a + ms(g.tdur), 0)),
    extFlushGcs: flushGcs.length,
    extFlushGcCpuMs: flushGcs.reduce((a, g) => a + ms(g.tdur), 0),
    extObserverCpuMs: extTop.filter((e) => inMicrotasks.has(e)).map((e) => ms(e.tdur)),
    extForcedLayouts: forced.length,
    extForcedLayoutCpuMs: forced.reduce((a, e) => a + ms(e.tdur), 0),
  };
}
