import type { ExplainContext } from './context';
import type { CategoryText } from './template';

export const senderRejected: CategoryText = {
  title: (c) => c.t('policy.senderRejected.title'),
  summary: (c) => c.t('policy.senderRejected.summary'),
  why: (c) => c.t('policy.senderRejected.why'),
  confirm: [
    {
      text: (c) => c.t('policy.senderRejected.confirm.compare'),
      detail: (c) => c.t('policy.senderRejected.confirm.compare.detail'),
    },
  ],
  steps: [
    {
      text: (c) => c.t('policy.senderRejected.step.login'),
      detail: (c) => c.t('policy.senderRejected.step.login.detail'),
    },
    {
      text: (c) => c.t('policy.senderRejected.step.address'),
      detail: (c) => c.t('policy.senderRejected.step.address.detail'),
    },
    {
      text: (c) => c.t('policy.senderRejected.step.verify'),
      detail: (c) => c.t('policy.senderRejected.step.verify.detail'),
    },
    {
      text: (c) => c.t('policy.senderRejected.step.ownServer'),
      detail: (c) => c.t('policy.senderRejected.step.ownServer.detail'),
    },
  ],
};

export const recipientRejected: CategoryText = {
  title: (c) => c.t('policy.recipientRejected.title'),
  summary: (c) => c.t('policy.recipientRejected.summary'),
  why: (c) => c.t('policy.recipientRejected.why'),
  confirm: [{ text: (c) => c.t('policy.recipientRejected.confirm.check') }],
  steps: [
    { text: (c) => c.t('policy.recipientRejected.step.correct') },
    { text: (c) => c.t('policy.recipientRejected.step.ask') },
    {
      text: (c) => c.t('policy.recipientRejected.step.remove'),
      detail: (c) => c.t('policy.recipientRejected.step.remove.detail'),
    },
    {
      text: (c) => c.t('policy.recipientRejected.step.ownDomain'),
      detail: (c) => c.t('policy.recipientRejected.step.ownDomain.detail'),
    },
  ],
};

export const domainAuthentication: CategoryText = {
  title: (c) => c.t('policy.domainAuth.title'),
  summary: (c) => c.t('policy.domainAuth.summary'),
  why: (c) => c.t('policy.domainAuth.why'),
  confirm: [
    {
      text: (c) => c.t('policy.domainAuth.confirm.lookup'),
      detail: (c) => c.t('policy.domainAuth.confirm.lookup.detail'),
      code: (c) => `dig +short TXT ${domainOr(c)}\ndig +short TXT _dmarc.${domainOr(c)}`,
    },
  ],
  steps: [
    {
      text: (c) =>
        c.senderDomain
          ? c.t('policy.domainAuth.step.forward', { domain: c.senderDomain })
          : c.t('policy.domainAuth.step.forwardUnnamed'),
      detail: (c) => c.t('policy.domainAuth.step.forward.detail'),
    },
    {
      text: (c) => c.t('policy.domainAuth.step.spf'),
      detail: (c) => c.t('policy.domainAuth.step.spf.detail'),
      code: (c) =>
        `${domainOr(c)}.  TXT  "v=spf1 include:<${c.t('policy.domainAuth.step.spf.placeholder')}> ~all"`,
    },
    { text: (c) => c.t('policy.domainAuth.step.dkim') },
    {
      text: (c) => c.t('policy.domainAuth.step.dmarc'),
      code: (c) => `_dmarc.${domainOr(c)}.  TXT  "v=DMARC1; p=none; rua=mailto:dmarc@${domainOr(c)}"`,
    },
    {
      text: (c) => c.t('policy.domainAuth.step.from'),
      detail: (c) => c.t('policy.domainAuth.step.from.detail'),
    },
  ],
};

export const ipReputation: CategoryText = {
  title: (c) => c.t('policy.ipReputation.title'),
  summary: (c) => c.t('policy.ipReputation.summary'),
  why: (c) => c.t('policy.ipReputation.why'),
  confirm: [
    {
      text: (c) => c.t('policy.ipReputation.confirm.lookup'),
      detail: (c) => c.t('policy.ipReputation.confirm.lookup.detail'),
    },
  ],
  steps: [
    {
      text: (c) => c.t('policy.ipReputation.step.pbl'),
      detail: (c) => c.t('policy.ipReputation.step.pbl.detail'),
    },
    {
      text: (c) => c.t('policy.ipReputation.step.spam'),
      detail: (c) => c.t('policy.ipReputation.step.spam.detail'),
    },
    {
      text: (c) => c.t('policy.ipReputation.step.cloud'),
      detail: (c) => c.t('policy.ipReputation.step.cloud.detail'),
    },
  ],
};

export const reverseDns: CategoryText = {
  title: (c) => c.t('policy.reverseDns.title'),
  summary: (c) => c.t('policy.reverseDns.summary'),
  why: (c) => c.t('policy.reverseDns.why'),
  confirm: [
    {
      text: (c) => c.t('policy.reverseDns.confirm.lookup'),
      code: 'dig +short -x 203.0.113.10\ndig +short mail.example.com',
    },
  ],
  steps: [
    {
      text: (c) => c.t('policy.reverseDns.step.ptr'),
      detail: (c) => c.t('policy.reverseDns.step.ptr.detail'),
    },
    {
      text: (c) => c.t('policy.reverseDns.step.helo'),
      code: '# Postfix main.cf\nmyhostname = mail.example.com',
    },
    { text: (c) => c.t('policy.reverseDns.step.relay') },
  ],
};

/** The sender's domain the rejection names, else a placeholder to replace. */
function domainOr(c: ExplainContext): string {
  return c.senderDomain ?? 'your-domain.example';
}
