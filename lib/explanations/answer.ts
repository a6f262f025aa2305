import type { CategoryId } from '../categories';
import type { Classification } from '../rules/types';
import type { PageKind, Vantage } from '../vantage';
import { buildContext, duration, portText, type ExplainContext } from './context';
import { termsIn } from './glossary';
import type { Explanation } from './types';

/**
 * The first screen of a card: what happened in one plain sentence, who can fix it, and
 * the one next action. Everything else on the card (evidence, why, runners-up, probes)
 * comes after it, folded. Pure: decided from the explanation, the vantage and the page.
 */

/** The one next action: a sentence, optionally a message or setting to copy. */
export interface NextStep {
  text: string;
  detail?: string;
  /** A ready message to send, or a value to paste into a setting. */
  /** A ready message to send, or settings to paste: the button and fold say which. */
  copy?: { label: string; value: string; kind: 'message' | 'settings' };
  /** The provider's own page for it. */
  link?: { label: string; url: string };
}

export interface Answer {
  headline: string;
  /** Who can act on it, in a sentence. */
  who: string;
  next: NextStep;
  /** For a connect failure the text cannot decide: the causes, most likely first. */
  causes?: string[];
  /** Set when the headline is the honest "couldn't connect" instead of the classifier's title. */
  undecided?: true;
  /** The technical terms the first screen uses, each with a one-line meaning. */
  terms: Array<{ term: string; meaning: string }>;
}

export interface AnswerInput {
  explanation: Explanation;
  classification: Classification;
  vantage: Vantage;
  /** The error text. */
  text: string;
  /** The page's kind, when the error was seen on a recognised page. */
  page?: PageKind;
  /** Host of the page the error was seen on. */
  pageHost?: string;
  /** When it was seen (ms since the epoch). */
  seenAt?: number;
  /**
   * The provider's own answer when the text or the settings name the provider (an app
   * password, SMTP AUTH switched off …): it becomes the next step.
   */
  providerStep?: { title: string; steps: readonly string[]; helpUrl?: string };
}

/** Webmail whose users are seldom its administrators (panels and web-app admin pages are). */
const WEBMAIL_PAGES: ReadonlySet<PageKind> = new Set(['roundcube', 'sogo', 'snappymail', 'horde', 'zimbra']);

const CONNECT: ReadonlySet<CategoryId> = new Set(['port-blocked', 'server-unreachable']);
const AUTH: ReadonlySet<CategoryId> = new Set(['auth-failed', 'auth-required', 'auth-disabled']);
const TLS: ReadonlySet<CategoryId> = new Set(['tls-mismatch', 'tls-certificate', 'tls-protocol']);
/** Below this, a connect failure's cause is not decided by the text. */
const DECIDED = 0.6;

/** Plain names of connect-failure causes, for the ranked list. */
const CAUSE_NAMES: Partial<Record<CategoryId, string>> = {
  'port-blocked': 'the network blocks the mail port',
  'server-unreachable': 'the mail server is down or refuses the connection',
  'dns-failure': 'the mail server’s name is wrong or does not resolve',
  'tls-mismatch': 'the encryption setting does not match the port',
};

function undecidedConnect(e: Explanation, c: ExplainContext): boolean {
  if (!e.category || !CONNECT.has(e.category) || c.localBlock) return false;
  if (e.category === 'port-blocked' && c.world.world === 'delivery' && e.confidence >= DECIDED) return false;
  return e.confidence < DECIDED || e.alternatives.some((a) => a.confidence >= e.confidence);
}

