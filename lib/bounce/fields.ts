import { joinReply, linesOf, statusIn } from './text';
import type { RecipientStatus } from './types';

/**
 * The fields of a delivery status report (RFC 3464 §2.2 per-message, §2.3
 * per-recipient), read from a message/delivery-status part or from lines pasted
 * with a bounce. A field may continue on lines that start with white space.
 */

const PER_MESSAGE = new Set(['reporting-mta', 'dsn-gateway', 'received-from-mta', 'arrival-date']);
const PER_RECIPIENT = new Set([
  'original-recipient',
  'final-recipient',
  'action',
  'status',
  'remote-mta',
  'diagnostic-code',
  'last-attempt-date',
  'will-retry-until',
  'final-log-id',
]);

/** Recipient groups kept: a bounce names a few; a list server's may name dozens. */
const MAX_RECIPIENTS = 100;

/** The action-field values of RFC 3464 §2.3.3. */
const ACTIONS = new Set(['failed', 'delayed', 'delivered', 'relayed', 'expanded']);

/** "Name: value", the name as RFC 5322 allows it (letters, digits, hyphens). */
const FIELD_LINE = /^([a-z][a-z0-9-]*)[ \t]?:(.*)$/i;

export interface ReportFields {
  reportingMta?: string;
  recipients: RecipientStatus[];
  /** How many distinct report field names were seen (to tell a report from prose). */
  distinctNames: number;
}

type Group = Map<string, string[]>;

/** Strip the "type;" of a typed value ("dns; mx.example.com", "rfc822; a@b"). */
function untyped(value: string): { type?: string; value: string } {
  const semi = value.indexOf(';');
  if (semi > 0 && semi <= 20 && /^[a-z][a-z0-9-]*$/i.test(value.slice(0, semi).trim())) {
    return { type: value.slice(0, semi).trim().toLowerCase(), value: value.slice(semi + 1).trim() };
  }
  return { value: value.trim() };
}

/** The host name of an MTA field: "mx.example.com. (192.0.2.1, the server for…)" → "mx.example.com". */
function hostOf(value: string): string | undefined {
  const first = untyped(value).value.split(/\s/, 1)[0] ?? '';
  const host = first.replace(/\.$/, '').replace(/^\[|\]$/g, '');
  return host || undefined;
}

function recipientFrom(group: Group): RecipientStatus {
  const one = (name: string) => group.get(name);
  const out: RecipientStatus = {};
  const final = one('final-recipient') ?? one('original-recipient');
  if (final) out.finalRecipient = untyped(final.join(' ')).value.replace(/^<|>$/g, '') || undefined;
  const action = one('action');
  const actionValue = action?.join(' ').trim().toLowerCase().split(/\s/, 1)[0];
  if (actionValue && ACTIONS.has(actionValue)) out.action = actionValue;
  const status = one('status');
  if (status) out.status = statusIn(status.join(' '));
  const remote = one('remote-mta');
  if (remote) out.remoteMta = hostOf(remote.join(' '));
  const diagnostic = one('diagnostic-code');
  if (diagnostic) {
    const [first = '', ...rest] = diagnostic;
    const { type, value } = untyped(first);
    const joined = joinReply([value, ...rest]);
    if (joined) out.diagnosticCode = joined;
    if (type) out.diagnosticType = type;
  }
  for (const key of Object.keys(out) as (keyof RecipientStatus)[]) {
    if (out[key] === undefined) delete out[key];
  }
  return out;
}

/**
 * Read every report field in `text`. A new recipient group starts at a blank line
 * after recipient fields, or when a field already set in the current group repeats.
 */
export function readReportFields(text: string): ReportFields {
  const names = new Set<string>();
  const groups: Group[] = [];
  let reportingMta: string | undefined;
  let current: Group = new Map();
  let last: string[] | undefined;
  const close = () => {
    if (current.size > 0 && groups.length < MAX_RECIPIENTS) groups.push(current);
    current = new Map();
  };
  for (const line of linesOf(text)) {
    if (!line.trim()) {
      close();
      last = undefined;
      continue;
    }
    const continued = /^[ \t]/.test(line);
    const field = FIELD_LINE.exec(line.trim());
    const name = field?.[1]?.toLowerCase();
    if (field && name && (PER_MESSAGE.has(name) || PER_RECIPIENT.has(name))) {
      names.add(name);
      const value = (field[2] ?? '').trim();
      if (PER_MESSAGE.has(name)) {
        if (name === 'reporting-mta' && !reportingMta) reportingMta = hostOf(value);
        last = undefined;
        continue;
      }
      if (current.has(name)) close();
      last = [value];
      current.set(name, last);
    } else if (continued && last) {
      last.push(line.trim());
    } else {
      last = undefined;
    }
  }
  close();
  const recipients = groups.map(recipientFrom).filter((r) => Object.keys(r).length > 0);
  return { reportingMta, recipients, distinctNames: names.size };
}

/** The recipient a bounce is about: the first failed, else delayed, else the first. */
export function mainRecipient(recipients: readonly RecipientStatus[]): RecipientStatus | undefined {
  return (
    recipients.find((r) => r.action === 'failed') ??
    recipients.find((r) => r.action === 'delayed') ??
    recipients[0]
  );
}
