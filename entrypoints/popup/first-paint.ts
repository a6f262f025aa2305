import { useSyncExternalStore } from 'react';

// The popup's first frame should hold the first cards and nothing else: the sections below
// a card's summary (guided fix, probes, login check, DNS checks) are lazy chunks, and
// fetching and compiling them while that frame is being made only delays it. They are
// asked for once the first frame has been painted.

let painted = false;
let waiting = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!painted && !waiting) {
    waiting = true;
    // A rAF callback runs just before its frame is drawn; a task queued from it runs after.
    requestAnimationFrame(() =>
      setTimeout(() => {
        painted = true;
        for (const notify of listeners) notify();
      }, 0),
    );
  }
  return () => listeners.delete(listener);
}

/** Has the popup painted its first frame since it opened? */
export function useFirstPaintDone(): boolean {
  return useSyncExternalStore(subscribe, () => painted);
}
