import type { Page } from 'playwright-core';
import { PAGE_URL } from './fixture-server';

/** What window.benchPage (test/fixtures/bench/webmail.js) reports. */
export interface WebmailInfo {
  seed: number;
  withErrors: boolean;
  batches: number;
  errorsShown: number;
  nodes: number;
  kinds: Record<string, number>;
}

export const ERROR_COUNT = 50;

export async function openWebmail(
  page: Page,
  opts: { errors: boolean; seed?: number; only?: string[] },
): Promise<WebmailInfo> {
  const query = new URLSearchParams({ seed: String(opts.seed ?? 1) });
  if (opts.errors) query.set('errors', '1');
  if (opts.only) query.set('only', opts.only.join(','));
  await page.goto(`${PAGE_URL}?${query}`, { waitUntil: 'load' });
  await page.waitForFunction('typeof window.benchPage === "object"');
  return webmailInfo(page);
}

export function webmailInfo(page: Page): Promise<WebmailInfo> {
  return page.evaluate('window.benchPage.info()');
}

/** Runs the page's next n batches; resolves with the page's own time inside them (ms). */
export function runBatches(page: Page, n: number): Promise<{ batches: number; ownMs: number }> {
  return page.evaluate(`window.benchPage.runBatches(${n})`);
}

export interface MarkerCount {
  /** Elements the page did not make (the extension's marker hosts), outermost only. */
  markers: number;
  /** For each error index shown: how many markers sit in or right after its element. */
  perError: Record<string, number>;
  /** Markers that belong to no error element. */
  stray: number;
}

/**
 * Counts marker hosts in the page: every outermost element whose tag the fixture never
 * creates (or that matches BENCH_MARKER_SELECTOR when set), attributed to the error element
 * it sits in or follows.
 */
export function countMarkers(
  page: Page,
  selector = process.env.BENCH_MARKER_SELECTOR ?? '',
): Promise<MarkerCount> {
  return page.evaluate(
    `((selector) => {
      const OWN = new Set(['html','head','meta','title','style','script','body','div','header','span','input','button','nav','ul','li','a','h2','h3','main','table','tbody','tr','td','section','p','blockquote']);
      const isOwn = (e) => OWN.has(e.localName);
      let hosts;
      if (selector) hosts = [...document.querySelectorAll(selector)];
      else hosts = [...document.body.querySelectorAll('*')].filter((e) => {
        if (isOwn(e)) return false;
        for (let p = e.parentElement; p; p = p.parentElement) if (!isOwn(p)) return false;
        return true;
      });
      const perError = {};
      for (const e of document.querySelectorAll('[data-bench-error]')) perError[e.getAttribute('data-bench-error')] = 0;
      let stray = 0;
      for (const host of hosts) {
        let ref = host.closest('[data-bench-error]');
        if (!ref) {
          let s = host.previousElementSibling;
          while (s && !isOwn(s)) s = s.previousElementSibling;
          ref = s && (s.closest('[data-bench-error]') ?? s.querySelector('[data-bench-error]'));
        }
        if (ref) perError[ref.getAttribute('data-bench-error')]++;
        else stray++;
      }
      return { markers: hosts.length, perError, stray };
    })(${JSON.stringify(selector)})`,
  );
}
