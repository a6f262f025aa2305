import { extractFacts, isLocalHost } from '../context';
import { detectSignals } from '../scorer';
import { silentAfterOpen, speaksPlainFirst, speaksTlsFirst } from '../refine';
import { MAIL_PORTS, OTHER_SERVICE_PORTS } from '../signal-table';
import { toEnglish } from '../localized/translate-back';
import { hasMailContext, isForeign, isReplyLine, looksLikeError, withoutAsides } from '../signals';

/**
 * The features explain mode's fitted model (linear-model.ts) reads from a text: the signals
 * the engine already extracts (signal families and ids, reply and enhanced codes, the port, the kind
 * of host, stage and context detectors) and the text's own words and word pairs with
 * numbers, host names and addresses masked, so that what is learned is the wording's
 * meaning, not one thread's values. Linear in the text: one pass of character codes, no
 * regular expressions of its own.
 */

/** Words kept per text: a pasted log's tail holds its failure. */
const MAX_WORDS = 600;

/** A letter of a word: ASCII, or any character past it (accented, Cyrillic, CJK). */
export function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Characters that stay inside one chunk: a host, an address, a dotted class name. */
function isChunkChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 46 /* . */ || c === 64 /* @ */ || c === 95 /* _ */ || c === 45;
}

/** The last label of a host name: lower-case letters, 2 to 6 of them (com, net, test, de…). */
function isTldLike(label: string): boolean {
  if (label.length < 2 || label.length > 6) return false;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Dots, hyphens and underscores around a chunk ("smtp.example.net." at a sentence's end) go. */
function trimmed(chunk: string): string {
  const edge = (c: number) => c === 46 || c === 45 || c === 95;
  let start = 0;
  let end = chunk.length;
  while (start < end && edge(chunk.charCodeAt(start))) start++;
  while (end > start && edge(chunk.charCodeAt(end - 1))) end--;
  return chunk.slice(start, end);
}

/**
 * Split a chunk into word tokens (letters only, lower case; digits become "#"). Digits inside
 * a word are left out ("smtp2go" → "smtpgo"). Runs of letters are cut out whole and no
 * closure is made per chunk: a long log's tail has thousands of them.
 */
function pushWords(chunk: string, out: string[]): void {
  let word = '';
  let digits = false;
  let run = -1;
  for (let i = 0; i <= chunk.length; i++) {
    const c = i < chunk.length ? chunk.charCodeAt(i) : -1;
    if (c >= 0 && isLetter(c)) {
      if (digits && !word && run < 0) {
        out.push('#');
        digits = false;
      }
      if (run < 0) run = i;
      continue;
    }
    if (run >= 0) {
      word += chunk.slice(run, i);
      run = -1;
    }
    if (c >= 0 && isDigit(c)) {
      if (!word) digits = true;
      continue;
    }
    // Another character, or the chunk's end: the word (or the number) is complete.
    if (word) out.push(word.toLowerCase());
    else if (digits) out.push('#');
    word = '';
    digits = false;
  }
}

/** One of an IPv4 address's four labels (1 to 3 characters, a digit first). */
function isIpv4Label(label: string): boolean {
  return label.length > 0 && label.length <= 3 && isDigit(label.charCodeAt(0));
}

/** The masked words of a text: hosts → "<host>", addresses → "<addr>", IPs → "<ip>". */
export function maskedWords(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && !isChunkChar(text.charCodeAt(i))) i++;
    const start = i;
    while (i < n && isChunkChar(text.charCodeAt(i))) i++;
    if (i === start) continue;
    const chunk = trimmed(text.slice(start, i));
    if (!chunk) continue;
    if (chunk.includes('@') && chunk.indexOf('@') > 0 && chunk.includes('.')) {
      out.push('<addr>');
      continue;
    }
    if (chunk.includes('.')) {
      const labels = chunk.split('.');
      if (labels.length === 4 && labels.every(isIpv4Label)) {
        out.push('<ip>');
        continue;
      }
      // A host name: lower case with a TLD-like last label (a dotted class name is CamelCase).
      const last = labels[labels.length - 1] ?? '';
      if (labels.length >= 2 && isTldLike(last) && chunk === chunk.toLowerCase()) {
        const first = labels[0] ?? '';
        // The first label says what kind of host it is (smtp., mail., mx.).
        out.push(
          first.startsWith('smtp') || first.startsWith('mail') || first.startsWith('mx')
            ? '<mailhost>'
            : '<host>',
        );
        continue;
      }
    }
    pushWords(chunk, out);
  }
  return out.length > MAX_WORDS ? out.slice(-MAX_WORDS) : out;
}

