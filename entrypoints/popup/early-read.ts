import type { Finding } from '../../lib/findings';
import type { ExplainedText } from '../../utils/explain-store';
import { explainSessionKey, findingsSessionKey } from '../../utils/session-keys';
import { tabIdFromSearch } from './tab-id';

// The popup's first card waits for one storage read. A tiny classic script
// (entrypoints/popup-early.ts) starts that read while the popup's JavaScript is still being
// fetched and compiled; popup-state.ts takes it over. It uses the extension API directly (no
// polyfill, no WXT storage) so that the script stays small.

interface SessionArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  onChanged?: {
    addListener(listener: (changes: Record<string, unknown>) => void): void;
    removeListener(listener: (changes: Record<string, unknown>) => void): void;
  };
}
type ExtensionGlobal = { storage?: { session?: SessionArea } };

export interface EarlyTabRead {
  tabId: number;
  values: Promise<{ findings: Finding[]; explained: ExplainedText | null }>;
  /** Did either entry change after the read was started (so the read may be stale)? */
  changed(): boolean;
  stop(): void;
}

/** Where the early script leaves its read for the popup's module (same page, same global). */
const HANDOVER = '__smtpDoctorEarlyTabRead';
type WithHandover = { [HANDOVER]?: EarlyTabRead };

export function startEarlyRead(search: string, global: object = globalThis): void {
  const tabId = tabIdFromSearch(search);
  const api = global as { browser?: ExtensionGlobal; chrome?: ExtensionGlobal };
  const area = (api.browser ?? api.chrome)?.storage?.session;
  if (tabId === null || !area?.onChanged) return;
  const keys = [findingsSessionKey(tabId), explainSessionKey(tabId)] as const;
  let changed = false;
  const onChanged = (changes: Record<string, unknown>) => {
    if (keys.some((key) => key in changes)) changed = true;
  };
  // Listen before reading: a change after the read started is noticed.
  area.onChanged.addListener(onChanged);
  let values: EarlyTabRead['values'];
  try {
    values = area.get([...keys]).then((got) => ({
      findings: (got[keys[0]] as Finding[] | undefined) ?? [],
      explained: (got[keys[1]] as ExplainedText | undefined) ?? null,
    }));
  } catch (error) {
    values = Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  values.catch(() => {});
  (global as WithHandover)[HANDOVER] = {
    tabId,
    values,
    changed: () => changed,
    stop: () => area.onChanged?.removeListener(onChanged),
  };
}

/** The early read of this tab, once (null if none was started or it was for another tab). */
export function takeEarlyRead(tabId: number, global: object = globalThis): EarlyTabRead | null {
  const holder = global as WithHandover;
  const read = holder[HANDOVER];
  delete holder[HANDOVER];
  if (read && read.tabId === tabId) return read;
  read?.stop();
  return null;
}