function rankedCauses(e: Explanation): string[] {
  const ranked = [
    { category: e.category, confidence: e.confidence },
    ...e.alternatives.map((a) => ({ category: a.category, confidence: a.confidence })),
  ].sort((a, b) => b.confidence - a.confidence);
  const names: string[] = [];
  for (const r of ranked) {
    const name = r.category ? CAUSE_NAMES[r.category] : undefined;
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

/** "2026-12-06 22:30 UTC": the time a host can find in its logs. */
function utc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** What the person who runs the server should look at, per cause. */
function whatToCheck(category: CategoryId, c: ExplainContext): string {
  if (CONNECT.has(category) || category === 'dns-failure')
    return (
      `whether this server can open outgoing connections to ${c.host ?? 'its mail server'} on ${portText(c)} ` +
      '(many hosts block port 25; 587 with STARTTLS and 465 with SSL/TLS are the ports meant for sending), ' +
      'and whether the mail server is up'
    );
  if (TLS.has(category))
    return 'the encryption setting (465 = SSL/TLS, 587 = STARTTLS) and the mail server’s certificate';
  if (AUTH.has(category))
    return 'the user name and password (or app password) the server signs in to the mail server with';
  if (category === 'domain-authentication')
    return `the SPF and DKIM records of ${c.senderDomain ?? 'the sending domain'} for the service that sends its mail`;
  if (category === 'ip-reputation' || category === 'reverse-dns')
    return 'the sending server’s IP address: its blocklist entries and its reverse DNS name';
  if (category === 'sender-rejected')
    return 'which sender addresses the mail server lets this account send as';
  return 'the mail server’s log at that time';
}

/** A message to the person who can act, filled with what they need to find the error. */
export function messageToAdmin(input: AnswerInput, c: ExplainContext, to: string): string {
  const category = input.explanation.category ?? 'unknown';
  const where = input.pageHost ? ` from ${input.pageHost}` : '';
  const when = input.seenAt !== undefined ? ` at ${utc(input.seenAt)}` : '';
  const error = input.text.trim().replace(/\s+/g, ' ').slice(0, 400);
  return [
    `Hello ${to},`,
    '',
    `sending email${where} fails. This error was shown${when}:`,
    '',
    `  ${error}`,
    '',
    `Please check ${whatToCheck(category, c)}.`,
    '',
    'Thank you.',
  ].join('\n');
}

function firstStep(e: Explanation): NextStep {
  const [step] = e.steps;
  if (!step) return { text: 'Read the full error below.' };
  const next: NextStep = { text: step.text };
  if (step.detail) next.detail = step.detail;
  if (step.code) next.copy = { label: 'Copy the settings', value: step.code, kind: 'settings' };
  return next;
}

function headlineOf(input: AnswerInput, undecided: boolean): string {
  const { explanation: e, vantage } = input;
  const category = e.category;
  if (vantage === 'web-server' && category && (CONNECT.has(category) || category === 'dns-failure'))
    return 'The server behind this page could not reach its mail server';
  if (undecided) return 'Couldn’t connect to the mail server';
  return e.title;
}

function providerNext(advice: NonNullable<AnswerInput['providerStep']>): NextStep {
  // The step that names the provider's way in (an app password) is the one to do; the rest say how.
  const key = advice.steps.findIndex((s) => /\bapp(?:-specific)? password\b/i.test(s));
  const ordered = key > 0 ? [advice.steps[key]!, ...advice.steps.filter((_, i) => i !== key)] : advice.steps;
  const [first = advice.title, ...rest] = ordered;
  const next: NextStep = { text: first };
  if (rest.length) next.detail = rest.join(' ');
  if (advice.helpUrl) next.link = { label: 'Provider help', url: advice.helpUrl };
  return next;
}

/** The answer for the first screen. */
export function answerFirst(input: AnswerInput): Answer {
  const { explanation: e, vantage } = input;
  const c = buildContext(input.classification, input.text, vantage);
  const category = e.category ?? 'unknown';
  const undecided = undecidedConnect(e, c);
  const onWebmail = input.page !== undefined && WEBMAIL_PAGES.has(input.page);
  const headline = headlineOf(input, undecided);
  const answer = (who: string, next: NextStep): Answer => {
    const a: Answer = { headline, who, next, terms: termsIn([headline, next.text]) };
    if (undecided) {
      a.undecided = true;
      a.causes = rankedCauses(e);
    }
    return a;
  };

  // Waiting is the fix wherever it was seen.
  if (category === 'greylisted' || category === 'rate-limit') {
    const wait = c.retrySeconds !== undefined ? duration(c.retrySeconds) : 'a few minutes';
    if (category === 'greylisted')
      return answer('Nobody needs to change anything: the receiving server only asked to try again later.', {
        text: `Wait ${wait}, then press Send again.`,
        detail: 'Webmail and most apps do not retry by themselves; a mail server that queues mail does.',
      });
    return answer('You: the server limits how much one account sends.', {
      text: `Wait ${c.retrySeconds !== undefined ? wait : 'an hour or so'} before sending again, and send fewer messages at once.`,
    });
  }
  if (category === 'recipient-rejected')
    return answer('You: your sending worked, the address did not.', {
      text: 'Check the recipient’s address for typos and send again.',
    });
  if (category === 'mailbox-full')
    return answer('The recipient: their mailbox is full.', {
      text: 'Reach them another way, or try again later.',
    });

  // The domain's DNS decides it wherever the rejection was seen: a mail app cannot change it.
  if (category === 'domain-authentication') {
    const domain = c.senderDomain ?? 'your domain';
    return answer(`Whoever manages ${domain}’s DNS, or your email provider.`, {
      text: `If you don’t manage ${domain}, send this to whoever does.`,
      copy: {
        label: 'Copy message to the domain’s manager',
        value: messageToAdmin(input, c, 'there'),
        kind: 'message',
      },
    });
  }

  // The provider's own answer goes first wherever the person can act on their account.
  const ownAccount = vantage === 'this-device' || (vantage === 'web-server' && !onWebmail);
  if (input.providerStep && AUTH.has(category) && ownAccount)
    return answer(
      `You, in your ${input.providerStep.title.split(':')[0]} account.`,
      providerNext(input.providerStep),
    );

  if (vantage === 'web-server') {
    const host = input.pageHost ?? 'this site';
    if (onWebmail)
      return answer(
        `The administrator of ${host}: the webmail’s server makes the connection, so nothing on your computer can fix it.`,
        {
          text: 'Send this message to your email administrator or hosting provider.',
          copy: {
            label: 'Copy message to the administrator',
            value: messageToAdmin(input, c, 'administrator'),
            kind: 'message',
          },
        },
      );
    // A panel or a web app's admin page: the person looking is likely its administrator.
    if (CONNECT.has(category) || category === 'dns-failure')
      return answer(`Whoever runs ${host}: its hosting network may block the mail port.`, {
        text: 'In this page’s mail settings use port 587 with STARTTLS (or 465 with SSL/TLS); if it still fails, send this to your host.',
        copy: {
          label: 'Copy message to the host',
          value: messageToAdmin(input, c, 'support team'),
          kind: 'message',
        },
      });
    return answer(`Whoever runs ${host}, in its mail settings.`, firstStep(e));
  }

  if (vantage === 'mail-server') {
    if (category === 'ip-reputation' || category === 'reverse-dns')
      return answer('Your email provider: it runs the server whose address was refused.', {
        text: 'Send this to your email provider’s support.',
        copy: {
          label: 'Copy message to your email provider',
          value: messageToAdmin(input, c, 'support team'),
          kind: 'message',
        },
      });
    return answer(
      'You or your email provider: their server accepted the message but could not deliver it.',
      firstStep(e),
    );
  }

  // this-device
  if (undecided) {
    const check = e.alternatives.find((a) => a.check)?.check;
    return answer('You, or whoever runs your network or the mail server: one check tells which.', {
      text: 'Try sending once from another network, such as a phone hotspot.',
      detail:
        'If it works there, your network blocks the mail port; if it fails everywhere, the server or its name is wrong.' +
        (check?.code ? ' Or run the probe below.' : ''),
    });
  }
  return answer('You, in your mail app or script’s settings.', firstStep(e));
}
