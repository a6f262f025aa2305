/**
 * A budget of page text per minute (a token bucket that refills evenly): the work a
 * page can ask of the extension grows with time, not with what the page prints. The
 * content script keeps one per frame, the background one per tab.
 */

/** A text costs its length, and at least this much (classifying a short text is not free). */
export const MIN_TEXT_COST = 256;

/**
 * Page text one frame hands on per minute: a long debug log in a <pre> (a few 16 KB
 * windows) or hundreds of short toasts fit; a page printing without end does not.
 */
export const FRAME_TEXT_PER_MINUTE = 256 * 1024;
/** Page text the background classifies per tab per minute: a few busy frames' worth. */
export const TAB_TEXT_PER_MINUTE = 4 * FRAME_TEXT_PER_MINUTE;

export interface TextBudget {
  /** Take the cost of `text` if it is left; false (and nothing taken) when it is not. */
  take(text: string, now: number): boolean;
}

export function createTextBudget(charsPerMinute: number, start: number): TextBudget {
  let left = charsPerMinute;
  let last = start;
  return {
    take(text, now) {
      left = Math.min(charsPerMinute, left + (Math.max(0, now - last) * charsPerMinute) / 60_000);
      last = now;
      const cost = Math.max(text.length, MIN_TEXT_COST);
      if (cost > left) return false;
      left -= cost;
      return true;
    },
  };
}
