/**
 * The storage.local key of the settings item, on its own so the content script can read
 * the language setting without bundling the settings module (its defaults pull in the
 * English catalog).
 */
export const SETTINGS_KEY = 'settings';
