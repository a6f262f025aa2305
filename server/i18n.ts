import { SURFACE_AREAS } from '../lib/i18n/surfaces/index.ts';
import { speakAlso } from '../lib/i18n/translator.ts';

// The CLI speaks every area: its own, and the options page's (its `settings` command reports
// settings problems in the options page's words). Imported by every module of it that speaks.
speakAlso(...Object.values(SURFACE_AREAS));

export { ENGLISH, loadTranslator, type Translator } from '../lib/i18n/translator.ts';
