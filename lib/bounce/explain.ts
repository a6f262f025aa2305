import { classify } from '../rules/engine';
import { withModel } from '../rules/model/model-verdict';
import type { Classification } from '../rules/types';
import { classifyBounce, classifyPastedBounce } from './classify';

/** Text a person handed over, read in `explain` mode. */
function explainText(text: string): Classification {
  return classify(text, { mode: 'explain' });
}

/**
 * A pasted text read by the rules alone: a bounce as a bounce (its remote server's
 * diagnostic decides), anything else as an error text. The fitted model's training and
 * evaluation (scripts/fit/) compare against this.
 */
export function explainByRules(text: string): Classification {
  const bounce = classifyPastedBounce(text, explainText);
  return bounce?.classification.match ? bounce.classification : explainText(text);
}

/**
 * A pasted text in `explain` mode: the rules, then the fitted model where no precise rule
 * decided (lib/rules/model/). Synchronous, so the MIME parser stays out of the service
 * worker; `explainMessage` also reads whole MIME messages.
 */
export function explainPasted(text: string): Classification {
  return withModel(explainByRules(text), text);
}

/** `explainPasted`, and a whole delivery report (multipart/report) is parsed as MIME. */
export async function explainMessage(text: string): Promise<Classification> {
  const bounce = await classifyBounce(text, explainText);
  return withModel(bounce?.classification.match ? bounce.classification : explainText(text), text);
}
