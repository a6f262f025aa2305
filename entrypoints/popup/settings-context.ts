import { createContext, useContext } from 'react';
import { defaultSettings, type Settings } from '../../components/settings';

export interface PopupContext {
  settings: Settings;
  openOptions: () => void;
}

export const PopupSettings = createContext<PopupContext>({
  settings: defaultSettings(),
  openOptions: () => {},
});

export function usePopupSettings(): PopupContext {
  return useContext(PopupSettings);
}
