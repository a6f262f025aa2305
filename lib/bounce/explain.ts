import { classify } from '../rules/engine';
import type { Classification } from '../rules/types';
import { classifyBounce, classifyPastedBounce } from './classify';

/** Text a person handed over, read in `explain` mode. */
function explainText(text: string): Classification {
  return classify(text, { mode: 'explain' });
}

/**
 * A pasted text in `explain` mode: a bounce is read as a bounce (its remote server's
 * diagnostic decides), anything else as an error text. Synchronous, so the MIME parser
 * stays out of the service worker; `explainMessage` also reads whole MIME messages.
 */
export function explainPasted(text: string): Classification {
  const bounce = classifyPastedBounce(text, explainText);
  return bounce?.classification.match ? bounce.classification : explainText(text);
}

/** `explainPasted`, and a whole delivery report (multipart/report) is parsed as MIME. */
export async function explainMessage(text: string): Promise<Classification> {
  const bounce = await classifyBounce(text, explainText);
  return bounce?.classification.match ? bounce.classification : explainText(text);
}
