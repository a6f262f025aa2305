// What each kind of page change costs the content script: one run per batch kind of the
// bench page (?only=<kind>), with the extension, reading the extension's own CPU time from
// a trace of the batch phase. A diagnostic, not part of `npm run bench`:
//
//   npx tsx test/bench/support/cost-by-kind.ts          (BENCH_KIND_BATCHES=300)
import { countClassifyTraffic, IsolatedWorldReader, launchBrowser } from './browser';
import { emit, note } from './emit';
import { snapshotExtension } from './extension-build';
import { PAGE_URL, startFixtureServer } from './fixture-server';
import { sleep } from './stats';
import { startTrace, summarizeTrace } from './trace';
import { openWebmail, runBatches, webmailInfo } from './webmail';

const KINDS = ['tick', 'snippet', 'newmail', 'read', 'chat', 'outbox', 'pane'];
const BATCHES = Number(process.env.BENCH_KIND_BATCHES ?? 300);

async function main() {
  const extensionDir = snapshotExtension();
  const server = await startFixtureServer();
  try {
    for (const kind of KINDS) {
      const session = await launchBrowser({ port: server.port, extensionDir });
      try {
        const { page, context } = session;
        await openWebmail(page, { errors: false, only: [kind] });
        const cdp = await context.newCDPSession(page);
        const reader = new IsolatedWorldReader(cdp, session.extensionId!);
        await reader.start();
        await reader.waitForStats();
        await sleep(1500);
        await reader.waitForQuiet();
        const readTraffic = await countClassifyTraffic(session.serviceWorker!);
        const stop = await startTrace(cdp);
        await runBatches(page, BATCHES);
        await sleep(800);
        await reader.waitForQuiet();
        const cpu = summarizeTrace(
          await stop(),
          new URL(PAGE_URL).origin,
          `chrome-extension://${session.extensionId}/`,
        );
        const traffic = await readTraffic();
        const n = (await webmailInfo(page)).kinds[kind] ?? 0;
        const perBatch = (ms: number) => (n ? (ms * 1000) / n : Number.NaN);
        note(
          `${kind.padEnd(8)} ${String(n).padStart(4)} batches: extension ${perBatch(cpu.extFnCpuMs).toFixed(0)} µs CPU/batch, page ${perBatch(cpu.pageFnCpuMs).toFixed(0)} µs/batch, sent ${traffic?.texts ?? '?'} texts (${traffic?.messages ?? '?'} messages)`,
        );
        emit({ bench: `kind-${kind}-ext-cpu`, value: perBatch(cpu.extFnCpuMs), unit: 'us/batch' });
        emit({ bench: `kind-${kind}-page-cpu`, value: perBatch(cpu.pageFnCpuMs), unit: 'us/batch' });
      } finally {
        await session.close();
      }
    }
  } finally {
    await server.close();
  }
}

main().catch((err: unknown) => {
  note(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
