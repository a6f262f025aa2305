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

/**
 * The checks that tell causes apart when the text alone cannot. Ids only: the
 * prose that explains each lives with the explanations, not in the rule table.
 */
export const CHECK_IDS = [
  'probe-ports', // connect to 25/465/587/2525 from this network: timeout = dropped, refused = nothing listening
  'resolve-host', // look the SMTP host name up: NXDOMAIN = wrong name
  'tls-mode', // compare port and TLS mode: 465 implicit TLS, 587/25 STARTTLS
  'tls-certificate', // inspect the certificate: issuer, expiry, host names
  'credentials', // re-enter the user name / app password; check the account's SMTP setting
  'local-firewall', // local policy: SELinux httpd_can_network_connect, host firewall, antivirus
  'server-status', // is the mail server running and listening on that port?
  'sender-domain-dns', // SPF, DKIM, DMARC records of the sender domain
  'ip-blocklist', // look the sending IP up on blocklists / PTR
  'retry-later', // a temporary condition: retry after some minutes
  'server-log', // the full server or client log shows the reply that caused it
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** A runner-up cause, with the check that tells it apart from the winner. */
export interface Alternative {
  category: CategoryId;
  confidence: number;
  check?: CheckId;
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
  /** Checks that would confirm the winning cause (e.g. 'local-firewall' for a local block). */
  checks?: CheckId[];
  /** The mode that read the text (set by `explain`; absent means `scan`). */
  mode?: ClassifyMode;
  /** `explain` mode: ids of the meaning signals (signal-table.ts) that counted, strongest first. */
  signals?: string[];
}

/**
 * `scan`: page text nobody asked about (strict, behind the prefilter).
 * `explain`: text a person handed over (paste box, context menu, CLI).
 */
export type ClassifyMode = 'scan' | 'explain';

export interface ClassifyOptions {
  mode?: ClassifyMode;
  /** Replacement signal weights (the offline fit/compare script only). */
  weights?: ReadonlyMap<string, Partial<Readonly<Record<CategoryId, number>>>>;
}
