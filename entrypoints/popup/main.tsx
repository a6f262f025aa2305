import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '../../components/theme.css';
import '../../components/card.css';
import './popup.css';
import { PopupApp } from './App';
import { startPopupState, tabReady } from './popup-state';

// Storage reads start now, while React sets up, not after its first render.
const source = startPopupState(location.search);
const root = createRoot(document.getElementById('root')!);

// The first render waits for the tab's findings (one storage round trip): a render of the
// empty "loading" popup before them would cost a render, a commit and a frame in front of
// the first card. It runs in the task that delivers them, not in a task scheduled after.
void tabReady(source).then(() =>
  flushSync(() =>
    root.render(
      <StrictMode>
        <PopupApp search={location.search} source={source} />
      </StrictMode>,
    ),
  ),
);
