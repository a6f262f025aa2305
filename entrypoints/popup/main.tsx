import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/theme.css';
import '../../components/card.css';
import './popup.css';
import { PopupApp } from './App';
import { startPopupState } from './popup-state';
import { I18nProvider, startTranslator } from '../../components/i18n';

// Storage reads start now, while React sets up, not after its first render.
const source = startPopupState(location.search);

// The first render is in the reader's language (English loads no chunk).
void startTranslator().then((translator) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nProvider initial={translator}>
        <PopupApp search={location.search} source={source} />
      </I18nProvider>
    </StrictMode>,
  ),
);
