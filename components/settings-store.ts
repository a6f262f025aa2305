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

// Defined on first use only: defining the item reads storage twice (its migration check, then
// its value), which a page that only reads the settings need not pay.
let item: ReturnType<typeof defineSettingsItem> | undefined;
function settingsItem() {
  item ??= defineSettingsItem();
  return item;
}

const VALUE_KEY = `local:${SETTINGS_KEY}` as const;
/** Where @wxt-dev/storage keeps a versioned item's version (`{ v }`). */
const VERSION_KEY = `local:${SETTINGS_KEY}$` as const;

/**
 * The stored settings in one storage read: the value and its version together. A value of
 * another version (or none recorded: version 1) goes through the item, which migrates it once.
 */
async function readStored(): Promise<unknown> {
  const [value, meta] = await storage.getItems([VALUE_KEY, VERSION_KEY]);
  const version = (meta?.value as { v?: unknown } | null | undefined)?.v ?? 1;
  if (value?.value == null || version === SETTINGS_VERSION) return value?.value ?? null;
  // An item defined now migrates what is stored now (one defined earlier checked only once).
  return defineSettingsItem().getValue();
}

/** Where settings are read from: storage, or a stand-in in tests. */
export interface SettingsSource {
  getValue(): Promise<unknown>;
}
const stored: SettingsSource = { getValue: readStored };

/**
 * One read of the stored settings, shared by everything that asks this source: a page's
 * opening (the popup's state and its language read the settings once between them). Changes
 * after it come by watchSettings.
 */
export function sharedSettingsRead(): SettingsSource {
  let read: Promise<unknown> | undefined;
  return { getValue: () => (read ??= readStored()) };
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
  source: SettingsSource = stored,
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

/** Watching reads nothing (a storage change carries the new value). */
export function watchSettings(onChange: (state: SettingsState) => void): () => void {
  return storage.watch<unknown>(VALUE_KEY, (raw) => onChange(stateFromRaw(raw)));
}
