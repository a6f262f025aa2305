import { ENGLISH, type Translator } from '../../lib/i18n/translator.ts';
import { refusalText } from '../../lib/probe/refusal.ts';
import { GuardError } from '../guard.ts';

/** An error as a command prints it: the guard's refusals in the reader's language, others as they are. */
export function errorText(error: unknown, translator: Translator = ENGLISH): string {
  if (error instanceof GuardError) return refusalText(error.reason, translator);
  return error instanceof Error ? error.message : String(error);
}
