import {
  ENHANCED_CODE,
  MAX_DIAGNOSTIC,
  MAX_LINES,
  clip,
  isReplyLine,
  joinReply,
  lineIndexOf,
  linesOf,
  nextNonBlank,
  paragraphFrom,
  statusIn,
} from './text';
import type { BounceMta } from './types';

/**
 * The human part of the bounces of each mail server: the sentences that say which
 * server wrote it, and where in it the remote server's reply (or the local reason)
 * stands. Wordings are from each server's built-in bounce text; the fixtures in
 * test/fixtures/bounces and their README name the sources.
 */

/** What a bounce's human part says. */
export interface HumanReading {
  mta?: BounceMta;
  /** The remote server's reply, or the local reason when no server replied. */
  reply?: string;
  remoteMta?: string;
  /** An enhanced code the text gives outside the reply (qmail's "(#5.1.1)"). */
  status?: string;
}

interface Shape {
  mta: BounceMta;
  /** Literal sentences only this server's bounces carry. */
  marker: RegExp;
  read(lines: string[], text: string): Omit<HumanReading, 'mta'>;
}

/**
 * A line where the copy of the returned message starts ("------ This is a copy of the
 * message", qmail's "--- Below this line is a copy of the message.", Gmail's
 * "----- Original message -----", Exchange's "Original message headers:").
 */
const RETURNED_COPY =
  /^(?:-+ ?(?:This is a copy of (?:the|your) message|Below this line is a copy of the message|Enclosed is a copy of the message|Original message)|Original message headers:)/i;

/** The bounce's own text: everything before the returned copy of the message. */
export function ownText(text: string): string {
  let at = 0;
  for (let n = 0; at < text.length && n < MAX_LINES; n++) {
    const end = text.indexOf('\n', at);
    const stop = end < 0 ? text.length : end;
    if (RETURNED_COPY.test(text.slice(at, Math.min(stop, at + 200)).trimStart())) return text.slice(0, at);
    at = stop + 1;
  }
  return text;
}

function cleanReply(reply: string | undefined): string | undefined {
  const out = reply?.replace(/ ?\(in reply to [a-z ]{1,40} command\)\.?$/i, '').trim();
  return out ? clip(out, MAX_DIAGNOSTIC) : undefined;
}

/** The host of "host NAME[1.2.3.4] said:" / "host NAME [1.2.3.4]:", without the bracketed address. */
function hostBefore(text: string, marker: RegExp): string | undefined {
  const m = marker.exec(text);
  const token = m?.[1] ?? '';
  const bracket = token.indexOf('[');
  const host = (bracket >= 0 ? token.slice(0, bracket) : token).replace(/\.$/, '');
  return host || undefined;
}

/** "<user@example.com>: …" or "<user@example.com> (expanded from <…>): …", a recipient paragraph. */
const ANGLE_RECIPIENT = /^<[^<>\s]{1,320}>(?: \(expanded from <[^<>\s]{0,320}>\))?:/;

const postfix: Shape = {
  mta: 'postfix',
  marker:
    /This is the mail system at host |I'm sorry to have to inform you that your message could not|This is the Postfix program at host |The mail system will continue delivery attempts/,
  read(lines) {
    for (let i = 0; i < lines.length; i++) {
      const head = ANGLE_RECIPIENT.exec((lines[i] ?? '').trim());
      if (!head) continue;
      const paragraph = paragraphFrom(lines, i)
        .map((l) => l.trim())
        .join(' ');
      const reason = paragraph.slice(head[0].length).trim();
      const said = reason.indexOf(' said: ');
      return {
        reply: cleanReply(said >= 0 ? reason.slice(said + 7) : reason),
        remoteMta: hostBefore(reason, /\bhost (\S{1,253}) said:/),
      };
    }
    return {};
  },
};

