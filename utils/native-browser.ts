/**
 * The extension API as the browser gives it, for builds that do without
 * webextension-polyfill (see wxt.config.ts): Firefox's `browser`, or Chromium's `chrome`,
 * whose MV3 APIs return promises themselves.
 *
 * `browser` only when the global holds it itself: a page's element named "browser"
 * (`<form name="browser">`) also shows up as `globalThis.browser` in a content script, and
 * would stand in for the API. The browser defines its API as the global's own property,
 * which no element can shadow.
 */
import type Browser from 'webextension-polyfill';

type Api = typeof Browser;
const scope = globalThis as { browser?: Api; chrome?: Api };
export default (Object.hasOwn(globalThis, 'browser') ? scope.browser : scope.chrome)!;
