import type { TranslationOf } from '../../catalog';
import type { ui as english } from '../en/ui';

export const ui: TranslationOf<typeof english> = {
  'ui.badge.title':
    '{count, plural, =0 {На этой странице нет ошибок отправки} one {# ошибка отправки на этой странице} few {# ошибки отправки на этой странице} many {# ошибок отправки на этой странице} other {# ошибки отправки на этой странице}}',
};
