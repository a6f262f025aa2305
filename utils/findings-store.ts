import { storage } from '#imports';
import type { Finding } from '../lib/findings';
import { findingsSessionKey } from './session-keys';

/**
 * Per-tab findings live in storage.session: they survive a service-worker restart
 * and vanish with the browser session. One key per tab keeps writes small.
 */
// Plain key reads and writes, not storage.defineItem: an item reads its value once when
// defined, so an item defined per call cost an extra storage round trip on every call.
const keyFor = (tabId: number) => `session:${findingsSessionKey(tabId)}` as const;

export function getTabFindings(tabId: number): Promise<Finding[]> {
  return storage.getItem<Finding[]>(keyFor(tabId), { fallback: [] });
}

export function setTabFindings(tabId: number, findings: Finding[]): Promise<void> {
  return findings.length ? storage.setItem(keyFor(tabId), findings) : storage.removeItem(keyFor(tabId));
}

export function watchTabFindings(tabId: number, onChange: (findings: Finding[]) => void): () => void {
  return storage.watch<Finding[]>(keyFor(tabId), (value) => onChange(value ?? []));
}
