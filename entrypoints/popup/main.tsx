import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/theme.css';
import '../../components/card.css';
import './popup.css';
import { PopupApp } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PopupApp search={location.search} />
  </StrictMode>,
);
