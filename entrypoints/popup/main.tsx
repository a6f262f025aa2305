import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '../../components/theme.css';
import '../../components/card.css';
import './popup.css';
import { PopupApp } from './App';
import { tabReady } from './popup-state';
import { startPopup } from './start';
import { I18nProvider } from '../../components/i18n';

// Storage reads start now, while React sets up, not after its first render.
const { source, translator } = startPopup(location.search);
const root = createRoot(document.getElementById('root')!);

// The first render waits for the tab's findings and the reader's language (both storage
// reads, run side by side; English loads no chunk): a render of the empty "loading" popup
// before them would cost a render, a commit and a frame in front of the first card. It
// runs in the task that delivers the last of them, not in a task scheduled after.
void Promise.all([translator, tabReady(source)]).then(([initial]) =>
  flushSync(() =>
    root.render(
      <StrictMode>
        <I18nProvider initial={initial}>
          <PopupApp search={location.search} source={source} />
        </I18nProvider>
      </StrictMode>,
    ),
  ),
);
