import { cli } from '../messages/en/cli';
import type { SurfaceArea } from '../surface-area';

/** The smtp-doctor command line's messages. */
export const cliArea: SurfaceArea<typeof cli> = {
  english: cli,
  async load(locale) {
    switch (locale) {
      case 'de':
        return (await import('../messages/de/cli')).cli;
      case 'fr':
        return (await import('../messages/fr/cli')).cli;
      case 'es':
        return (await import('../messages/es/cli')).cli;
      case 'pt-BR':
        return (await import('../messages/pt-BR/cli')).cli;
      case 'ru':
        return (await import('../messages/ru/cli')).cli;
    }
  },
};
