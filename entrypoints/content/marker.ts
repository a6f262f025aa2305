import { MARKER_TAG } from './dom-rules';

/**
 * The in-page marker: a zero-size, absolutely positioned host inserted right
 * after the element that shows the error, so the page's own layout never moves.
 * Its button lives in a closed shadow root (the page's CSS and scripts cannot
 * reach it); every string is set as text or as an attribute, never parsed as HTML.
 * The page still owns the host and its ancestors and can scale or move them, so a
 * click counts only when the button shows at its own size and place.
 */

export const MARKER_LABEL = 'Explain this email error';

const HOST_STYLE =
  'all:initial;position:absolute;width:0;height:0;overflow:visible;z-index:2147483646;pointer-events:none';

/** The button's place beside the host and its height (SHADOW_CSS), in px. */
const BUTTON_TOP = 2;
const BUTTON_LEFT = 4;
const BUTTON_HEIGHT = 20;
/** Wider than the label ever renders; a button stretched past it is no longer ours. */
const BUTTON_MAX_WIDTH = 160;

// px, not rem: rem would follow the page's root font size.
const SHADOW_CSS = `
button {
  all: initial;
  position: absolute;
  top: ${BUTTON_TOP}px;
  left: ${BUTTON_LEFT}px;
  pointer-events: auto;
  display: inline-flex;
  align-items: center;
  gap: 4px;
  box-sizing: border-box;
  height: ${BUTTON_HEIGHT}px;
  padding: 0 8px;
  border-radius: 10px;
  background: #b3261e;
  color: #ffffff;
  font: 600 12px/20px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  white-space: nowrap;
  cursor: pointer;
  box-shadow: 0 1px 3px rgba(0, 0, 0, 0.35);
}
button:hover { background: #8c1d18; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
`;

export interface Marker {
  host: HTMLElement;
  /** Out of the page's reach (closed root): only the extension holds it. */
  button: HTMLButtonElement;
  /** Put the marker after a (new) anchor, e.g. when the page re-rendered the error. */
  attach(anchor: Node): void;
  remove(): void;
  readonly attached: boolean;
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
 * zoom), where it belongs beside the host, not made transparent? A page that
 * scales the host (or an ancestor) into a full-viewport overlay fails this. Read
 * only on a click.
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
    near(box.left, own.left + BUTTON_LEFT * scale) &&
    near(box.top, own.top + BUTTON_TOP * scale) &&
    button.checkVisibility({ opacityProperty: true, visibilityProperty: true })
  );
}

export function createMarker(doc: Document, content: MarkerContent): Marker {
  const host = doc.createElement(MARKER_TAG);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = SHADOW_CSS;
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-label', MARKER_LABEL);
  button.title = `SMTP Doctor: ${content.summary}`;
  button.textContent = '✉ Why?';
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
      next.parentNode?.insertBefore(host, next.nextSibling);
    },
    remove() {
      anchor = null;
      host.remove();
    },
    get attached() {
      return host.isConnected && !!anchor?.isConnected;
    },
  };
}
