import type { TranslationOf } from '../../catalog';
import type { ui as english } from '../en/ui';

export const ui: TranslationOf<typeof english> = {
  'ui.badge.title':
    '{count, plural, =0 {Ningún error de envío en esta página} one {# error de envío en esta página} other {# errores de envío en esta página}}',
};
