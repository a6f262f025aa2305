import { storage } from '#imports';
import {
  SETTINGS_KEY,
  SETTINGS_VERSION,
  defaultSettings,
  migrateV1toV2,
  validateSettings,
  type Settings,
  type SettingsIssue,
} from './settings';
import { ENGLISH, type Translator } from '../lib/i18n/translator';

/**
 * The settings live in one versioned item, `local:settings`. The stored value is read as
 * `unknown` and validated on every read: storage can hold anything (an old version, a
 * hand-edited value, a half-written import), and a bad value must never break a page.
 */
export function defineSettingsItem() {
  return storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, {
    version: SETTINGS_VERSION,
    // A migration must not throw (a throw leaves the old value in place); validation
    // afterwards replaces whatever it could not carry over.
    migrations: { 2: migrateV1toV2 },
  });
}

let item: ReturnType<typeof defineSettingsItem> | undefined;
function settingsItem() {
  item ??= defineSettingsItem();
  return item;
}

export type SettingsState =
  | { status: 'stored'; settings: Settings }
  | { status: 'missing'; settings: Settings }
  | { status: 'repaired'; settings: Settings; issues: SettingsIssue[] };

/** The issues are worded in the translator's language (the options page shows them). */
export function stateFromRaw(raw: unknown, translator: Translator = ENGLISH): SettingsState {
  if (raw === null || raw === undefined) return { status: 'missing', settings: defaultSettings() };
  const { settings, issues } = validateSettings(raw, translator);
  return issues.length ? { status: 'repaired', settings, issues } : { status: 'stored', settings };
}

export async function loadSettings(
  source = settingsItem(),
  translator: Translator = ENGLISH,
): Promise<SettingsState> {
  try {
    return stateFromRaw(await source.getValue(), translator);
  } catch {
    // Storage itself failed (quota, corrupted profile): carry on with defaults.
    return {
      status: 'repaired',
      settings: defaultSettings(),
      issues: [{ field: 'settings', problem: translator.t('options.problem.unreadable') }],
    };
  }
}

export async function saveSettings(settings: Settings, target = settingsItem()): Promise<void> {
  const { settings: clean } = validateSettings(settings);
  await target.setValue(clean);
}

export function watchSettings(onChange: (state: SettingsState) => void, source = settingsItem()): () => void {
  return source.watch((raw) => onChange(stateFromRaw(raw)));
}
