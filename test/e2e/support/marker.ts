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
  /** The host's nearest ancestors (for the figures' diagnostics). */
  within: string;
  /** Its width unclipped (more than rect.width when the page clips it). */
  fullWidth: number;
}

/**
 * Runs on the button (`this`): its box as far as it is drawn, i.e. clipped by every
 * ancestor that clips its overflow (a table cell with overflow: hidden shows only part of it).
 */
const VISIBLE_RECT = `function () {
  const r = this.getBoundingClientRect();
  let left = r.left, top = r.top, right = r.right, bottom = r.bottom;
  for (let node = this.getRootNode().host; node && node.nodeType === 1; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const c = node.getBoundingClientRect();
    if (style.overflowX !== 'visible') { left = Math.max(left, c.left); right = Math.min(right, c.right); }
    if (style.overflowY !== 'visible') { top = Math.max(top, c.top); bottom = Math.min(bottom, c.bottom); }
  }
  const path = [];
  for (let node = this.getRootNode().host.parentElement; node && path.length < 4; node = node.parentElement)
    path.push(node.localName + (node.className ? '.' + String(node.className).split(' ').join('.') : ''));
  return {
    rect: { x: left, y: top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) },
    visibleText: this.innerText,
    within: path.join(' < '),
    fullWidth: r.width,
  };
}`;

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
        functionDeclaration: VISIBLE_RECT,
        returnByValue: true,
      })) as { result: { value: Omit<DrawnButton, 'name'> } };
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
 * the marker, as far as it is drawn (clipped by ancestors that clip their overflow):
 * what the marker must never cover.
 */
export function pageContentBoxes(page: Page): Promise<ContentBox[]> {
  // A string, not a function: tools that compile this file (tsx) may wrap functions in
  // helpers the page does not have.
  return page.evaluate(`(${CONTENT_BOXES})(${JSON.stringify(MARKER)})`);
}

const CONTENT_BOXES = `function (markerTag) {
  const boxes = [];
  // What an element's overflow-clipping ancestors (and itself) let be drawn.
  const clips = new Map();
  function clipOf(el) {
    if (!el) return { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
    const known = clips.get(el);
    if (known) return known;
    const clip = Object.assign({}, clipOf(el.parentElement));
    const style = getComputedStyle(el);
    const c = el.getBoundingClientRect();
    if (style.overflowX !== 'visible') { clip.left = Math.max(clip.left, c.left); clip.right = Math.min(clip.right, c.right); }
    if (style.overflowY !== 'visible') { clip.top = Math.max(clip.top, c.top); clip.bottom = Math.min(clip.bottom, c.bottom); }
    clips.set(el, clip);
    return clip;
  }
  function add(what, r, clip) {
    const left = Math.max(r.left, clip.left), right = Math.min(r.right, clip.right);
    const top = Math.max(r.top, clip.top), bottom = Math.min(r.bottom, clip.bottom);
    if (right > left && bottom > top) boxes.push({ what, x: left, y: top, width: right - left, height: bottom - top });
  }
  const range = document.createRange();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.data.trim() || parent.closest(markerTag + ',script,style,template')) continue;
    range.selectNodeContents(node);
    const clip = clipOf(parent);
    for (const r of range.getClientRects()) add(node.data.trim().slice(0, 40), r, clip);
  }
  const icons = 'img,svg,i,[class*="icon"],[role="img"],a,button,input,select,textarea';
  for (const el of document.body.querySelectorAll(icons)) {
    if (el.closest(markerTag)) continue;
    add('<' + el.localName + ' class="' + (el.getAttribute('class') || '') + '">', el.getBoundingClientRect(), clipOf(el.parentElement));
  }
  return boxes;
}`;

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
): Promise<Array<{ button: Rect; within: string; covers: Array<ContentBox & { area: number }> }>> {
  const [buttons, content] = await Promise.all([drawnMarkerButtons(context, page), pageContentBoxes(page)]);
  return buttons.map(({ rect, within }) => ({
    button: rect,
    within,
    covers: content.map((box) => ({ ...box, area: overlapArea(rect, box) })).filter((box) => box.area > 0),
  }));
}

/** Place and size of every element matched by `selector`, as [tag, x, y, width, height]. */
type Layout = Array<[string, number, number, number, number]>;

/**
 * The layout of the elements `selector` matches with the (first) marker shown and with it
 * hidden: equal when the marker takes no room from the page.
 */
export async function layoutWithAndWithoutMarker(
  page: Page,
  selector: string,
): Promise<{ withMarker: Layout; withoutMarker: Layout }> {
  const layout = () =>
    page.evaluate(
      (sel) =>
        [...document.querySelectorAll(sel)].map((el) => {
          const r = el.getBoundingClientRect();
          return [el.localName, r.x, r.y, r.width, r.height] as [string, number, number, number, number];
        }),
      selector,
    );
  const withMarker = await layout();
  await page.locator(MARKER).evaluate((host) => ((host as HTMLElement).style.display = 'none'));
  const withoutMarker = await layout();
  await page.locator(MARKER).evaluate((host) => ((host as HTMLElement).style.display = ''));
  return { withMarker, withoutMarker };
}
