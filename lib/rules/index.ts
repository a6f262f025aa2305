/**
 * The rule table and classifier: pure TypeScript, no browser or Node APIs.
 * Human-readable meanings of the codes live in ./code-meanings (not imported here).
 */
export { classify } from './engine';
export { mayContainSendError } from './prefilter';
export { RULES, RULE_FAMILIES, ruleById } from './table';
export type { Rule, ContextNeed } from './rule';
export type { Alternative, CheckId, Classification, ClassifyMode, ClassifyOptions, Extracted } from './types';
export { CHECK_IDS } from './types';
