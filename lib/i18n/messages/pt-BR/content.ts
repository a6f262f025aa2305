import type { TranslationOf } from '../../catalog';
import type { content as english } from '../en/content';

export const content: TranslationOf<typeof english> = {
  'content.marker.text': 'Por quê?',
  'content.marker.label': '{text} Explicar este erro de e-mail',
};
