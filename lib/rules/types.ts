import type { CategoryId } from '../categories';

/** Facts pulled out of the error text. */
export interface Extracted {
  port?: number;
  host?: string;
  /** RFC 5321 reply code, e.g. 535. */
  replyCode?: number;
  /** RFC 3463 enhanced status code, e.g. "5.7.8". */
  enhancedCode?: string;
  /** OS / library error name or number, e.g. "ETIMEDOUT", "110", "10060". */
  errno?: string;
}

/** A runner-up cause, with the check that tells it apart from the winner. */
export interface Alternative {
  category: CategoryId;
  confidence: number;
  /** Short data key or sentence naming the check that separates it (no prose beyond one line). */
  check?: string;
}

export interface Classification {
  /** Is this an email send error at all? */
  match: boolean;
  category: CategoryId | null;
  /** Runner-up categories, best first (ids only: the CLI contract). */
  alternatives: CategoryId[];
  /** Runner-ups with their confidence and distinguishing check. */
  alternativeDetails: Alternative[];
  /** Id of the rule that decided, or null. */
  rule: string | null;
  /** 0..1 */
  confidence: number;
  extracted: Extracted;
  /** Excerpts of the input that matched. */
  evidence: string[];
  /** Ports the explanation assumes when the text names none (e.g. [25]). */
  assumedPorts?: number[];
}
