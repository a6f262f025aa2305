import type { TranslationOf } from '../../catalog';
import type { content as english } from '../en/content';

export const content: TranslationOf<typeof english> = {
  'content.marker.text': 'Почему?',
  'content.marker.label': '{text} Объяснить эту ошибку почты',
};
