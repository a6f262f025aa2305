import { ENGLISH, type Translator } from '../i18n.ts';
import { refusalText } from '../../lib/probe/refusal.ts';
import { GuardError } from '../guard.ts';
import { MessageError } from '../message-error.ts';

/** An error as a command prints it: the guard's refusals and our messages in the reader's language, others as they are. */
export function errorText(error: unknown, translator: Translator = ENGLISH): string {
  if (error instanceof GuardError) return refusalText(error.reason, translator);
  if (error instanceof MessageError) return translator.t(error.key, error.params);
  return error instanceof Error ? error.message : String(error);
}
