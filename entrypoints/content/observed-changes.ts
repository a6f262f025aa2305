/**
 * What the watcher's MutationObserver asks for, in one place. The old text of an edit in
 * place lets a clock that only ticked be dropped unread. (The bench's empty observer, the
 * floor the watcher's cost is judged against, observes a fixed set of its own:
 * test/bench/support/empty-observer.ts.)
 */
export const OBSERVED_CHANGES: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  characterDataOldValue: true,
};
