import type { BrowserContext, Page } from 'playwright-core';

/**
 * The in-page marker's button sits in a closed shadow root, which neither the page
 * nor Playwright's selectors can enter: tests click it where a person would (by the
 * host's place) and read its attributes over the DevTools protocol, which sees
 * closed roots.
 */

export const MARKER = 'smtp-doctor-marker';

/** Click the nth marker's button as a person would: at its place beside the error. */
export async function clickMarker(page: Page, nth = 0): Promise<void> {
  const box = await page.locator(MARKER).nth(nth).boundingBox();
  if (!box) throw new Error('the marker is not on the page');
  // The button starts 4 px right and 2 px below the zero-size host; it is 20 px high.
  await page.mouse.click(box.x + 12, box.y + 12);
}

interface DomNode {
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: Array<DomNode & { shadowRootType?: string }>;
}

/** The markers' buttons: their attributes, and the mode of the shadow root holding them. */
export async function markerButtons(
  context: BrowserContext,
  page: Page,
): Promise<Array<{ rootMode: string; attributes: Record<string, string> }>> {
  const cdp = await context.newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const found: Array<{ rootMode: string; attributes: Record<string, string> }> = [];
    const visit = (node: DomNode, rootMode: string) => {
      if (node.nodeName === 'BUTTON' && rootMode) {
        const attributes: Record<string, string> = {};
        const list = node.attributes ?? [];
        for (let i = 0; i + 1 < list.length; i += 2) attributes[list[i]!] = list[i + 1]!;
        found.push({ rootMode, attributes });
      }
      for (const child of node.children ?? []) visit(child, rootMode);
      if (node.nodeName === MARKER.toUpperCase())
        for (const shadow of node.shadowRoots ?? []) visit(shadow, shadow.shadowRootType ?? 'unknown');
    };
    visit(root, '');
    return found;
  } finally {
    await cdp.detach();
  }
}
