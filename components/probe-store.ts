import { storage } from '#imports';
import type { ProbeResponse } from '../lib/probe/types';

/**
 * The last probe run for each finding of a tab, in storage.session: reopening the popup shows
 * the results (and the confidence they gave) without probing again. Gone with the session.
 */
export interface StoredProbe {
  response: ProbeResponse;
  /** ms since the epoch. */
  at: number;
}

function itemFor(tabId: number) {
  return storage.defineItem<Record<string, StoredProbe>>(`session:probes:${tabId}`, { fallback: {} });
}

export async function getStoredProbe(tabId: number, findingKey: string): Promise<StoredProbe | undefined> {
  try {
    return (await itemFor(tabId).getValue())[findingKey];
  } catch {
    return undefined;
  }
}

export async function storeProbe(tabId: number, findingKey: string, probe: StoredProbe): Promise<void> {
  const item = itemFor(tabId);
  const all = await item.getValue();
  await item.setValue({ ...all, [findingKey]: probe });
}

/** Forget a tab's probe runs (call it where the tab's findings are cleared: navigation, close). */
export function clearStoredProbes(tabId: number): Promise<void> {
  return itemFor(tabId).removeValue();
}
