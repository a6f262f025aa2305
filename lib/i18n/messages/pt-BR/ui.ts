import type { TranslationOf } from '../../catalog';
import type { ui as english } from '../en/ui';

export const ui: TranslationOf<typeof english> = {
  'ui.badge.title':
    '{count, plural, =0 {Nenhum erro de envio nesta página} one {# erro de envio nesta página} other {# erros de envio nesta página}}',
};
