// Keep each alternation's first characters few and of one kind (capitals; digits and
// marks): V8 falls off a cliff (several times slower) when a branch adds a new kind,
// and each further first letter costs about a tenth of a /smtp/i scan. So phrases
// that come with a code or an "Error: " prefix ("Relay access denied", "Greeting
// never received", "Hostname/IP …") are reached through those instead.

/**
 * The cheap first pass: could this text contain an email send error at all?
 *
 * A page with no error must cost about as much as a few single-word scans. An
 * alternation of every keyword costs several times that, and so does one
 * `indexOf` per keyword (each is a full pass over the text). So the filter is a
 * handful of passes, each shaped for V8's regexp engine:
 *   1. /smtp/i;
 *   2. one alternation whose every branch starts with a capital letter, a digit
 *      or a rare mark (Node/libc error names, exception classes, client phrases
 *      such as "Connection refused"), so lowercase text is rejected char by char
 *      at the quick-check stage;
 *   3. digit shapes: enhanced status codes, a host's mail port, reply lines;
 *   4. a few lowercase stems that begin with a rare letter ("xpire", "xpecte").
 * Ambiguous gates ("Connec", "Failed") carry a confirm pattern tried only at the
 * hit. Every rule's positive examples must pass this filter (rule meta-test).
 */

const UPPER_GATES =
  /E(?:TIMED|CONN|NOTF|AI_|rrno|SOCK|AUTH|ENVE|HOST|NETU|DNS)|S(?:SL|ELF_|ender|endAs)|TLS|Net::|M(?:ail(?:er|ConnectEx)|AIL [Ff]|essag|iscon|ust i)|Connec|Un(?:able|auth|deli)|Failed|Invali|Authen|A conn|Can't|Server|Timeou|Client|Userna|No connection could|No route|Name or service not|Temporary failure in name|Sending of|Could(?: n|n't c)|Error: |Email/g;

