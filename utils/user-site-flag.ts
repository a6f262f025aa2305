/**
 * A site the user added is watched by a registered copy of the content script, which
 * the background registers after a tiny script that sets this flag in the same
 * isolated world. The watcher then trusts the user's choice even where a built-in
 * pattern also matches the URL (a panel on port 2083 the user added by name), instead
 * of demanding a known product's markers from the page.
 */
declare global {
  var __smtpDoctorUserSite: boolean | undefined;
}

/** The flag script as WXT emits it (entrypoints/user-site.ts). */
export const USER_SITE_SCRIPT_FILE = 'user-site.js';

export function markUserSite(): void {
  globalThis.__smtpDoctorUserSite = true;
}

export function isUserSite(): boolean {
  return globalThis.__smtpDoctorUserSite === true;
}
