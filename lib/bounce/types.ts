/** The mail servers whose bounce wording the reader knows (lib/bounce/shapes.ts). */
export type BounceMta = 'postfix' | 'exim' | 'sendmail' | 'qmail' | 'exchange' | 'gmail';

/** One per-recipient field group of a delivery status report (RFC 3464 §2.3). */
export interface RecipientStatus {
  /** Address from Final-Recipient, without its "rfc822;" type. */
  finalRecipient?: string;
  /** failed | delayed | delivered | relayed | expanded (lower case). */
  action?: string;
  /** Enhanced status code, e.g. "5.1.1" (RFC 3463). */
  status?: string;
  /** Host name from Remote-MTA, without its "dns;" type or trailing comment. */
  remoteMta?: string;
  /** The Diagnostic-Code value without its type, multi-line replies joined to one line. */
  diagnosticCode?: string;
  /** The Diagnostic-Code type: "smtp", "x-unix", "x-postfix"… (lower case). */
  diagnosticType?: string;
}

/** What a bounce says about why a message was not delivered. */
export interface BounceReport {
  /**
   * 'dsn': a MIME message with a message/delivery-status part (RFC 3464);
   * 'pasted-bounce': bounce text without that part — a pasted bounce, its fields
   * pasted as lines, or a plain-text bounce message (Exim, qmail, old Gmail).
   */
  kind: 'dsn' | 'pasted-bounce';
  /** The server whose bounce wording was recognised, when one was. */
  mta?: BounceMta;
  /** Fields of the first failed (else delayed, else first) recipient. */
  action?: string;
  status?: string;
  diagnosticCode?: string;
  diagnosticType?: string;
  remoteMta?: string;
  finalRecipient?: string;
  /** Host name from Reporting-MTA (per-message field). */
  reportingMta?: string;
  /** Every per-recipient group, in order. */
  recipients: RecipientStatus[];
  /** The text meant for people (the notification part), up to the returned message. */
  humanPart?: string;
  /** The best text to classify: the Diagnostic-Code value, else the remote server's reply. */
  diagnostic: string;
}
