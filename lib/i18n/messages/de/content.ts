import type { TranslationOf } from '../../catalog';
import type { content as english } from '../en/content';

export const content: TranslationOf<typeof english> = {
  'content.marker.text': 'Warum?',
  'content.marker.label': '{text} Diesen E-Mail-Fehler erklären',
};
