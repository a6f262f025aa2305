import { browser } from '#imports';

/**
 * Show the explanation for a tab: the toolbar popup where the browser lets an
 * extension open it (Chrome 127+, Firefox inside a user action), else the same
 * page in a new tab, addressed by the popup contract `popup.html?tabId=N`.
 */
export async function openExplanation(
  tabId: number,
  options: { explain?: boolean } = {},
): Promise<'popup' | 'tab'> {
  try {
    await browser.action.openPopup();
    return 'popup';
  } catch {
    // Not allowed here (no focused window, no user action, older browser).
  }
  const query = `tabId=${tabId}${options.explain ? '&explain=1' : ''}`;
  await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?${query}`), openerTabId: tabId });
  return 'tab';
}
