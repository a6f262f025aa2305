import { startTranslator } from '../../components/i18n';
import { sharedSettingsRead } from '../../components/settings-store';
import type { Translator } from '../../lib/i18n/translator';
import { startPopupState, type PopupStateSource } from './popup-state';

/**
 * What the popup starts before React (main.tsx): its state and the language of its first
 * screen. Both need the settings, and they read them once between them.
 */
export function startPopup(search: string): { source: PopupStateSource; translator: Promise<Translator> } {
  const settings = sharedSettingsRead();
  return { source: startPopupState(search, settings), translator: startTranslator(settings) };
}