/** Confirm patterns for gates that also occur in ordinary text; tried sticky at the hit. */
const CONFIRM: Readonly<Record<string, RegExp>> = {
  Sender: /Sender (?:address|verify|domain|not|rejected)/y,
  Messag:
    /Messag(?:ingException|e (?:rejected|not (?:delivered|allowed|accepted)|blocked|size|could not|sending failed|too (?:big|large)|has been blocked|content rejected))/y,
  Must: /Must issue/y,
  Greeti: /Greeting never/y,
  Connec:
    /Connect(?:ion)?(?: attempt)?:? (?:refused|timed|timeout|unexpectedly|reset|closed|could|to (?:the )?(?:SMTP |mail |outgoing )?server|failed|opening|error|was|lost|dropped|established to)/y,
  Unable: /Unable to (?:connect|send|relay|read data|resolve|verify|authenticate|establish)/y,
  Failed: /Failed to (?:connect|send|authenticate|add recipient|set sender|establish|enable crypto)/y,
  Invali: /Invalid (?:login|recipient|sender|credentials|user|address|HELO|greeting|response code)/y,
  Authen:
    /Authentication(?:FailedException| failed| required| unsuccessful| credentials| is required|Exception)/y,
  Recipi: /Recipient (?:address|not found|rejected|unknown)/y,
  Email: /Email (?:address is not verified|could not be sent|Outgoing Blocked)/y,
  'A conn': /A connection attempt failed/y,
  "Can't": /Can't (?:connect|send|resolve|authenticate)/y,
  Server: /Server does not support/y,
  Relay: /Relay(?:ing)? (?:access )?(?:denied|not)/y,
  Hostna: /Hostname\/IP/y,
  Timeou: /Timeout(?:::|Error|Exception| waiting)/y,
  Client: /Client (?:host|not authenticated|was not|does not have)/y,
  Userna: /Username and Password/y,
  // Node's TLS errors carry no code in their one-line form: "Error: self-signed certificate …".
  'Error: ':
    /Error: (?:self.signed|unable to (?:verify|get local)|certificate|Hostname\/IP|Greeting|Connection timeout|Invalid login|Mail command|Can't send|Message size|Data command)/y,
  'Could n': /Could not (?:connect|authenticate|instantiate|resolve|convert|send|open)/y,
  'Sending of': /Sending of the message failed/y,
  Miscon: /Misconfigured server certificate/y,
};

// A failure's enhanced status code "5.7.8" (not a date "5.2.2025" nor an address "1.2.3.4"),
// Outlook's 0x800CCCxx, Winsock's 100xx. (Adding a branch led by another kind of
// character, such as ":" or "<", makes this pass several times slower.)
const DIGIT_SHAPES = /[45]\.\d{1,3}\.\d{1,3}(?![\d.])|0x800|100(?:13|5[14]|6[015])\b/g;

const SMTP = /smtp/gi;

/** Lowercase stems led by a rare letter: "execution expired", "unexpectedly", "i/o timeout", "certificate …". */
const LOWER_GATES: readonly (readonly [string, RegExp?])[] = [
  // "execution expired", "unexpectedly", and Go's "x509: certificate signed by …": one
  // pass over the rare "x" serves all three. "expired", not "expire": everyday mail
  // says "your link expires".
  ['x', /xp(?:ired|ecte)|x509/y],
  ['/o tim'],
  // Go: "dial tcp 1.2.3.4:587: connect: connection refused" / ": connection timed out".
  [': conn', /: connect(?:ion)?(?: refused| timed out|: )/y],
  // Node: "Hostname/IP does not match certificate's altnames".
  ['/IP '],
  // curl (67): "Login denied".
  ['Login', /Login (?:denied|failed|incorrect)/y],
];

/**
 * A reply code that may open a block of joined text: `textContent` runs blocks
 * together, so a reply line that opens a block follows the previous block's last
 * character directly ("…not delivered.535 Incorrect …") or after the markup's line
 * break, which the leading-reply test (anchored at the start) misses. A code after
 * a word and a space ("Room 450 is free") is not such a start.
 *
 * The same as /(?:^|[^\s\d]|[.!?:;]\s{1,8}|\n\s{0,8})[45][0-5]\d[ -]/, found by its digits
 * first: led by that alternation, V8 tries it at every character of a reading pane
 * (about 2.5 × a /smtp/i scan); led by the digits it skips ahead (joinedReply below).
 */
const REPLY_CODE = /[45][0-5]\d[ -]/g;
const SPACE = /\s/;

/** Does the reply code at `at` open a block (see REPLY_CODE)? */
function opensBlock(text: string, at: number): boolean {
  if (at === 0) return true;
  // Back over at most 9 spaces: a line break among them, or sentence punctuation before them.
  for (let i = at - 1; i >= 0 && i >= at - 9; i--) {
    const c = text[i]!;
    if (c === '\n') return true;
    if (SPACE.test(c)) continue;
    if (i === at - 1) return !(c >= '0' && c <= '9');
    return c === '.' || c === '!' || c === '?' || c === ':' || c === ';';
  }
  return false;
}

function joinedReply(text: string): boolean {
  REPLY_CODE.lastIndex = 0;
  // Codes cannot overlap: the fourth character is a space or a dash.
  for (let m = REPLY_CODE.exec(text); m !== null; m = REPLY_CODE.exec(text)) {
    if (opensBlock(text, m.index)) return true;
  }
  return false;
}

function upperHolds(text: string, m: RegExpExecArray): boolean {
  const key = m[0] === 'Must i' ? 'Must' : m[0];
  const confirm = CONFIRM[key];
  if (!confirm) return true;
  confirm.lastIndex = m.index;
  return confirm.test(text);
}

function digitHolds(text: string, m: RegExpExecArray): boolean {
  if (!/^\d\./.test(m[0])) return true;
  // An enhanced code must not continue an IP address or version ("1.5.7.8").
  const before = text.charCodeAt(m.index - 1);
  return !(before === 46 || (before >= 48 && before <= 57));
}

function lowerHolds(text: string, at: number, confirm: RegExp | undefined): boolean {
  if (!confirm) return true;
  if (confirm.sticky) {
    confirm.lastIndex = at;
    return confirm.test(text);
  }
  return confirm.test(text.slice(Math.max(0, at - 40), at + 40));
}

/** A reply line at the very start of the text ("550 5.1.1 …"). */
const LEADING_REPLY = /^\s{0,8}[45][0-5]\d[ -]/;

/**
 * Visit every confirmed hit in text order per pass; stop early when `visit`
 * returns true. Returns whether it stopped early.
 */
const PASSES: readonly (readonly [RegExp, (t: string, m: RegExpExecArray) => boolean])[] = [
  [SMTP, () => true],
  [UPPER_GATES, upperHolds],
  [DIGIT_SHAPES, digitHolds],
];

function scan(text: string, visit: (at: number) => boolean): boolean {
  if (LEADING_REPLY.test(text.slice(0, 16)) && visit(0)) return true;
  for (const [re, holds] of PASSES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (holds(text, m) && visit(m.index)) return true;
    }
  }
  for (const [literal, confirm] of LOWER_GATES) {
    for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
      if (lowerHolds(text, at, confirm) && visit(at)) return true;
    }
  }
  return false;
}

export function mayContainSendError(text: string): boolean {
  if (typeof text !== 'string' || text.length === 0) return false;
  return scan(text, () => true);
}

/**
 * The prefilter for the joined text of a whole subtree: true whenever any block
 * inside it could pass `mayContainSendError`, so a false answer lets the caller
 * skip the subtree without walking it block by block.
 */
export function mayContainSendErrorInSubtree(text: string): boolean {
  return mayContainSendError(text) || joinedReply(text);
}

/**
 * Offsets of confirmed hits, in text order: at most `max` in all, keeping the
 * last ones (the decisive error of a long page is most often the last).
 */
export function anchorOffsets(text: string, max: number): number[] {
  const out: number[] = [];
  scan(text, (at) => {
    out.push(at);
    return false;
  });
  out.sort((a, b) => a - b);
  return out.length > max ? out.slice(-max) : out;
}
