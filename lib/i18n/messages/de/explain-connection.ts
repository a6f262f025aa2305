import type { TranslationOf } from '../../catalog';
import type { explainConnection as english } from '../en/explain-connection';

export const explainConnection: TranslationOf<typeof english> = {};
