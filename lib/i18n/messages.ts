import type { TranslationOf } from './catalog';
import { en } from './messages/en';

/** Every key of the English catalog. */
export type MessageKey = keyof typeof en;
/** A whole language: every English key translated. */
export type Messages = TranslationOf<typeof en>;

export const ENGLISH_MESSAGES: Messages = en;
