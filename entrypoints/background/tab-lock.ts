/**
 * Serialises the read-modify-write of one tab's findings: two reports arriving
 * together must not overwrite each other. Only the queue lives in memory; the
 * state itself is in storage.session.
 */
const chains = new Map<number, Promise<unknown>>();

export function withTabLock<T>(tabId: number, task: () => Promise<T>): Promise<T> {
  const previous = chains.get(tabId) ?? Promise.resolve();
  const run = previous.then(task, task);
  const tail = run.catch(() => undefined);
  chains.set(tabId, tail);
  void tail.then(() => {
    if (chains.get(tabId) === tail) chains.delete(tabId);
  });
  return run;
}