const exim: Shape = {
  mta: 'exim',
  marker:
    /This message was created automatically by mail delivery software|A message that you sent could not be delivered to|A message that you sent has not yet been delivered to|SMTP error from remote mail server after|The following address\(es\) failed:/,
  read(lines) {
    const smtp = lineIndexOf(lines, 'SMTP error from remote mail');
    if (smtp >= 0) {
      const block = paragraphFrom(lines, smtp + 1);
      const joined = block.map((l) => l.trim()).join('\n');
      // "host mx.example.com [192.0.2.1]: 550 5.1.1 …" — the reply follows the bracketed address.
      const at = joined.indexOf(']:');
      const reply = at >= 0 ? joined.slice(at + 2) : joined;
      return {
        reply: cleanReply(joinReply(reply.split('\n'))),
        // Exim 4.86 and later put "host mx.example.com [192.0.2.1]" on the line above.
        remoteMta:
          hostBefore(joined, /\bhost (\S{1,253}) \[/) ??
          hostBefore(lines[smtp - 1] ?? '', /\bhost (\S{1,253}) \[/),
      };
    }
    // A local transport's own words ("pipe to |…"), under a "------ address ------" line.
    const generated = lineIndexOf(lines, 'The following text was generated during the delivery attempt');
    if (generated >= 0) {
      let i = generated + 1;
      while (i < lines.length && !(lines[i] ?? '').trimEnd().endsWith('------')) i++;
      const start = nextNonBlank(lines, i + 1);
      if (start >= 0) return { reply: cleanReply(joinReply(paragraphFrom(lines, start))) };
    }
    // A local reason: the indented lines under the failed address, less "(generated from …)".
    const failed = lineIndexOf(lines, 'address(es) ');
    const address = failed >= 0 ? nextNonBlank(lines, failed + 1) : -1;
    if (address < 0) return {};
    const reason = paragraphFrom(lines, address + 1).filter(
      (l) => !/^\(?(?:ultimately )?generated (?:from|by) /.test(l.trim()),
    );
    return reason.length > 0 ? { reply: cleanReply(joinReply(reason)) } : {};
  },
};

const sendmail: Shape = {
  mta: 'sendmail',
  marker:
    /The following addresses had permanent fatal errors|The following addresses had transient non-fatal errors|Transcript of session follows/,
  read(lines, text) {
    const reason = /\(reason: ([^()\n]{1,1000})\)/.exec(text)?.[1];
    const remoteMta = hostBefore(text, /while talking to (\S{1,253}):/);
    if (reason) return { reply: cleanReply(reason), remoteMta };
    const transcript = lineIndexOf(lines, 'Transcript of session follows');
    for (let i = transcript + 1; transcript >= 0 && i < lines.length; i++) {
      const line = (lines[i] ?? '').trim();
      const reply = line.startsWith('<<< ') ? line.slice(4) : line;
      if (/^[45]\d\d[ -]/.test(reply)) return { reply: cleanReply(reply), remoteMta };
    }
    // No reply in the transcript: its first line ("<a@b>... Deferred: Connection timed out …").
    const first = transcript >= 0 ? nextNonBlank(lines, transcript + 1) : -1;
    const line = first >= 0 ? (lines[first] ?? '').trim() : '';
    const local = line.replace(/^<[^<>\s]{1,320}>\.\.\. /, '');
    return local ? { reply: cleanReply(local), remoteMta } : { remoteMta };
  },
};

const qmail: Shape = {
  mta: 'qmail',
  marker:
    /This is the qmail-send program at |I'm afraid I wasn't able to deliver your message to the following addresses/,
  read(lines, text) {
    const status = statusIn(/\(#([245]\.\d{1,3}\.\d{1,3})\)/.exec(text)?.[1] ?? '');
    const remoteMta =
      hostBefore(text, /Giving up on (\S{1,253})\.(?:\s|$)/) ??
      hostBefore(text, /remote host (\S{1,253}) said:/);
    const said = lineIndexOf(lines, 'Remote host said: ');
    if (said >= 0) {
      const first = (lines[said] ?? '').slice((lines[said] ?? '').indexOf('Remote host said: ') + 18);
      const rest: string[] = [];
      for (let i = said + 1; i < lines.length && rest.length < 20 && isReplyLine(lines[i] ?? ''); i++) {
        rest.push(lines[i] ?? '');
      }
      return { reply: cleanReply(joinReply([first, ...rest])), remoteMta, status };
    }
    // A local or DNS reason: the paragraph under "<user@example.com>:".
    for (let i = 0; i < lines.length; i++) {
      if (!ANGLE_RECIPIENT.test((lines[i] ?? '').trim())) continue;
      const paragraph = paragraphFrom(lines, i + 1).filter((l) => !/^\(Other MXes tried/.test(l));
      const reply = joinReply(paragraph).replace(/ ?\(#[245]\.\d{1,3}\.\d{1,3}\)/, '');
      return { reply: cleanReply(reply), remoteMta, status };
    }
    return { remoteMta, status };
  },
};

const exchange: Shape = {
  mta: 'exchange',
  marker:
    /Delivery has failed to these recipients or (?:groups|distribution lists)|Diagnostic information for administrators|Remote Server returned '|couldn't be delivered to these recipients|Your message to \S{1,320} couldn't be delivered/i,
  read(lines) {
    const returned = lineIndexOf(lines, "Remote Server returned '");
    if (returned >= 0) {
      const line = lines[returned] ?? '';
      const start = line.toLowerCase().indexOf("remote server returned '") + 24;
      return { reply: cleanReply(line.slice(start).trim().replace(/'$/, '')) };
    }
    // Exchange Online: "Reported error:  550 5.1.10 RESOLVER.ADR.RecipientNotFound; …", maybe wrapped.
    const reported = lineIndexOf(lines, 'Reported error:');
    if (reported >= 0) {
      const line = lines[reported] ?? '';
      const first = line.slice(line.indexOf('Reported error:') + 15);
      const rest: string[] = [];
      for (let i = reported + 1; i < lines.length && rest.length < 5 && /^\s/.test(lines[i] ?? ''); i++) {
        rest.push(lines[i] ?? '');
      }
      return { reply: cleanReply(joinReply([first, ...rest])) };
    }
    // Exchange 2007: "#< #5.1.1 smtp;550 5.1.1 User unknown> #SMTP#"
    const coded = lineIndexOf(lines, '#< #');
    if (coded >= 0) {
      const line = lines[coded] ?? '';
      const start = line.toLowerCase().indexOf('smtp;');
      const end = line.indexOf('>', start);
      if (start >= 0 && end > start) return { reply: cleanReply(line.slice(start + 5, end)) };
    }
    // "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##" under the diagnostic information.
    const admin = lineIndexOf(lines, 'Diagnostic information for administrators');
    for (let i = admin + 1; admin >= 0 && i < lines.length; i++) {
      const line = (lines[i] ?? '').trim();
      if (/^#[245]\d\d /.test(line)) return { reply: cleanReply(line.slice(1).replace(/##$/, '').trim()) };
      if (line.startsWith('Original message headers')) break;
    }
    // No reply: the sentence under the failed recipient.
    const failed = lineIndexOf(lines, 'Delivery has failed to these recipients');
    const recipient = failed >= 0 ? nextNonBlank(lines, failed + 1) : -1;
    if (recipient < 0) return {};
    const reason = paragraphFrom(lines, recipient + 1).filter((l) => !/^_{4,}$/.test(l.trim()));
    return { reply: cleanReply(joinReply(reason)) };
  },
};

const gmail: Shape = {
  mta: 'gmail',
  marker:
    /\*\* (?:Address not found|Message not delivered|Message blocked|Delivery incomplete|Message temporarily rejected) \*\*|Your message wasn't delivered to |Delivery to the following recipients? (?:failed permanently|has been delayed)|Google tried to deliver your message|There was a temporary problem delivering your message to /,
  read(lines) {
    for (const lead of [
      'The response from the remote server was:',
      'The error that the other server returned was:',
      'The response was:',
      'Technical details of permanent failure:',
      'Technical details of temporary failure:',
    ]) {
      const at = lineIndexOf(lines, lead);
      if (at < 0) continue;
      const after = (lines[at] ?? '').slice((lines[at] ?? '').indexOf(lead) + lead.length).trim();
      const start = after ? at : nextNonBlank(lines, at + 1);
      if (start < 0) continue;
      const block = after ? [after, ...paragraphFrom(lines, at + 1)] : paragraphFrom(lines, start);
      return { reply: cleanReply(joinReply(block)) };
    }
    return {};
  },
};

/** Most specific first: Gmail and Exchange quote other servers, whose wording can follow. */
const SHAPES: readonly Shape[] = [gmail, exchange, postfix, exim, qmail, sendmail];

/** The first line that is an SMTP reply with an enhanced code: a last resort for unknown shapes. */
function anyReply(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const trimmed = line.trim();
    if (isReplyLine(trimmed) && ENHANCED_CODE.test(trimmed)) return cleanReply(trimmed);
  }
  return undefined;
}

/** Which server's bounce wording the text carries, if any (its markers only: cheap, linear). */
export function bounceMtaOf(text: string): BounceMta | undefined {
  return SHAPES.find((s) => s.marker.test(text))?.mta;
}

/** Which server wrote this bounce text, and the reply it quotes. Null when no shape matches. */
export function readHumanPart(text: string): HumanReading | null {
  const own = ownText(text);
  const shape = SHAPES.find((s) => s.marker.test(own));
  if (!shape) return null;
  const lines = linesOf(own);
  const reading = shape.read(lines, own);
  const reply = reading.reply ?? anyReply(lines);
  const out: HumanReading = { mta: shape.mta };
  if (reply) out.reply = reply;
  if (reading.remoteMta) out.remoteMta = reading.remoteMta;
  if (reading.status) out.status = reading.status;
  return out;
}

/** Which server wrote a report whose human part names none: from the report fields it adds. */
export function mtaOfReport(text: string): BounceMta | undefined {
  if (/^X-Postfix-(?:Queue-ID|Sender):/im.test(text)) return 'postfix';
  if (/^Reporting-MTA: ?dns; ?googlemail\.com/im.test(text)) return 'gmail';
  if (/^X-Exim-|^Reporting-MTA: ?dns; ?[^\n]{0,253}\(Exim/im.test(text)) return 'exim';
  return undefined;
}