/** The port's kind: a mail port by number, another service's, or some other. */
function portFeature(port: number | undefined): string {
  if (port === undefined) return 'port:none';
  if (MAIL_PORTS.has(port)) return `port:${port}`;
  return OTHER_SERVICE_PORTS.has(port) ? 'port:service' : 'port:other';
}

function hostFeature(host: string | undefined, text: string): string {
  if (isLocalHost(host, text)) return 'host:local';
  if (host === undefined) return 'host:none';
  const first = host.split('.')[0] ?? '';
  if (isDigit(first.charCodeAt(0))) return 'host:ip';
  return first.startsWith('smtp') || first.startsWith('mail') || first.startsWith('mx')
    ? 'host:mail'
    : 'host:other';
}

/** The distinct feature names of a text (order: engine signals, facts, detectors, words, pairs). */
export function featuresOf(text: string): string[] {
  const features = new Set<string>();
  const hits = detectSignals(text);
  for (const hit of hits) {
    features.add(`sig:${hit.signal.id}`);
    features.add(`fam:${hit.signal.family}`);
  }
  const lastReport = hits.reduce((at, h) => (h.signal.reports && h.at > at ? h.at : at), -1);
  const facts = extractFacts(text, lastReport >= 0 ? lastReport : text.length);
  features.add(portFeature(facts.port));
  features.add(hostFeature(facts.host, text));
  if (facts.replyCode !== undefined) {
    features.add(`reply:${facts.replyCode}`);
    features.add(`reply:${Math.floor(facts.replyCode / 100)}xx`);
  }
  if (facts.enhancedCode !== undefined) {
    const [cls, subject, detail] = facts.enhancedCode.split('.');
    features.add(`enh:${facts.enhancedCode}`);
    features.add(`enh:x.${subject}.${detail}`);
    features.add(`enh:x.${subject}`);
    features.add(`enh:${cls}`);
  }
  if (facts.errno !== undefined) features.add(`errno:${facts.errno.toLowerCase()}`);
  if (isForeign(text)) features.add('ctx:foreign');
  if (hasMailContext(text)) features.add('ctx:mail');
  if (isReplyLine(text)) features.add('ctx:reply-line');
  if (looksLikeError(text)) features.add('ctx:error-shaped');
  if (silentAfterOpen(text)) features.add('ctx:opened');
  if (speaksPlainFirst(text)) features.add('ctx:plain-client');
  if (speaksTlsFirst(text)) features.add('ctx:tls-client');
  const words = maskedWords(text);
  let previous = '^';
  for (const word of words) {
    features.add(`w:${word}`);
    features.add(`b:${previous} ${word}`);
    previous = word;
  }
  return [...features];
}

/**
 * The longest text the model reads: about the longest it learned from (the training rows are
 * error outputs, nearly all under 3 KB). A longer paste is a log, which the rules read for its
 * last failure; the model would read mostly the log's noise.
 */
export const MODEL_MAX_INPUT = 8_192;

/** What the model reads: the text in English, without help links and request headers. */
export function modelInput(text: string): string {
  return withoutAsides(toEnglish(text.length > MODEL_MAX_INPUT ? text.slice(-MODEL_MAX_INPUT) : text));
}
