import type { TranslationOf } from '../../catalog';
import type { content as english } from '../en/content';

export const content: TranslationOf<typeof english> = {
  'content.marker.text': 'Pourquoi ?',
  'content.marker.label': '{text} Expliquer cette erreur d’e-mail',
};
