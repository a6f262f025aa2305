/**
 * Explanations of diagnosis categories: data keyed by category, rendered by the popup and the CLI.
 * Prose lives here only; the content script never imports this module.
 */
export { explain, NOT_A_SEND_ERROR } from './explain';
export type { ExplainOptions } from './explain';
export { CATEGORY_TEXTS } from './table';
export { CHECK_TEXTS, explainCheck } from './checks';
export { PORT_MEANINGS, enhancedCodeMeaning, errnoMeaning, replyCodeMeaning } from './glossary';
export { guessWorld } from './world';
export type {
  AlternativeExplanation,
  CheckExplanation,
  Explanation,
  Fact,
  SendWorld,
  Step,
  WorldExplanation,
} from './types';
export {
  DNS_NO_ANSWER,
  dmarcReading,
  hostReading,
  lookupFailedReading,
  mxReading,
  spfReading,
  submissionSrvReading,
} from './dns-readings';
export type { DnsReading, DnsTone } from './dns-readings';
