import { browser, defineBackground, type Browser } from '#imports';
import { explainPasted } from '../../lib/bounce/explain';
import { classify } from '../../lib/rules/index';
import { forgetTab, recentWindow } from './findings';
import { createContextMenu, onContextMenuClick, readSelection, retitleContextMenu } from './context-menu';
import { backgroundTranslator, followBackgroundLanguage } from './language';
import { classifyCounts, forgetTabBudgets, registerMessageHandlers } from './messages';
import { openExplanation } from './open-explanation';
import { loadSettings } from '../../components/settings-store';
import { restoreWatchedSites } from '../../components/site-access';

/**
 * The background (Chrome: a service worker; Firefox: an event page) keeps no state
 * of its own: findings and explained text live in storage.session, so a restart
 * (Chrome stops idle workers after ~30 s, Firefox suspends idle event pages) loses
 * nothing. Every listener is registered synchronously, as MV3 requires.
 */

declare global {
  // The context-menu handler, reachable from the worker's console and the e2e tests
  // (a test cannot right-click a native menu); the window a gone finding still counts,
  // which the e2e tests shorten rather than wait five minutes.
  var __smtpDoctorBackground:
    | {
        onContextMenuClick: typeof handleMenuClick;
        classifyCounts: typeof classifyCounts;
        recentWindow: typeof recentWindow;
      }
    | undefined;
}

function handleMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  // A selection the user asked about is read in `explain` mode; page text stays `scan`.
  return onContextMenuClick(info, tab, {
    classify: explainPasted,
    openExplanation,
    readSelection,
  });
}

/** The user's watched sites, registered again where an update or restart dropped them. */
async function restoreSites(): Promise<void> {
  const { settings } = await loadSettings();
  await restoreWatchedSites(settings.sites);
}

export default defineBackground(() => {
  registerMessageHandlers(classify);

  browser.runtime.onInstalled.addListener(() => {
    void backgroundTranslator().then(createContextMenu);
    void restoreSites();
  });
  // Firefox forgets scripts registered at run time when the extension is unloaded.
  // The browser's language may have changed since the menu was made ('auto').
  browser.runtime.onStartup.addListener(() => {
    void restoreSites();
    void backgroundTranslator()
      .then(retitleContextMenu)
      .catch(() => {});
  });
  followBackgroundLanguage((translator) => void retitleContextMenu(translator).catch(() => {}));
  browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(info, tab));

  // Findings (and the explained text) leave with the tab's document: the page says so
  // itself (messages.ts), since tabs.onUpdated names no URL without the "tabs"
  // permission and fires for same-document and frame navigations alike.
  // A closed tab leaves nothing behind: storage.session (onRemoved needs no "tabs" permission)
  // and the in-memory budget and throttle of messages.ts.
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTabBudgets(tabId);
    void forgetTab(tabId);
  });

  globalThis.__smtpDoctorBackground = { onContextMenuClick: handleMenuClick, classifyCounts, recentWindow };
});
