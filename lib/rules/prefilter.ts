/**
 * The cheap first pass: could this text contain an email send error at all?
 * A page with no error must cost about as much as a few single-word scans, so
 * the anchors are few and selective: "smtp" in any case, error names in
 * capitals, digit shapes of reply/status/errno codes, and a short list of
 * phrases chosen for rare leading characters. Every rule's positive examples
 * must pass this filter (checked by the rule meta-test).
 */
export const ANCHORS: readonly RegExp[] = [
  /smtp/i,
  // Node / libc error names and the Nodemailer codes.
  /\bE(?:TIMEDOUT|CONNREFUSED|CONNRESET|HOSTUNREACH|NETUNREACH|NOTFOUND|AI_AGAIN|SOCKET|CONNECTION|AUTH|ENVELOPE|MESSAGE|TLS|DNS|PROTOCOL|ACCES)\b/,
  // Enhanced status codes, reply lines, errno numbers in parentheses, Winsock and Outlook codes.
  /[245]\.\d{1,3}\.\d{1,3}|(?<!\d)[45][0-5]\d[ -](?:[A-Z<#[(]|\d\.)|\((?:13|10[01]|11[013])\)|\b100(?:5[14]|6[015])\b|0x800[4C]/,
  // Phrases with no "smtp" in them that clients print on their own.
  /Mailer|Greeting never|Undeliverable|Failure sending mail|AuthenticationFailed|MessagingException|MailConnectException|\bSSL|\bTLS|PKIX|could not be established with host|Expected response code|Timeout::|Net::|Outgoing server|Sending of the message|Delivery Status|[Cc]annot send|[Cc]an't send|occurred while sending|[Rr]elay|certificate|wrong version|getaddrinfo|xpectedly|xpired|self.signed|altnames|spamhaus|greylist|mailbox/,
];

export function mayContainSendError(text: string): boolean {
  if (typeof text !== 'string' || text.length === 0) return false;
  for (const anchor of ANCHORS) if (anchor.test(text)) return true;
  return false;
}

const GLOBAL_ANCHORS = ANCHORS.map(
  (a) => new RegExp(a.source, a.flags.includes('g') ? a.flags : `${a.flags}g`),
);

/** Offsets of anchor hits, in text order, at most `max` of them. */
export function anchorOffsets(text: string, max: number): number[] {
  const out: number[] = [];
  for (const re of GLOBAL_ANCHORS) {
    re.lastIndex = 0;
    let count = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null && count < max) {
      out.push(m.index);
      count++;
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out.sort((a, b) => a - b);
}
