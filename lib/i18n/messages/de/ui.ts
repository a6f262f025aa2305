import type { TranslationOf } from '../../catalog';
import type { ui as english } from '../en/ui';

export const ui: TranslationOf<typeof english> = {
  'ui.badge.title':
    '{count, plural, =0 {Keine Sendefehler auf dieser Seite} one {# Sendefehler auf dieser Seite} other {# Sendefehler auf dieser Seite}}',
};
