import type { CategoryId } from '../categories';
import type { CheckId } from '../rules/types';

/** One thing to do: a sentence, an optional longer note, an optional snippet to copy. */
export interface Step {
  text: string;
  detail?: string;
  /** A command or setting to copy verbatim. */
  code?: string;
}

/** A fact read from the error text (or assumed), with what it means. */
export interface Fact {
  label: string;
  value: string;
  /** Plain-language meaning, e.g. "submission with STARTTLS". */
  meaning?: string;
  /** True when the value is an assumption, not read from the text. */
  assumed?: boolean;
}

/** How a check tells causes apart, ready to show. */
export interface CheckExplanation {
  id: CheckId;
  title: string;
  text: string;
  code?: string;
}

export interface AlternativeExplanation {
  category: CategoryId;
  title: string;
  confidence: number;
  check?: CheckExplanation;
}

/**
 * Which kind of sending a port-25 problem belongs to.
 * submission: an app or mail client hands mail to its provider (587/465 with a login).
 * delivery: a mail server hands mail to the recipients' MX hosts (port 25 only).
 */
export type SendWorld = 'submission' | 'delivery';

export interface WorldExplanation {
  world: SendWorld;
  /** 'text': clues in the text decided; 'port': the port did; 'assumed': nothing did. */
  basis: 'text' | 'port' | 'assumed';
  /** The clues found, e.g. "Postfix queue status (status=deferred)". */
  clues: string[];
  /** One sentence saying which world the explanation is written for, and why. */
  note: string;
}

export interface Explanation {
  match: boolean;
  category: CategoryId | null;
  title: string;
  /** What happened, for a non-expert. */
  summary: string;
  /** Why it happens. */
  why: string;
  /** How to confirm the diagnosis. */
  confirm: Step[];
  /** How to fix it, in order. */
  steps: Step[];
  facts: Fact[];
  confidence: number;
  rule: string | null;
  evidence: string[];
  alternatives: AlternativeExplanation[];
  /** Set when the text names no port and the explanation assumes one. */
  assumedPortsNote?: string;
  /** Set for port-blocked: the submission / delivery distinction. */
  world?: WorldExplanation;
}
