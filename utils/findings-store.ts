import { storage } from '#imports';
import type { Finding } from '../lib/findings';

/**
 * Per-tab findings live in storage.session: they survive a service-worker restart
 * and vanish with the browser session. One key per tab keeps writes small.
 */
function itemFor(tabId: number) {
  return storage.defineItem<Finding[]>(`session:findings:${tabId}`, { fallback: [] });
}

export function getTabFindings(tabId: number): Promise<Finding[]> {
  return itemFor(tabId).getValue();
}

export function setTabFindings(tabId: number, findings: Finding[]): Promise<void> {
  return findings.length ? itemFor(tabId).setValue(findings) : itemFor(tabId).removeValue();
}

export function watchTabFindings(tabId: number, onChange: (findings: Finding[]) => void): () => void {
  return itemFor(tabId).watch((value) => onChange(value ?? []));
}
