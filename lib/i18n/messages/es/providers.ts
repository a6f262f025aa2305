import type { TranslationOf } from '../../catalog';
import type { providers as english } from '../en/providers';

export const providers: TranslationOf<typeof english> = {};
