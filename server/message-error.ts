/** An error whose text is a message: a command says it in the reader's language, a log in English. */
import type { MessageParams } from '../lib/i18n/format.ts';
import type { MessageKey } from '../lib/i18n/messages.ts';
import { ENGLISH } from './i18n.ts';

export class MessageError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(ENGLISH.t(key, params));
    this.name = 'MessageError';
  }
}
