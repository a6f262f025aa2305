import type { CategoryId } from '../categories';
import type { Classification } from '../rules/types';
import type { PageKind, Vantage } from '../vantage';
import { ENGLISH, type MessageKey, type Translator } from '../i18n';
import { buildContext, type ExplainContext } from './context';
import { termsIn, textHasTerm } from './glossary';
import { portsOf } from './ports';
import { waitText } from './wait';
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
  providerStep?: {
    title: string;
    /** Whose account it is ("Google"); else the title's part before its colon. */
    provider?: string;
    steps: readonly string[];
    helpUrl?: string;
    /** Index of the step that names the provider's way in (the app password), when the advice marks it. */
    keyStep?: number;
  };
  /** The reader's language (lib/i18n). Default: English. */
  translator?: Translator;
}

/** Webmail whose users are seldom its administrators (panels and web-app admin pages are). */
const WEBMAIL_PAGES: ReadonlySet<PageKind> = new Set(['roundcube', 'sogo', 'snappymail', 'horde', 'zimbra']);

const CONNECT: ReadonlySet<CategoryId> = new Set(['port-blocked', 'server-unreachable']);
const AUTH: ReadonlySet<CategoryId> = new Set(['auth-failed', 'auth-required', 'auth-disabled']);
const TLS: ReadonlySet<CategoryId> = new Set(['tls-mismatch', 'tls-certificate', 'tls-protocol']);
/** Below this, a connect failure's cause is not decided by the text. */
const DECIDED = 0.6;

/** Plain names of connect-failure causes, for the ranked list. */
const CAUSE_NAMES: Partial<Record<CategoryId, MessageKey>> = {
  'port-blocked': 'policy.answer.cause.portBlocked',
  'server-unreachable': 'policy.answer.cause.serverUnreachable',
  'dns-failure': 'policy.answer.cause.dnsFailure',
  'tls-mismatch': 'policy.answer.cause.tlsMismatch',
};

function undecidedConnect(e: Explanation, c: ExplainContext): boolean {
  if (!e.category || !CONNECT.has(e.category) || c.localBlock) return false;
  if (e.category === 'port-blocked' && c.world.world === 'delivery' && e.confidence >= DECIDED) return false;
  return e.confidence < DECIDED || e.alternatives.some((a) => a.confidence >= e.confidence);
}

