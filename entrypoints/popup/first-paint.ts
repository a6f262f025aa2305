import { useSyncExternalStore } from 'react';

// The popup's first frame should hold the first card and nothing else: the sections below a
// card's summary (guided fix, probes, login check, DNS checks) are lazy chunks, and the other
// cards are large trees; making them while that frame is being made only delays it. They are
// rendered once the first frame has been painted.

let painted = false;
let waiting = false;
const listeners = new Set<() => void>();

interface TaskScheduler {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<void>;
}

/**
 * Runs `callback` after the tasks already waiting: after the frame's own follow-up work and any
 * input, since what it starts (chunk fetches, the other cards) is not what the popup was opened for.
 */
function afterWaitingTasks(callback: () => void) {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (scheduler?.postTask) void scheduler.postTask(callback, { priority: 'background' }).catch(() => {});
  else setTimeout(callback, 0);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!painted && !waiting) {
    waiting = true;
    // A rAF callback runs just before its frame is drawn; a task queued from it runs after.
    requestAnimationFrame(() =>
      afterWaitingTasks(() => {
        painted = true;
        for (const notify of listeners) notify();
      }),
    );
  }
  return () => listeners.delete(listener);
}

/** Has the popup painted its first frame since it opened? */
export function useFirstPaintDone(): boolean {
  return useSyncExternalStore(subscribe, () => painted);
}
