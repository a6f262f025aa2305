// What single DOM reads cost in the content script's isolated world against the page's
// main world, on the bench page: each figure is µs per read, the best of 7 loops (timers
// are coarsened to 0.1 ms, so every loop runs thousands of reads). The MutationRecords are
// made on a private subtree of 5,000 spans, edited the way the page's clocks are.
// A diagnostic, not part of `npm run bench`:
//
//   npx tsx test/bench/support/isolated-world-costs.ts <unpacked build>
import { IsolatedWorldReader, launchBrowser } from './browser';
import { startFixtureServer } from './fixture-server';
import { sleep } from './stats';
import { openWebmail } from './webmail';

const CODE = String.raw`(() => {
  const out = {};
  const best = (name, n, f) => { let b = Infinity; for (let k = 0; k < 7; k++) { const t = performance.now(); f(n); b = Math.min(b, performance.now() - t); } out[name] = +(b * 1000 / n).toFixed(3); };
  const rows = [...document.querySelectorAll('#mail-list tr')].slice(0, 200);
  const times = rows.map((r) => r.querySelector('.time'));
  const pane = document.getElementById('reading-pane');
  best('chrome.runtime.id', 20000, (n) => { let x; for (let i = 0; i < n; i++) x = chrome.runtime?.id; });
  best('performance.now', 20000, (n) => { for (let i = 0; i < n; i++) performance.now(); });
  best('span.textContent', 20000, (n) => { for (let i = 0; i < n; i++) times[i % 200].textContent; });
  best('text.data', 20000, (n) => { for (let i = 0; i < n; i++) times[i % 200].firstChild.data; });
  best('tr.textContent', 20000, (n) => { for (let i = 0; i < n; i++) rows[i % 200].textContent; });
  best('pane.textContent', 100, (n) => { for (let i = 0; i < n; i++) pane.textContent; });
  best('parentElement x3', 20000, (n) => { for (let i = 0; i < n; i++) times[i % 200].parentElement.parentElement.parentElement; });
  best('localName', 20000, (n) => { for (let i = 0; i < n; i++) times[i % 200].localName; });
  best('getAttribute', 20000, (n) => { for (let i = 0; i < n; i++) times[i % 200].getAttribute('contenteditable'); });
  best('isConnected', 20000, (n) => { for (let i = 0; i < n; i++) times[i % 200].isConnected; });
  // records: a private subtree, mutated like the page's ticks
  const box = document.createElement('div'); const spans = [];
  for (let i = 0; i < 5000; i++) { const s = document.createElement('span'); s.textContent = '12:00'; box.append(s); spans.push(s); }
  document.body.append(box);
  const take = (mutate) => { const o = new MutationObserver(() => {}); o.observe(box, { childList: true, subtree: true, characterData: true, characterDataOldValue: true }); mutate(); const rs = o.takeRecords(); o.disconnect(); return rs; };
  const cd = take(() => { for (const s of spans) s.firstChild.data = '12:01'; });
  const cl = take(() => { for (const s of spans) s.textContent = '12:02'; });
  best('rec.type', 5000, () => { for (const r of cd) r.type; });
  best('cd: target', 5000, () => { for (const r of cd) r.target; });
  best('cd: target.data+oldValue', 5000, () => { for (const r of cd) { r.target.data; r.oldValue; } });
  best('cl: target', 5000, () => { for (const r of cl) r.target; });
  best('cl: addedNodes[0]', 5000, () => { for (const r of cl) r.addedNodes[0]; });
  best('cl: added+removed data', 5000, () => { for (const r of cl) { r.addedNodes[0].data; r.removedNodes[0].data; } });
  best('cd: full triage-like', 5000, () => { for (const r of cd) { if (r.type === 'characterData') { const n = r.target; n.data; r.oldValue; } } });
  best('cl: full triage-like', 5000, () => { for (const r of cl) { if (r.type !== 'characterData') { const a = r.addedNodes; const f = a.length === 1 ? a[0] : null; if (f && f.nodeType === 3) { f.data; const rm = r.removedNodes; const o = rm.length === 1 ? rm[0] : null; if (o && o.nodeType === 3) o.data; } } } });
  best('cl: target.textContent', 5000, () => { for (const r of cl) r.target.textContent; });
  box.remove();
  return out;
})()`;

async function main() {
  const server = await startFixtureServer();
  const session = await launchBrowser({ port: server.port, extensionDir: process.argv[2] });
  try {
    const { page, context } = session;
    await openWebmail(page, { errors: false });
    const cdp = await context.newCDPSession(page);
    const reader = new IsolatedWorldReader(cdp, session.extensionId!);
    await reader.start();
    await reader.waitForStats();
    await sleep(1500);
    console.log('isolated world', JSON.stringify(await reader.evaluate(CODE), null, 1));
    const main = await page.evaluate(CODE.replace('chrome.runtime?.id', '0'));
    console.log('main world', JSON.stringify(main, null, 1));
  } finally {
    await session.close();
    await server.close();
  }
}
void main();
