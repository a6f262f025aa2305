import type { ExplainContext } from './context';
import { enhancedCodeMeaning, replyCodeMeaning } from './glossary';
import type { CategoryText } from './template';
import { waitText } from './wait';

const temporary = (c: ExplainContext) =>
  (c.replyCode !== undefined && c.replyCode >= 400 && c.replyCode < 500) ||
  c.enhancedCode?.startsWith('4.') === true;

export const rateLimit: CategoryText = {
  title: (c) => c.t('policy.delivery.rateLimit.title'),
  summary: (c) => c.t('policy.delivery.rateLimit.summary'),
  why: (c) => c.t('policy.delivery.rateLimit.why'),
  confirm: [
    {
      text: (c) => c.t('policy.delivery.rateLimit.confirm.limits'),
      detail: (c) => c.t('policy.delivery.rateLimit.confirm.limits.detail'),
    },
  ],
  steps: [
    {
      text: (c) => c.t('policy.delivery.rateLimit.step.wait'),
      detail: (c) =>
        temporary(c)
          ? c.t('policy.delivery.rateLimit.step.wait.temporary')
          : c.t('policy.delivery.rateLimit.step.wait.daily'),
    },
    { text: (c) => c.t('policy.delivery.rateLimit.step.batches') },
    {
      text: (c) => c.t('policy.delivery.rateLimit.step.service'),
      detail: (c) => c.t('policy.delivery.rateLimit.step.service.detail'),
    },
    { text: (c) => c.t('policy.delivery.rateLimit.step.password') },
  ],
};

export const messageRejected: CategoryText = {
  title: (c) => c.t('policy.delivery.messageRejected.title'),
  summary: (c) => c.t('policy.delivery.messageRejected.summary'),
  why: (c) => c.t('policy.delivery.messageRejected.why'),
  confirm: [
    {
      text: (c) => c.t('policy.delivery.messageRejected.confirm.codes'),
      detail: (c) => c.t('policy.delivery.messageRejected.confirm.codes.detail'),
    },
    {
      text: (c) => c.t('policy.delivery.messageRejected.confirm.test'),
      detail: (c) => c.t('policy.delivery.messageRejected.confirm.test.detail'),
    },
  ],
  steps: [
    { text: (c) => c.t('policy.delivery.messageRejected.step.size') },
    { text: (c) => c.t('policy.delivery.messageRejected.step.content') },
    {
      text: (c) => c.t('policy.delivery.messageRejected.step.link'),
      detail: (c) => c.t('policy.delivery.messageRejected.step.link.detail'),
    },
  ],
};

export const mailboxFull: CategoryText = {
  title: (c) => c.t('policy.delivery.mailboxFull.title'),
  summary: (c) => c.t('policy.delivery.mailboxFull.summary'),
  why: (c) =>
    temporary(c) ? c.t('policy.delivery.mailboxFull.why.temporary') : c.t('policy.delivery.mailboxFull.why'),
  confirm: [{ text: (c) => c.t('policy.delivery.mailboxFull.confirm.later') }],
  steps: [
    { text: (c) => c.t('policy.delivery.mailboxFull.step.tell') },
    { text: (c) => c.t('policy.delivery.mailboxFull.step.again') },
    { text: (c) => c.t('policy.delivery.mailboxFull.step.own') },
  ],
};

export const greylisted: CategoryText = {
  title: (c) => c.t('policy.delivery.greylisted.title'),
  summary: (c) => c.t('policy.delivery.greylisted.summary'),
  why: (c) => c.t('policy.delivery.greylisted.why'),
  confirm: [
    {
      text: (c) =>
        waitText(c, {
          seconds: 'policy.delivery.greylisted.confirm.wait.seconds',
          minutes: 'policy.delivery.greylisted.confirm.wait.minutes',
          fallback: 'policy.delivery.greylisted.confirm.wait.fewMinutes',
        }),
      detail: (c) => c.t('policy.delivery.greylisted.confirm.wait.detail'),
    },
  ],
  steps: [
    {
      text: (c) =>
        waitText(c, {
          seconds: 'policy.delivery.greylisted.step.wait.seconds',
          minutes: 'policy.delivery.greylisted.step.wait.minutes',
          fallback: 'policy.delivery.greylisted.step.wait.fewMinutes',
        }),
      detail: (c) => c.t('policy.delivery.greylisted.step.wait.detail'),
    },
    {
      text: (c) => c.t('policy.delivery.greylisted.step.script'),
      detail: (c) => c.t('policy.delivery.greylisted.step.script.detail'),
    },
    { text: (c) => c.t('policy.delivery.greylisted.step.notGreylisting') },
  ],
};

/** "The server answered 550 5.7.1 (meaning; detail). …", with what the glossary knows of the codes. */
function unknownSummary(c: ExplainContext): string {
  if (c.replyCode === undefined) return c.t('policy.delivery.unknown.summary.noCode');
  const code = c.enhancedCode ? `${c.replyCode} ${c.enhancedCode}` : String(c.replyCode);
  const meaning = replyCodeMeaning(c.replyCode, c.t);
  const detail = c.enhancedCode ? enhancedCodeMeaning(c.enhancedCode, c.t) : undefined;
  if (!meaning) return c.t('policy.delivery.unknown.summary', { code });
  if (!detail) return c.t('policy.delivery.unknown.summary.meaning', { code, meaning });
  return c.t('policy.delivery.unknown.summary.meaningDetail', { code, meaning, detail });
}

export const unknown: CategoryText = {
  title: (c) => c.t('policy.delivery.unknown.title'),
  summary: unknownSummary,
  why: (c) => c.t('policy.delivery.unknown.why'),
  confirm: [
    {
      text: (c) => c.t('policy.delivery.unknown.confirm.reply'),
      detail: (c) => c.t('policy.delivery.unknown.confirm.reply.detail'),
    },
  ],
  steps: [
    {
      text: (c) => c.t('policy.delivery.unknown.step.read'),
      detail: (c) => c.t('policy.delivery.unknown.step.read.detail'),
    },
    {
      text: (c) => c.t('policy.delivery.unknown.step.probe'),
      code: (c) => `npx smtp-doctor probe ${c.host ?? 'smtp.example.com'} --ports 25,465,587,2525`,
    },
    { text: (c) => c.t('policy.delivery.unknown.step.support') },
  ],
};
