import type { CategoryId } from '../categories';
import type { Alternative, CheckId, Extracted } from './types';

/**
 * How decisive a rule is when several match one text. A higher tier always wins;
 * within a tier the match that comes last in the text wins (the final failure of
 * a transcript, not an earlier, recovered one).
 */
export const TIER = {
  /** A mail-ness signal with no cause: decides only when nothing else matched. */
  generic: 10,
  /** Decoded from a bare reply or enhanced status code. */
  code: 20,
  /** A client's catch-all connect failure ("SMTP connect() failed"). */
  wrapper: 30,
  /** A client's specific failure (errno, exception class, library phrase). */
  specific: 50,
  /** A server reply with a specific reason (provider wording, policy text). */
  reply: 70,
  /** Unambiguous by itself (a certificate error inside a connect failure, …). */
  decisive: 90,
} as const;

/**
 * `self`: the pattern is specific to mail sending by itself.
 * `mail`: it is generic (a timeout, "authentication failed") and counts only
 * when the text around it speaks of sending mail.
 * `not-foreign`: counts unless the text around it names another protocol or tool
 * (an npm certificate error, an HTTP timeout) and nothing mail-specific.
 * `error-shaped`: like `not-foreign`, and the text must read as an error report
 * (an exception, an error code, "failed") or speak of mail: a TLS phrase in prose
 * ("our gift certificate has expired") is not an error.
 */
export type ContextNeed = 'self' | 'mail' | 'not-foreign' | 'error-shaped';

/** What a rule sees when it refines its verdict. */
export interface RuleContext {
  /** The whole (capped) text. */
  text: string;
  /** The window of text around the match that context checks look at. */
  near: string;
  match: RegExpExecArray;
  extracted: Extracted;
}

/** A refinement changes the verdict of a rule from the context. */
export interface Refinement {
  category?: CategoryId;
  confidence?: number;
  alternatives?: Alternative[];
  assumedPorts?: number[];
  /** Checks that confirm this cause (e.g. 'local-firewall' for a local block). */
  checks?: CheckId[];
  /** The match does not hold here after all (e.g. a success code): try the next one. */
  reject?: boolean;
}

export interface Rule {
  /** Stable kebab-case id. */
  id: string;
  category: CategoryId;
  /** Linear-time pattern (checked by recheck in the tests). No `g`/`y` flag. */
  pattern: RegExp;
  /** 0..1, before refinement. */
  confidence: number;
  tier: number;
  context: ContextNeed;
  alternatives?: Alternative[];
  /** Ports the explanation assumes when the text names none. */
  assumedPorts?: number[];
  refine?: (ctx: RuleContext) => Refinement | undefined;
}
