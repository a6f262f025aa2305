import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/theme.css';
import '../../components/card.css';
import './options.css';
import { OptionsApp } from './App';
import { I18nProvider, startTranslator } from '../../components/i18n';

// The first render is in the reader's language (English loads no chunk).
void startTranslator().then((translator) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nProvider initial={translator}>
        <OptionsApp />
      </I18nProvider>
    </StrictMode>,
  ),
);
