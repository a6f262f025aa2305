/**
 * Bounces as messages: read a delivery status notification or a pasted bounce,
 * then classify the remote server's diagnostic. Pure TypeScript; the MIME parser
 * (postal-mime) runs in browsers, workers and Node alike.
 */
export { readBounce, readPastedBounce, looksLikeMessage } from './read';
export { classifyBounce, classifyPastedBounce, diagnosticWithStatus } from './classify';
export { explainMessage, explainPasted } from './explain';
export type { BounceClassification, ClassifyText } from './classify';
export type { BounceMta, BounceReport, RecipientStatus } from './types';