function rankedCauses(e: Explanation, c: ExplainContext): string[] {
  const ranked = [
    { category: e.category, confidence: e.confidence },
    ...e.alternatives.map((a) => ({ category: a.category, confidence: a.confidence })),
  ].sort((a, b) => b.confidence - a.confidence);
  const names: string[] = [];
  for (const r of ranked) {
    const key = r.category ? CAUSE_NAMES[r.category] : undefined;
    const name = key ? c.t(key) : undefined;
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

/** "2026-12-06 22:30 UTC": the time a host can find in its logs (the same in every language). */
function utc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The sentence asking the person who runs the server to look at what matters for this cause. */
function whatToCheck(category: CategoryId, c: ExplainContext): string {
  if (CONNECT.has(category) || category === 'dns-failure') {
    const ports = portsOf(c);
    if (c.host !== undefined && ports !== undefined)
      return c.t('policy.answer.admin.check.connect', { host: c.host, ports });
    if (c.host !== undefined) return c.t('policy.answer.admin.check.connectNoPort', { host: c.host });
    if (ports !== undefined) return c.t('policy.answer.admin.check.connectNoHost', { ports });
    return c.t('policy.answer.admin.check.connectNoHostNoPort');
  }
  if (TLS.has(category)) return c.t('policy.answer.admin.check.tls');
  if (AUTH.has(category)) return c.t('policy.answer.admin.check.auth');
  if (category === 'domain-authentication')
    return c.senderDomain
      ? c.t('policy.answer.admin.check.domain', { domain: c.senderDomain })
      : c.t('policy.answer.admin.check.domainUnnamed');
  if (category === 'ip-reputation' || category === 'reverse-dns') return c.t('policy.answer.admin.check.ip');
  if (category === 'sender-rejected') return c.t('policy.answer.admin.check.sender');
  return c.t('policy.answer.admin.check.log');
}

/** Whom the ready message greets. */
export type Addressee = 'there' | 'administrator' | 'support team';

const GREETINGS: Readonly<Record<Addressee, MessageKey>> = {
  there: 'policy.answer.admin.greeting.there',
  administrator: 'policy.answer.admin.greeting.administrator',
  'support team': 'policy.answer.admin.greeting.supportTeam',
};

function failsLine(input: AnswerInput, c: ExplainContext): string {
  const { pageHost } = input;
  const time = input.seenAt !== undefined ? utc(input.seenAt) : undefined;
  if (pageHost && time) return c.t('policy.answer.admin.fails.fromAt', { pageHost, time });
  if (pageHost) return c.t('policy.answer.admin.fails.from', { pageHost });
  if (time) return c.t('policy.answer.admin.fails.at', { time });
  return c.t('policy.answer.admin.fails');
}

/** A message to the person who can act, filled with what they need to find the error. */
export function messageToAdmin(input: AnswerInput, c: ExplainContext, to: Addressee): string {
  const category = input.explanation.category ?? 'unknown';
  const error = input.text.trim().replace(/\s+/g, ' ').slice(0, 400);
  return [
    c.t(GREETINGS[to]),
    '',
    failsLine(input, c),
    '',
    `  ${error}`,
    '',
    whatToCheck(category, c),
    '',
    c.t('policy.answer.admin.thanks'),
  ].join('\n');
}

function firstStep(e: Explanation, c: ExplainContext): NextStep {
  const [step] = e.steps;
  if (!step) return { text: c.t('policy.answer.next.readFullError') };
  const next: NextStep = { text: step.text };
  if (step.detail) next.detail = step.detail;
  if (step.code)
    next.copy = { label: c.t('policy.answer.copy.settings'), value: step.code, kind: 'settings' };
  return next;
}

function headlineOf(input: AnswerInput, undecided: boolean, c: ExplainContext): string {
  const { explanation: e, vantage } = input;
  const category = e.category;
  if (vantage === 'web-server' && category && (CONNECT.has(category) || category === 'dns-failure'))
    return c.t('policy.answer.headline.pageServerUnreachable');
  if (undecided) return c.t('policy.answer.headline.couldNotConnect');
  return e.title;
}

function providerNext(advice: NonNullable<AnswerInput['providerStep']>, c: ExplainContext): NextStep {
  // The step that names the provider's way in (an app password) is the one to do; the rest say how.
  // The advice may mark it; otherwise the glossary finds the term in the reader's language or English.
  const key =
    advice.keyStep ??
    advice.steps.findIndex(
      (s) => textHasTerm('app-password', s, c.locale) || textHasTerm('app-password', s, 'en'),
    );
  const ordered = key > 0 ? [advice.steps[key]!, ...advice.steps.filter((_, i) => i !== key)] : advice.steps;
  const [first = advice.title, ...rest] = ordered;
  const next: NextStep = { text: first };
  if (rest.length) next.detail = rest.join(' ');
  if (advice.helpUrl) next.link = { label: c.t('policy.answer.link.providerHelp'), url: advice.helpUrl };
  return next;
}

/** The answer for the first screen. */
export function answerFirst(input: AnswerInput): Answer {
  const { explanation: e, vantage } = input;
  const c = buildContext(input.classification, input.text, vantage, input.translator ?? ENGLISH);
  const { t } = c;
  const category = e.category ?? 'unknown';
  const undecided = undecidedConnect(e, c);
  const onWebmail = input.page !== undefined && WEBMAIL_PAGES.has(input.page);
  const headline = headlineOf(input, undecided, c);
  const answer = (who: string, next: NextStep): Answer => {
    const a: Answer = { headline, who, next, terms: termsIn([headline, next.text], c) };
    if (undecided) {
      a.undecided = true;
      a.causes = rankedCauses(e, c);
    }
    return a;
  };

  // Waiting is the fix wherever it was seen.
  if (category === 'greylisted')
    return answer(t('policy.answer.who.greylisted'), {
      text: waitText(c, {
        seconds: 'policy.answer.next.greylisted.seconds',
        minutes: 'policy.answer.next.greylisted.minutes',
        fallback: 'policy.answer.next.greylisted.fewMinutes',
      }),
      detail: t('policy.answer.next.greylisted.detail'),
    });
  if (category === 'rate-limit')
    return answer(t('policy.answer.who.rateLimit'), {
      text: waitText(c, {
        seconds: 'policy.answer.next.rateLimit.seconds',
        minutes: 'policy.answer.next.rateLimit.minutes',
        fallback: 'policy.answer.next.rateLimit.hourOrSo',
      }),
    });
  if (category === 'recipient-rejected')
    return answer(t('policy.answer.who.recipientRejected'), {
      text: t('policy.answer.next.recipientRejected'),
    });
  if (category === 'mailbox-full')
    return answer(t('policy.answer.who.mailboxFull'), { text: t('policy.answer.next.mailboxFull') });

  // The domain's DNS decides it wherever the rejection was seen: a mail app cannot change it.
  if (category === 'domain-authentication') {
    const domain = c.senderDomain;
    return answer(
      domain ? t('policy.answer.who.domainAuth', { domain }) : t('policy.answer.who.domainAuthUnnamed'),
      {
        text: domain
          ? t('policy.answer.next.domainAuth', { domain })
          : t('policy.answer.next.domainAuthUnnamed'),
        copy: {
          label: t('policy.answer.copy.toDomainManager'),
          value: messageToAdmin(input, c, 'there'),
          kind: 'message',
        },
      },
    );
  }

  // The provider's own answer goes first wherever the person can act on their account.
  const ownAccount = vantage === 'this-device' || (vantage === 'web-server' && !onWebmail);
  if (input.providerStep && AUTH.has(category) && ownAccount)
    return answer(
      t('policy.answer.who.providerAccount', {
        provider: input.providerStep.provider ?? input.providerStep.title.split(':')[0]!.trim(),
      }),
      providerNext(input.providerStep, c),
    );

  if (vantage === 'web-server') {
    const host = input.pageHost;
    if (onWebmail)
      return answer(
        host ? t('policy.answer.who.webmail', { host }) : t('policy.answer.who.webmailThisSite'),
        {
          text: t('policy.answer.next.webmail'),
          copy: {
            label: t('policy.answer.copy.toAdministrator'),
            value: messageToAdmin(input, c, 'administrator'),
            kind: 'message',
          },
        },
      );
    // A panel or a web app's admin page: the person looking is likely its administrator.
    if (CONNECT.has(category) || category === 'dns-failure')
      return answer(
        host ? t('policy.answer.who.siteHost', { host }) : t('policy.answer.who.siteHostThisSite'),
        {
          text: t('policy.answer.next.siteHost'),
          copy: {
            label: t('policy.answer.copy.toHost'),
            value: messageToAdmin(input, c, 'support team'),
            kind: 'message',
          },
        },
      );
    return answer(
      host ? t('policy.answer.who.siteSettings', { host }) : t('policy.answer.who.siteSettingsThisSite'),
      firstStep(e, c),
    );
  }

  if (vantage === 'mail-server') {
    if (category === 'ip-reputation' || category === 'reverse-dns')
      return answer(t('policy.answer.who.providerServer'), {
        text: t('policy.answer.next.providerServer'),
        copy: {
          label: t('policy.answer.copy.toProvider'),
          value: messageToAdmin(input, c, 'support team'),
          kind: 'message',
        },
      });
    return answer(t('policy.answer.who.bounce'), firstStep(e, c));
  }

  // this-device
  if (undecided) {
    const check = e.alternatives.find((a) => a.check)?.check;
    return answer(t('policy.answer.who.undecided'), {
      text: t('policy.answer.next.undecided'),
      detail: check?.code
        ? t('policy.answer.next.undecided.detailProbe')
        : t('policy.answer.next.undecided.detail'),
    });
  }
  return answer(t('policy.answer.who.thisDevice'), firstStep(e, c));
}
