import { storage } from '#imports';
import type { ProbeResponse } from '../lib/probe/types';
import { getTabFindings } from './findings-store';

/**
 * The last probe run for each finding of a tab, in storage.session: reopening the popup shows
 * the results (and the confidence they gave) without probing again. A run goes with its
 * finding (the background prunes them together: navigation, a frame's document leaving, a
 * finding superseded, the tab closing), or when the user clears it in the popup.
 */
export interface StoredProbe {
  response: ProbeResponse;
  /** ms since the epoch. */
  at: number;
}

/** Plain key reads and writes (see findings-store.ts: a defined item reads its value once more). */
function itemFor(tabId: number) {
  const key = `session:probes:${tabId}` as const;
  return {
    getValue: () => storage.getItem<Record<string, StoredProbe>>(key, { fallback: {} }),
    setValue: (value: Record<string, StoredProbe>) => storage.setItem(key, value),
    removeValue: () => storage.removeItem(key),
  };
}

export async function getStoredProbe(tabId: number, findingKey: string): Promise<StoredProbe | undefined> {
  try {
    return (await itemFor(tabId).getValue())[findingKey];
  } catch {
    return undefined;
  }
}

/**
 * Keep a run for a finding still on the tab. A run that ends after its finding went (the tab
 * navigated or closed while it ran) is not kept: nothing would ever clear it.
 */
export async function storeProbe(tabId: number, findingKey: string, probe: StoredProbe): Promise<void> {
  if (!(await getTabFindings(tabId)).some((f) => f.key === findingKey)) return;
  const item = itemFor(tabId);
  const all = await item.getValue();
  await item.setValue({ ...all, [findingKey]: probe });
}

/** Forget all of a tab's probe runs (the tab moved on or closed). */
export function clearStoredProbes(tabId: number): Promise<void> {
  return itemFor(tabId).removeValue();
}

/** Forget the runs of findings that are no longer on the tab. */
export async function keepStoredProbes(tabId: number, findingKeys: ReadonlySet<string>): Promise<void> {
  const item = itemFor(tabId);
  const all = await item.getValue();
  const kept = Object.entries(all).filter(([key]) => findingKeys.has(key));
  if (kept.length === Object.keys(all).length) return;
  await (kept.length ? item.setValue(Object.fromEntries(kept)) : item.removeValue());
}

/** Forget one finding's run (the popup's "Clear results"). */
export async function forgetStoredProbe(tabId: number, findingKey: string): Promise<void> {
  const item = itemFor(tabId);
  const { [findingKey]: gone, ...rest } = await item.getValue();
  if (!gone) return;
  await (Object.keys(rest).length ? item.setValue(rest) : item.removeValue());
}
