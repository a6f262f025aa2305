import { mainRecipient, readReportFields, type ReportFields } from './fields';
import { mtaOfReport, ownText, readHumanPart, type HumanReading } from './shapes';
import { MAX_DIAGNOSTIC, MAX_HUMAN_PART, clip, normalize } from './text';
import type { BounceReport } from './types';

/**
 * Read a bounce: a whole delivery status notification (RFC 3464 multipart/report),
 * a bounce message in plain text, or a bounce as people paste it (the human text,
 * maybe with the report's field lines). The MIME structure is postal-mime's job;
 * the fields and the servers' wordings are read here, line by line.
 */

/** Limits for the MIME parser: a bounce is a few parts; the returned copy stays unparsed. */
const MIME_OPTIONS = {
  attachmentEncoding: 'utf8',
  forceRfc822Attachments: true,
  maxNestingDepth: 16,
  maxPartCount: 64,
  maxHeadersSize: 256 * 1024,
  maxRfc822NestingDepth: 0,
} as const;

/**
 * postal-mime (about 29 KB gzipped, most of it HTML entity names) is loaded on the first
 * whole message only: pasted text never needs it, so a bundler can keep it in its own
 * chunk. Where a dynamic import is refused, readBounce reads the message as text.
 */
async function parseMessage(text: string) {
  const { default: PostalMime } = await import('postal-mime');
  return PostalMime.parse(text, MIME_OPTIONS);
}

/** Header fields that mark the start of a whole message (RFC 5322 §3.6, RFC 2045). */
const MESSAGE_HEADER =
  /^(?:Received|Return-Path|From|To|Subject|Date|Message-ID|MIME-Version|Content-Type|Delivered-To|X-Failed-Recipients|Auto-Submitted)[ \t]*:/i;
/** Any header field line, or the folded continuation of one. */
const HEADER_LINE = /^(?:[^\s:]+[ \t]*:|[ \t])/;

/** Does the text start with a message header block (a saved .eml, "show original")? */
export function looksLikeMessage(text: string): boolean {
  const end = text.indexOf('\n\n');
  if (end <= 0 || end > 256 * 1024) return false;
  const lines = text.slice(0, end).split('\n');
  const known = lines.filter((l) => MESSAGE_HEADER.test(l)).length;
  return known >= 2 && lines.every((l) => HEADER_LINE.test(l));
}

function fromHtml(html: string): string {
  return html
    .replace(/<(?:br|\/p|\/div|\/tr|\/h\d)\b[^<>]{0,200}>/gi, '\n')
    .replace(/<[^<>]{0,2000}>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Build the report from what was found; null when nothing in it is a bounce's. */
function assemble(
  kind: BounceReport['kind'],
  fields: ReportFields,
  human: HumanReading | null,
  humanPart: string | undefined,
  reportText: string,
): BounceReport | null {
  const main = mainRecipient(fields.recipients);
  // Pasted field lines count when they are a report's: two field names, and a status or diagnostic.
  const hasFields = fields.distinctNames >= 2 && !!(main?.status || main?.diagnosticCode);
  if (kind === 'pasted-bounce' && !hasFields && !human) return null;
  const report: BounceReport = { kind, recipients: fields.recipients, diagnostic: '' };
  const mta = human?.mta ?? mtaOfReport(reportText);
  if (mta) report.mta = mta;
  if (main?.action) report.action = main.action;
  const status = main?.status ?? human?.status;
  if (status) report.status = status;
  if (main?.diagnosticCode) report.diagnosticCode = main.diagnosticCode;
  if (main?.diagnosticType) report.diagnosticType = main.diagnosticType;
  const remoteMta = main?.remoteMta ?? human?.remoteMta;
  if (remoteMta) report.remoteMta = remoteMta;
  if (main?.finalRecipient) report.finalRecipient = main.finalRecipient;
  if (fields.reportingMta) report.reportingMta = fields.reportingMta;
  const part = humanPart?.trim();
  if (part) report.humanPart = clip(part, MAX_HUMAN_PART);
  // A Diagnostic-Code that is only a number (a local program's exit status) says less than the text.
  const code =
    main?.diagnosticCode && !/^\d{0,3}$/.test(main.diagnosticCode) ? main.diagnosticCode : undefined;
  report.diagnostic = clip(
    code ?? human?.reply ?? main?.diagnosticCode ?? (part && human ? part.slice(0, 500) : ''),
    MAX_DIAGNOSTIC,
  );
  return report;
}

/**
 * Read a bounce that is not a MIME message: pasted human text, with or without the
 * report's field lines. Synchronous; null when the text is not a bounce.
 */
export function readPastedBounce(text: string): BounceReport | null {
  if (typeof text !== 'string') return null;
  const normal = normalize(text);
  const own = ownText(normal);
  return assemble('pasted-bounce', readReportFields(own), readHumanPart(own), own, own);
}

/**
 * Read any bounce: a whole message (parsed with postal-mime, so asynchronous) or
 * pasted text (readPastedBounce). Null when the text is not a bounce. Never rejects.
 */
export async function readBounce(text: string): Promise<BounceReport | null> {
  if (typeof text !== 'string') return null;
  const normal = normalize(text);
  if (!looksLikeMessage(normal)) return readPastedBounce(normal);
  try {
    const email = await parseMessage(normal);
    const reports = email.attachments.filter((a) =>
      /^message\/(?:global-)?delivery-status$/.test(a.mimeType),
    );
    const reportText = reports.map((a) => (typeof a.content === 'string' ? a.content : '')).join('\n\n');
    const body = email.text || (email.html ? fromHtml(email.html) : '');
    const own = ownText(normalize(body));
    const human = readHumanPart(own);
    if (reports.length > 0) return assemble('dsn', readReportFields(reportText), human, own, reportText);
    // A plain-text bounce message (Exim, qmail): its fields, if any, are in the body.
    return assemble('pasted-bounce', readReportFields(own), human, own, own);
  } catch {
    // Past the parser's limits, malformed, or no parser here: read it as text.
    return readPastedBounce(normal);
  }
}
