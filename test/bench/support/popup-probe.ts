import type { Page } from 'playwright-core';
import { sleep } from './stats';

/** Runs in the popup before its scripts: records the first frame that shows a card. */
export const FIRST_CARD_PROBE = `(() => {
  const shown = () => {
    const card = document.querySelector('[data-category]');
    if (!card) return false;
    const box = card.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    observer.disconnect();
    // The frame that shows the card: its rendering runs after this rAF callback; a message
    // posted from here is handled once that frame's main-thread work (style, layout, paint) is done.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { window.__firstCard = performance.now(); };
      channel.port2.postMessage(0);
    });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

export async function pollFirstCard(popup: Page, timeoutMs = 15_000): Promise<number> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await popup.evaluate<number | null>('window.__firstCard ?? null');
    if (typeof value === 'number') return value;
    if (Date.now() > until) throw new Error('no [data-category] card appeared in the popup');
    await sleep(20);
  }
}
