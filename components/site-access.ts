import { browser } from '#imports';
import { BUILT_IN_ORIGINS } from '../utils/site-patterns';
import { ENGLISH, type Translator } from '../lib/i18n/translator';
import { USER_SITE_SCRIPT_FILE } from '../utils/user-site-flag';
import { scriptIdFor, siteOrigins, sitePatternFromInput, type WatchedSite } from './settings';

/** The built watcher script (WXT emits entrypoints/content → content-scripts/content.js). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

export type AddSiteResult =
  { ok: true; site: WatchedSite } | { ok: false; reason: 'invalid' | 'denied' | 'failed'; message: string };

/**
 * Ask for one site and start watching it. Call straight from the click handler, before
 * any other await: browsers grant optional permissions only during a user gesture.
 */
export function addWatchedSite(
  input: string,
  now = Date.now(),
  { t }: Translator = ENGLISH,
): Promise<AddSiteResult> {
  const pattern = sitePatternFromInput(input);
  if (!pattern) {
    return Promise.resolve({
      ok: false,
      reason: 'invalid',
      message: t('options.sites.invalid', { example: 'panel.example.org', wildcard: '*.example.org' }),
    });
  }
  const origins = siteOrigins(pattern);
  // The request is the first call, still inside the gesture.
  const request = browser.permissions.request({ origins });
  return (async (): Promise<AddSiteResult> => {
    let granted: boolean;
    try {
      granted = await request;
    } catch (error) {
      return {
        ok: false,
        reason: 'failed',
        message: t('options.sites.refused', { error: messageOf(error) }),
      };
    }
    if (!granted) return { ok: false, reason: 'denied', message: t('options.sites.denied') };
    const scriptId = scriptIdFor(pattern);
    try {
      await unregisterQuietly(scriptId);
      await registerWatcher(scriptId, origins);
    } catch (error) {
      // Do not keep a permission the extension cannot use.
      await browser.permissions.remove({ origins }).catch(() => false);
      return {
        ok: false,
        reason: 'failed',
        message: t('options.sites.failed', { error: messageOf(error) }),
      };
    }
    return { ok: true, site: { pattern, scriptId, addedAt: now } };
  })();
}

/** The watcher, registered for the origins of one site the user added. */
function registerWatcher(id: string, origins: string[]): Promise<void> {
  return browser.scripting.registerContentScripts([
    {
      id,
      matches: origins,
      // The flag first: the watcher trusts the user's choice of site.
      js: [USER_SITE_SCRIPT_FILE, CONTENT_SCRIPT_FILE],
      allFrames: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

/**
 * Register again the watched sites the browser forgot. Chrome drops scripts registered at
 * run time when the extension updates, Firefox when it is unloaded; the settings and the
 * granted permissions stay, so the background calls this at install, update and start-up.
 * A site whose access the user withdrew stays unregistered (the options page says so).
 * Returns the patterns registered again.
 */
export async function restoreWatchedSites(sites: readonly WatchedSite[]): Promise<string[]> {
  let registered: Set<string>;
  try {
    registered = new Set((await browser.scripting.getRegisteredContentScripts()).map((script) => script.id));
  } catch {
    // The browser cannot list them (or has no scripting API here): register nothing blind.
    return [];
  }
  const restored: string[] = [];
  for (const site of sites) {
    const id = site.scriptId;
    if (registered.has(id)) continue;
    const origins = siteOrigins(site.pattern);
    if (!(await browser.permissions.contains({ origins }).catch(() => false))) continue;
    try {
      await registerWatcher(id, origins);
      restored.push(site.pattern);
    } catch {
      // Registered meanwhile by the options page, or refused: the next start tries again.
    }
  }
  return restored;
}

/**
 * Stop watching: unregister the script and give the permission back. Chromium refuses
 * to give back an origin that one of the manifest's own content-script patterns also
 * covers ("You cannot remove required permissions"), so the answer says whether the
 * browser really took the access back.
 */
export async function removeWatchedSite(site: WatchedSite): Promise<{ accessReturned: boolean }> {
  await unregisterQuietly(site.scriptId);
  const origins = siteOrigins(site.pattern);
  await browser.permissions.remove({ origins }).catch(() => false);
  const kept = await browser.permissions.contains({ origins }).catch(() => false);
  return { accessReturned: !kept };
}

/** Sites whose permission the user took away in the browser's own settings. */
export async function sitesWithoutAccess(sites: readonly WatchedSite[]): Promise<Set<string>> {
  const missing = new Set<string>();
  await Promise.all(
    sites.map(async (site) => {
      const has = await browser.permissions
        .contains({ origins: siteOrigins(site.pattern) })
        .catch(() => true);
      if (!has) missing.add(site.pattern);
    }),
  );
  return missing;
}

async function unregisterQuietly(id: string): Promise<void> {
  try {
    await browser.scripting.unregisterContentScripts({ ids: [id] });
  } catch {
    // Not registered: nothing to undo.
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Does the browser still let the built-in patterns run? Chrome keeps that access while
 * the extension is installed; Firefox lets the user withdraw it (about:addons).
 */
export async function hasBuiltInAccess(): Promise<boolean> {
  try {
    // Chromium lists the manifest's content-script origins in getAll() but answers
    // contains() with false for some of them; Firefox drops them from both when withdrawn.
    const { origins = [] } = await browser.permissions.getAll();
    if (BUILT_IN_ORIGINS.every((origin) => origins.includes(origin))) return true;
    return await browser.permissions.contains({ origins: [...BUILT_IN_ORIGINS] });
  } catch {
    return true;
  }
}

/** Ask for the built-in sites again. Call straight from the click handler (a user gesture). */
export function requestBuiltInAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: [...BUILT_IN_ORIGINS] }).catch(() => false);
}
