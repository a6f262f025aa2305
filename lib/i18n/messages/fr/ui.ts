import type { TranslationOf } from '../../catalog';
import type { ui as english } from '../en/ui';

export const ui: TranslationOf<typeof english> = {
  'ui.badge.title':
    '{count, plural, =0 {Aucune erreur d’envoi sur cette page} one {# erreur d’envoi sur cette page} other {# erreurs d’envoi sur cette page}}',
};
