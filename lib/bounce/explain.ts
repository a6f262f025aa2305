import { classify } from '../rules/engine';
import { withModel } from '../rules/model/model-verdict';
import type { Classification } from '../rules/types';
import { classifyBounce, classifyPastedBounce, type BounceClassification } from './classify';

/** Text a person handed over, read in `explain` mode. */
function explainText(text: string): Classification {
  return classify(text, { mode: 'explain' });
}

export interface Reading {
  classification: Classification;
  /** What the rules read: a bounce's diagnostic (or human part), else the whole text. */
  readFrom: string;
}

function reading(text: string, bounce: BounceClassification | null): Reading {
  return bounce?.classification.match
    ? { classification: bounce.classification, readFrom: bounce.readFrom }
    : { classification: explainText(text), readFrom: text };
}

/**
 * A pasted text read by the rules alone, and what they read: a bounce's diagnostic (not the
 * returned message that anyone could have written), else the text. The fitted model reads the
 * same, in use and in its fit (scripts/fit/).
 */
export function readByRules(text: string): Reading {
  return reading(text, classifyPastedBounce(text, explainText));
}

/** `readByRules`'s classification: a bounce read as a bounce, anything else as an error text. */
export function explainByRules(text: string): Classification {
  return readByRules(text).classification;
}

/**
 * A pasted text in `explain` mode: the rules, then the fitted model where no precise rule
 * decided (lib/rules/model/). Synchronous, so the MIME parser stays out of the service
 * worker; `explainMessage` also reads whole MIME messages.
 */
export function explainPasted(text: string): Classification {
  const { classification, readFrom } = readByRules(text);
  return withModel(classification, readFrom);
}

/** `explainPasted`, and a whole delivery report (multipart/report) is parsed as MIME. */
export async function explainMessage(text: string): Promise<Classification> {
  const { classification, readFrom } = reading(text, await classifyBounce(text, explainText));
  return withModel(classification, readFrom);
}
