import { browser } from '#imports';
import { tabIdFromSearch } from './tab-id';

export { tabIdFromSearch };

/** The tab the popup URL names; else the active tab of this window. */
export async function resolveTabId(search: string): Promise<number | null> {
  const fromUrl = tabIdFromSearch(search);
  if (fromUrl !== null) return fromUrl;
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  } catch {
    return null;
  }
}
