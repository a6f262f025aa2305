/**
 * What the watcher's MutationObserver asks for, in one place: the bench's empty
 * observer (the floor the watcher's cost is judged against) observes the same.
 * The old text of an edit in place lets a clock that only ticked be dropped unread.
 */
export const OBSERVED_CHANGES: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  characterDataOldValue: true,
};
