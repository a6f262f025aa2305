import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/theme.css';
import '../../components/card.css';
import './options.css';
import { OptionsApp } from './App';
import { I18nProvider, startTranslator } from '../../components/i18n';
import { speakAlso } from '../../lib/i18n/translator';
import { optionsPageArea } from '../../lib/i18n/surfaces/options-page';

// The options page's own messages, which the popup never loads: before anything speaks.
speakAlso(optionsPageArea);

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
