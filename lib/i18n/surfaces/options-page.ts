import { optionsPage } from '../messages/en/options-page';
import type { SurfaceArea } from '../surface-area';

/** The options page's messages (the CLI's `settings` command shows its settings problems too). */
export const optionsPageArea: SurfaceArea<typeof optionsPage> = {
  english: optionsPage,
  async load(locale) {
    switch (locale) {
      case 'de':
        return (await import('../messages/de/options-page')).optionsPage;
      case 'fr':
        return (await import('../messages/fr/options-page')).optionsPage;
      case 'es':
        return (await import('../messages/es/options-page')).optionsPage;
      case 'pt-BR':
        return (await import('../messages/pt-BR/options-page')).optionsPage;
      case 'ru':
        return (await import('../messages/ru/options-page')).optionsPage;
    }
  },
};
