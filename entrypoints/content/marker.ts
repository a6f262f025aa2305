import { isBlock, MARKER_TAG } from './dom-rules';
import { contentTranslator, markerLocale, pageLocale, type ContentT } from './marker-language';

/**
 * The in-page marker: a small button placed in the page's flow right after the
 * error's text (inside the error's block, at its end; after an inline error
 * element), so it sits beside the error and never over the page's own text or
 * icons. It takes the width of a short word on the error's last line and, with
 * negative vertical margins, no more height than the line already has.
 * Its button lives in a closed shadow root (the page's CSS and scripts cannot
 * reach it); every string is set as text or as an attribute, never parsed as HTML.
 * The page still owns the host and its ancestors and can scale or move them, so a
 * click counts only when the button shows at its own size and place.
 */

const english = contentTranslator('en');
/** What the button shows (in English; other languages: content.marker.text). */
export const MARKER_TEXT = english('content.marker.text');
/** Its accessible name: it starts with the visible label, as speech input expects. */
export const MARKER_LABEL = english('content.marker.label', { text: MARKER_TEXT });

/** The button's label and accessible name in a language. */
function label(button: HTMLButtonElement, t: ContentT): void {
  const text = t('content.marker.text');
  button.setAttribute('aria-label', t('content.marker.label', { text }));
  button.lastChild!.textContent = text;
}

/** The button's height (SHADOW_CSS), in px. */
const BUTTON_HEIGHT = 18;
/** Its overhang above and below: the line it sits on keeps its own height. */
const OVERHANG = 3;
/** Wider than the label ever renders; a button stretched past it is no longer ours. */
const BUTTON_MAX_WIDTH = 120;

const HOST_STYLE = `all:initial;display:inline-flex;vertical-align:middle;margin:-${OVERHANG}px 0 -${OVERHANG}px 6px`;

// px, not rem: rem would follow the page's root font size.
const SHADOW_CSS = `
button {
  all: initial;
  display: inline-flex;
  align-items: center;
  gap: 4px;
  box-sizing: border-box;
  height: ${BUTTON_HEIGHT}px;
  padding: 0 7px;
  border-radius: 9px;
  background: #b3261e;
  color: #ffffff;
  font: 600 12px/${BUTTON_HEIGHT}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  white-space: nowrap;
  cursor: pointer;
  box-shadow: 0 1px 3px rgba(0, 0, 0, 0.35);
}
svg { width: 12px; height: 12px; fill: none; stroke: currentColor; stroke-width: 1.6; }
button:hover { background: #8c1d18; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
`;

export interface Marker {
  host: HTMLElement;
  /** Out of the page's reach (closed root): only the extension holds it. */
  button: HTMLButtonElement;
  /** Put the marker beside a (new) anchor, e.g. when the page re-rendered the error. */
  attach(anchor: Node): void;
  remove(): void;
  /** The marker and the error it marks are both on the page. */
  readonly attached: boolean;
  /** The error it was last put beside is still in the document (the marker may not be). */
  readonly anchored: boolean;
}

export interface MarkerContent {
  /** Short tooltip: the category and the start of the error text. */
  summary: string;
  onActivate(): void;
}

/** A page may zoom or scale its content a little; an overlay is scaled far more. */
const MAX_SCALE = 2;

/**
 * Does the button show as we drew it: its own size (give or take the page's own
 * zoom), filling its host, not made transparent? A page that scales the host (or
 * an ancestor) into a full-viewport overlay fails this. Read only on a click.
 */
function showsAsDrawn(host: HTMLElement, button: HTMLButtonElement): boolean {
  const own = host.getBoundingClientRect();
  const box = button.getBoundingClientRect();
  const scale = box.height / BUTTON_HEIGHT;
  const near = (a: number, b: number) => Math.abs(a - b) <= 1;
  return (
    scale >= 1 / MAX_SCALE &&
    scale <= MAX_SCALE &&
    box.width > 0 &&
    box.width <= BUTTON_MAX_WIDTH * scale &&
    near(box.left, own.left) &&
    near(box.top, own.top) &&
    button.checkVisibility({ opacityProperty: true, visibilityProperty: true })
  );
}

/** A small envelope, drawn (not text): the button's text is its label alone. */
function envelope(doc: Document): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = doc.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 12 12');
  svg.setAttribute('aria-hidden', 'true');
  const path = doc.createElementNS(ns, 'path');
  path.setAttribute('d', 'M1.5 2.5h9v7h-9zM1.5 3l4.5 3.5L10.5 3');
  svg.append(path);
  return svg;
}

/** The first of the blocks (and blank text) that end `parent`, or null when its text ends it. */
function trailingBlocks(parent: Node): Node | null {
  let first: Node | null = null;
  for (let child = parent.lastChild; child; child = child.previousSibling) {
    const blank = child.nodeType === 3 && !(child as Text).data.trim();
    const block = child.nodeType === 1 && isBlock(child as Element);
    if (!blank && !block && !(child.nodeType === 1 && (child as Element).localName === MARKER_TAG)) break;
    first = child;
  }
  return first;
}

export function createMarker(doc: Document, content: MarkerContent): Marker {
  const host = doc.createElement(MARKER_TAG);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = SHADOW_CSS;
  const button = doc.createElement('button');
  button.type = 'button';
  button.title = `SMTP Doctor: ${content.summary}`;
  button.append(envelope(doc), doc.createTextNode(''));
  // The browser's language at once; the language setting as soon as it has been read.
  const first = pageLocale();
  label(button, contentTranslator(first));
  void markerLocale().then((locale) => {
    if (locale !== first) label(button, contentTranslator(locale));
  });
  button.addEventListener('click', (event) => {
    // Only a real click (page scripts cannot trigger the explanation), on the button
    // as drawn: otherwise the click is the page's, and goes on to it untouched.
    if (!event.isTrusted || !showsAsDrawn(host, button)) return;
    event.preventDefault();
    event.stopPropagation();
    content.onActivate();
  });
  root.append(style, button);

  let anchor: Node | null = null;
  return {
    host,
    button,
    attach(next: Node) {
      anchor = next;
      // In a block: after its own last line of text (before any blocks nested at its
      // end, which would put the marker on a line of its own). After an inline
      // element or a bare text node: on the same line.
      if (next.nodeType === 1 && isBlock(next as Element)) next.insertBefore(host, trailingBlocks(next));
      else next.parentNode?.insertBefore(host, next.nextSibling);
    },
    remove() {
      anchor = null;
      host.remove();
    },
    get attached() {
      return host.isConnected && !!anchor?.isConnected;
    },
    get anchored() {
      return !!anchor?.isConnected;
    },
  };
}
