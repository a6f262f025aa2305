import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { sleep } from './stats';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Set when the extension is loaded. */
  extensionId?: string;
  serviceWorker?: Worker;
  close(): Promise<void>;
}

/**
 * A fresh Chromium profile. Every host name resolves to the loopback fixture server's port,
 * so https://mail.google.com/… is served locally. The run "without" uses the same flags
 * minus the two extension flags.
 */
export async function launchBrowser(opts: { port: number; extensionDir?: string }): Promise<BrowserSession> {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--host-resolver-rules=MAP * 127.0.0.1:${opts.port}, EXCLUDE localhost`,
    '--ignore-certificate-errors',
  ];
  if (opts.extensionDir) {
    args.push(`--disable-extensions-except=${opts.extensionDir}`, `--load-extension=${opts.extensionDir}`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    args,
    viewport: { width: 1440, height: 900 },
  });
  const session: BrowserSession = {
    context,
    page: context.pages()[0] ?? (await context.newPage()),
    close: () => context.close(),
  };
  if (opts.extensionDir) {
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    session.serviceWorker = worker;
    session.extensionId = new URL(worker.url()).host;
  }
  return session;
}

export type Metrics = Record<string, number>;

/** CDP Performance.getMetrics as a name → value map (durations in seconds, cumulative). */
export async function getMetrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** Two full GCs, then the isolate's used JS heap (bytes). */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await getMetrics(cdp)).JSHeapUsedSize ?? Number.NaN;
}

/** The stats the content script keeps in its isolated world (see entrypoints/content). */
export interface ContentStats {
  batches: number[];
  count: number;
  findings: number;
  /** Work queued, carried over, or a sampled page's pause and sweep still to come. */
  busy?: boolean;
  /** Times sampling paused the observer. */
  pauses?: number;
}

/**
 * Reads globalThis.__smtpDoctorStats from the extension's isolated world in the page's
 * main frame, over the page's own CDP session (Runtime.enable replays existing contexts).
 */
export class IsolatedWorldReader {
  private readonly contexts = new Map<
    number,
    { origin: string; name: string; type?: string; frameId?: string }
  >();
  private mainFrameId = '';

  constructor(
    private readonly cdp: CDPSession,
    private readonly extensionId: string,
  ) {
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = (context.auxData ?? {}) as { type?: string; frameId?: string };
      this.contexts.set(context.id, {
        origin: context.origin,
        name: context.name,
        type: aux.type,
        frameId: aux.frameId,
      });
    });
    cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
      this.contexts.delete(executionContextId);
    });
    cdp.on('Runtime.executionContextsCleared', () => this.contexts.clear());
  }

  async start(): Promise<void> {
    const { frameTree } = await this.cdp.send('Page.getFrameTree');
    this.mainFrameId = frameTree.frame.id;
    await this.cdp.send('Runtime.enable');
  }

  private contextId(): number | undefined {
    for (const [id, c] of this.contexts) {
      if (c.type !== 'isolated' || c.frameId !== this.mainFrameId) continue;
      if (c.origin === `chrome-extension://${this.extensionId}` || c.origin.includes(this.extensionId))
        return id;
    }
    return undefined;
  }

  async evaluate<T>(expression: string): Promise<T | undefined> {
    const contextId = this.contextId();
    if (contextId === undefined) return undefined;
    const { result, exceptionDetails } = await this.cdp.send('Runtime.evaluate', {
      contextId,
      expression,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`isolated-world evaluate failed: ${exceptionDetails.text}`);
    return result.value as T;
  }

  readStats(): Promise<ContentStats | undefined> {
    return this.evaluate<ContentStats | null>(
      `(() => {
      const s = globalThis.__smtpDoctorStats;
      if (!s) return null;
      const f = s.findings;
      return {
        batches: Array.from(s.batches ?? []),
        count: Number(s.count ?? 0),
        findings: typeof f === 'number' ? f : Array.isArray(f) || f instanceof Set || f instanceof Map ? (f.length ?? f.size) : Number(f ?? 0),
        busy: s.busy === true,
        pauses: Number(s.pauses ?? 0),
      };
    })()`,
    ).then((s) => s ?? undefined);
  }

  /** Waits until the stats object exists (the content script has run). */
  async waitForStats(timeoutMs = 15_000): Promise<ContentStats> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const stats = await this.readStats();
      if (stats) return stats;
      if (Date.now() > until) throw new Error('content script stats (__smtpDoctorStats) never appeared');
      await sleep(100);
    }
  }

  /**
   * Waits until the flush count stops changing for quietMs and the content script says it
   * is not busy (a sampled page's pause ends in a sweep, counted in the run).
   */
  async waitForQuiet(quietMs = 400, timeoutMs = 10_000): Promise<ContentStats | undefined> {
    const until = Date.now() + timeoutMs;
    let last = await this.readStats();
    let since = Date.now();
    while (Date.now() < until) {
      await sleep(100);
      const now = await this.readStats();
      if (now?.count !== last?.count) {
        last = now;
        since = Date.now();
      } else if (Date.now() - since >= quietMs && !now?.busy) break;
    }
    return last;
  }
}

/** The extension's action badge text for the only open web tab (via the service worker). */
export async function badgeText(worker: Worker): Promise<{ tabId: number; text: string } | undefined> {
  return worker.evaluate(`(async () => {
    const tabs = (await chrome.tabs.query({})).filter((t) => !(t.url ?? '').startsWith('chrome-extension:'));
    if (tabs.length !== 1) return undefined;
    const tabId = tabs[0].id;
    return { tabId, text: await chrome.action.getBadgeText({ tabId }) };
  })()`);
}

/** Texts the content script sent to the background for classification (prefilter passes). */
export interface ClassifyTraffic {
  messages: number;
  texts: number;
  chars: number;
}

/**
 * Counts classifyTexts messages in the service worker with an extra, silent
 * runtime.onMessage listener (it never answers, so the extension's own handler still does).
 */
export async function countClassifyTraffic(
  worker: Worker,
): Promise<() => Promise<ClassifyTraffic | undefined>> {
  await worker.evaluate(`(() => {
    globalThis.__benchTraffic = { messages: 0, texts: 0, chars: 0 };
    if (globalThis.__benchTrafficListener) return;
    globalThis.__benchTrafficListener = (message) => {
      const texts = message && message.type === 'classifyTexts' && message.data && message.data.texts;
      if (!Array.isArray(texts)) return;
      const t = globalThis.__benchTraffic;
      t.messages++;
      t.texts += texts.length;
      for (const text of texts) t.chars += String(text).length;
    };
    chrome.runtime.onMessage.addListener(globalThis.__benchTrafficListener);
  })()`);
  return () =>
    worker.evaluate('globalThis.__benchTraffic').catch(() => undefined) as Promise<
      ClassifyTraffic | undefined
    >;
}
