import { MARKER_TAG } from './dom-rules';

/**
 * The in-page marker: a zero-size, absolutely positioned host inserted right
 * after the element that shows the error, so the page's own layout never moves.
 * Its button lives in a shadow root (the page's CSS cannot reach it); every
 * string is set as text or as an attribute, never parsed as HTML.
 */

export const MARKER_LABEL = 'Explain this email error';

const HOST_STYLE =
  'all:initial;position:absolute;width:0;height:0;overflow:visible;z-index:2147483646;pointer-events:none';

// px, not rem: rem would follow the page's root font size.
const SHADOW_CSS = `
button {
  all: initial;
  position: absolute;
  top: 2px;
  left: 4px;
  pointer-events: auto;
  display: inline-flex;
  align-items: center;
  gap: 4px;
  box-sizing: border-box;
  height: 20px;
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

export function createMarker(doc: Document, content: MarkerContent): Marker {
  const host = doc.createElement(MARKER_TAG);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = SHADOW_CSS;
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-label', MARKER_LABEL);
  button.title = `SMTP Doctor: ${content.summary}`;
  button.textContent = '✉ Why?';
  button.addEventListener('click', (event) => {
    // Only a real click: page scripts cannot trigger the explanation.
    if (!event.isTrusted) return;
    event.preventDefault();
    event.stopPropagation();
    content.onActivate();
  });
  root.append(style, button);

  let anchor: Node | null = null;
  return {
    host,
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
