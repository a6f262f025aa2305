import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * The in-page marker's button sits in a closed shadow root, which neither the page
 * nor Playwright's selectors can enter: tests click it where a person would (by the
 * host's place) and read it over the DevTools protocol, which sees closed roots.
 */

export const MARKER = 'smtp-doctor-marker';

/** Click the nth marker's button as a person would: in the middle of it. */
export async function clickMarker(page: Page, nth = 0): Promise<void> {
  const box = await page.locator(MARKER).nth(nth).boundingBox();
  if (!box) throw new Error('the marker is not on the page');
  // The host wraps the button exactly (it is in the page's flow, beside the error).
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: Array<DomNode & { shadowRootType?: string }>;
}

interface FoundButton {
  rootMode: string;
  attributes: Record<string, string>;
  backendNodeId: number;
}

async function findButtons(cdp: CDPSession): Promise<FoundButton[]> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const found: FoundButton[] = [];
  const visit = (node: DomNode, rootMode: string) => {
    if (node.nodeName === 'BUTTON' && rootMode) {
      const attributes: Record<string, string> = {};
      const list = node.attributes ?? [];
      for (let i = 0; i + 1 < list.length; i += 2) attributes[list[i]!] = list[i + 1]!;
      found.push({ rootMode, attributes, backendNodeId: node.backendNodeId });
    }
    for (const child of node.children ?? []) visit(child, rootMode);
    if (node.nodeName === MARKER.toUpperCase())
      for (const shadow of node.shadowRoots ?? []) visit(shadow, shadow.shadowRootType ?? 'unknown');
  };
  visit(root, '');
  return found;
}

/** The markers' buttons: their attributes, and the mode of the shadow root holding them. */
export async function markerButtons(
  context: BrowserContext,
  page: Page,
): Promise<Array<{ rootMode: string; attributes: Record<string, string> }>> {
  const cdp = await context.newCDPSession(page);
  try {
    return (await findButtons(cdp)).map(({ rootMode, attributes }) => ({ rootMode, attributes }));
  } finally {
    await cdp.detach();
  }
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DrawnButton {
  /** Where the button is drawn, in the page's viewport coordinates. */
  rect: Rect;
  /** What a person sees on it (rendered text). */
  visibleText: string;
  /** Its accessible name, as Chromium computes it. */
  name: string;
}

/** Each marker button as drawn and as assistive technology names it. */
export async function drawnMarkerButtons(context: BrowserContext, page: Page): Promise<DrawnButton[]> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Accessibility.enable');
    const drawn: DrawnButton[] = [];
    for (const { backendNodeId } of await findButtons(cdp)) {
      const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId })) as {
        object: { objectId: string };
      };
      const { result } = (await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration:
          'function () { const r = this.getBoundingClientRect(); return { rect: { x: r.x, y: r.y, width: r.width, height: r.height }, visibleText: this.innerText }; }',
        returnByValue: true,
      })) as { result: { value: { rect: Rect; visibleText: string } } };
      const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', {
        backendNodeId,
        fetchRelatives: false,
      })) as { nodes: Array<{ name?: { value?: string } }> };
      drawn.push({ ...result.value, name: nodes[0]?.name?.value ?? '' });
    }
    return drawn;
  } finally {
    await cdp.detach();
  }
}

/** A piece of the page's own content: a line box of text, or an icon-like element. */
export interface ContentBox extends Rect {
  what: string;
}

/**
 * Every line box of the page's text and every icon, image or control it draws, outside
 * the marker: what the marker must never cover.
 */
export function pageContentBoxes(page: Page): Promise<ContentBox[]> {
  return page.evaluate((markerTag) => {
    const boxes: ContentBox[] = [];
    const range = document.createRange();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      if (!text.data.trim() || text.parentElement?.closest(`${markerTag},script,style,template`)) continue;
      range.selectNodeContents(text);
      for (const r of range.getClientRects())
        if (r.width > 0 && r.height > 0)
          boxes.push({
            what: text.data.trim().slice(0, 40),
            x: r.x,
            y: r.y,
            width: r.width,
            height: r.height,
          });
    }
    const icons = 'img,svg,i,[class*="icon"],[role="img"],a,button,input,select,textarea';
    for (const el of document.body.querySelectorAll(icons)) {
      if (el.closest(markerTag)) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0)
        boxes.push({
          what: `<${el.localName} class="${el.getAttribute('class') ?? ''}">`,
          x: r.x,
          y: r.y,
          width: r.width,
          height: r.height,
        });
    }
    return boxes;
  }, MARKER);
}

/** Area (px²) two rectangles share. */
export function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** What each marker button covers of the page's content (empty lists: nothing). */
export async function markerOverlaps(
  context: BrowserContext,
  page: Page,
): Promise<Array<{ button: Rect; covers: Array<ContentBox & { area: number }> }>> {
  const [buttons, content] = await Promise.all([drawnMarkerButtons(context, page), pageContentBoxes(page)]);
  return buttons.map(({ rect }) => ({
    button: rect,
    covers: content.map((box) => ({ ...box, area: overlapArea(rect, box) })).filter((box) => box.area > 0),
  }));
}
