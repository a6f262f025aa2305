import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/theme.css';
import '../../components/card.css';
import './popup.css';
import { PopupApp } from './App';
import { startPopupState } from './popup-state';

// Storage reads start now, while React sets up, not after its first render.
const source = startPopupState(location.search);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PopupApp search={location.search} source={source} />
  </StrictMode>,
);
