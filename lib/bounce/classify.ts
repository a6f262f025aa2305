import type { Classification } from '../rules/types';
import { readBounce, readPastedBounce } from './read';
import { ENHANCED_CODE, isReplyLine } from './text';
import type { BounceReport } from './types';

/** Any classifier of error text (lib/rules `classify`, or a mode of it). */
export type ClassifyText = (text: string) => Classification;

export interface BounceClassification {
  bounce: BounceReport;
  /** The text that was classified (the diagnostic, with the report's status when it had none). */
  classified: string;
  classification: Classification;
  /** The text the classification was read from: `classified`, or the human part when that named no error. */
  readFrom: string;
}

/**
 * The text to classify: the diagnostic, with the Status: code put in when the
 * diagnostic carries no enhanced code of its own ("550 Unknown user" + 5.1.1 →
 * "550 5.1.1 Unknown user"), since the enhanced code is the most exact evidence.
 */
export function diagnosticWithStatus(bounce: BounceReport): string {
  const diagnostic = bounce.diagnostic.trim();
  const status = bounce.status;
  if (!status || ENHANCED_CODE.test(diagnostic)) return diagnostic;
  if (!diagnostic) return bounce.humanPart ? `${status} ${bounce.humanPart.slice(0, 500)}` : status;
  if (isReplyLine(diagnostic))
    return `${diagnostic.slice(0, 3)} ${status} ${diagnostic.slice(4).trimStart()}`;
  return `${status} ${diagnostic}`;
}

function classifyRead(bounce: BounceReport, classify: ClassifyText): BounceClassification {
  const classified = diagnosticWithStatus(bounce);
  let classification = classify(classified);
  let readFrom = classified;
  // The diagnostic alone may be too terse ("x-unix; procmail …"): the human part may name the cause.
  if (!classification.match && bounce.humanPart) {
    classification = classify(bounce.humanPart);
    readFrom = bounce.humanPart;
  }
  if (classification.match && !classification.extracted.enhancedCode && bounce.status) {
    classification = {
      ...classification,
      extracted: { ...classification.extracted, enhancedCode: bounce.status },
    };
  }
  return { bounce, classified, classification, readFrom };
}

/** Read a bounce (any form) and classify its diagnostic. Null when the text is not a bounce. */
export async function classifyBounce(
  text: string,
  classify: ClassifyText,
): Promise<BounceClassification | null> {
  const bounce = await readBounce(text);
  return bounce ? classifyRead(bounce, classify) : null;
}

/** classifyBounce for pasted text that is not a MIME message, synchronously. */
export function classifyPastedBounce(text: string, classify: ClassifyText): BounceClassification | null {
  const bounce = readPastedBounce(text);
  return bounce ? classifyRead(bounce, classify) : null;
}
