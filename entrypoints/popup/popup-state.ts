import type { Finding } from '../../lib/findings';
import { defaultSettings, type Settings } from '../../components/settings';
import { loadSettings, type SettingsSource } from '../../components/settings-store';
import { getExplained, watchExplained, type ExplainedText } from '../../utils/explain-store';
import { getTabFindings, watchTabFindings } from '../../utils/findings-store';
import { takeEarlyRead } from './early-read';
import { resolveTabId } from './tab';

export interface TabState {
  tabId: number | null;
  findings: Finding[];
  /** Text sent here by the context menu "Explain this email error". */
  explained: ExplainedText | null;
}

export interface PopupState {
  tab: { status: 'loading' } | ({ status: 'ready' } & TabState);
  /** The defaults until the stored settings are read; they never hold up the cards. */
  settings: Settings;
}

/** What the popup shows, read from storage and kept current (for useSyncExternalStore). */
export interface PopupStateSource {
  subscribe(listener: () => void): () => void;
  getSnapshot(): PopupState;
  stop(): void;
}

/**
 * Start reading the popup's state at once: main.tsx calls this before React renders, so
 * the storage round trips overlap loading and the first render instead of following them.
 * Storage only, no network. `settings`: a read of the settings it shares (see startPopup).
 */
export function startPopupState(search: string, settings?: SettingsSource): PopupStateSource {
  let state: PopupState = { tab: { status: 'loading' }, settings: defaultSettings() };
  const listeners = new Set<() => void>();
  const unwatch: Array<() => void> = [];
  let stopped = false;
  const update = (change: (old: PopupState) => PopupState) => {
    if (stopped) return;
    state = change(state);
    listeners.forEach((listener) => listener());
  };

  loadSettings(settings).then(
    ({ settings }) => update((old) => ({ ...old, settings })),
    () => {},
  );

  void (async () => {
    const tabId = await resolveTabId(search);
    if (stopped) return;
    if (tabId === null) {
      update((old) => ({ ...old, tab: { status: 'ready', tabId, findings: [], explained: null } }));
      return;
    }
    // Watch before reading: the context menu may open this popup before it stores the
    // selected text, and a change between the read and the watch would be lost. A value
    // a watcher delivered is newer than the first read.
    const seen: { findings?: Finding[]; explained?: ExplainedText | null } = {};
    unwatch.push(
      watchTabFindings(tabId, (findings) => {
        seen.findings = findings;
        update((old) => (old.tab.status === 'ready' ? { ...old, tab: { ...old.tab, findings } } : old));
      }),
      watchExplained(tabId, (explained) => {
        seen.explained = explained;
        update((old) => (old.tab.status === 'ready' ? { ...old, tab: { ...old.tab, explained } } : old));
      }),
    );
    // The early script's read, started before this module loaded, serves when nothing changed
    // since it started; the watchers above see every change from now on.
    const early = takeEarlyRead(tabId);
    const earlyValues = early ? await early.values.catch(() => null) : null;
    early?.stop();
    const [findings, explained] =
      earlyValues && !early!.changed()
        ? [earlyValues.findings, earlyValues.explained]
        : await Promise.all([getTabFindings(tabId).catch(() => []), getExplained(tabId).catch(() => null)]);
    if (stopped) return;
    update((old) => ({
      ...old,
      tab: {
        status: 'ready',
        tabId,
        findings: seen.findings ?? findings,
        explained: seen.explained !== undefined ? seen.explained : explained,
      },
    }));
  })();

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => state,
    stop() {
      stopped = true;
      unwatch.splice(0).forEach((stop) => stop());
    },
  };
}

/** Resolves once the tab's findings have been read (the settings need not be). */
export function tabReady(source: PopupStateSource): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (source.getSnapshot().tab.status !== 'ready') return false;
      resolve();
      return true;
    };
    if (check()) return;
    const unsubscribe = source.subscribe(() => {
      if (check()) unsubscribe();
    });
  });
}
