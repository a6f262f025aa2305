import type { ExplainContext } from './context';
import { portsOf } from './ports';
import type { CategoryText } from './template';

/** "The connection to smtp.example.com on port 587 worked, …", with whatever the text named. */
function connectionWorked(c: ExplainContext): string {
  const ports = portsOf(c);
  if (c.host !== undefined && ports !== undefined)
    return c.t('policy.auth.failed.summary', { host: c.host, ports });
  if (c.host !== undefined) return c.t('policy.auth.failed.summary.noPort', { host: c.host });
  if (ports !== undefined) return c.t('policy.auth.failed.summary.noHost', { ports });
  return c.t('policy.auth.failed.summary.noHostNoPort');
}

export const authFailed: CategoryText = {
  title: (c) => c.t('policy.auth.failed.title'),
  summary: connectionWorked,
  why: (c) => c.t('policy.auth.failed.why'),
  confirm: [
    {
      text: (c) => c.t('policy.auth.failed.confirm.webmail'),
      detail: (c) => c.t('policy.auth.failed.confirm.webmail.detail'),
    },
  ],
  steps: [
    {
      text: (c) => c.t('policy.auth.failed.step.reenter'),
      detail: (c) => c.t('policy.auth.failed.step.reenter.detail'),
    },
    {
      text: (c) => c.t('policy.auth.failed.step.appPassword'),
      detail: (c) => c.t('policy.auth.failed.step.appPassword.detail'),
    },
    {
      text: (c) => c.t('policy.auth.failed.step.relay'),
      detail: (c) => c.t('policy.auth.failed.step.relay.detail'),
    },
    {
      text: (c) => c.t('policy.auth.failed.step.securityHold'),
      detail: (c) => c.t('policy.auth.failed.step.securityHold.detail'),
    },
  ],
};

export const authRequired: CategoryText = {
  title: (c) => c.t('policy.auth.required.title'),
  summary: (c) => c.t('policy.auth.required.summary'),
  why: (c) => c.t('policy.auth.required.why'),
  confirm: [
    {
      text: (c) => c.t('policy.auth.readReply'),
      detail: (c) => c.t('policy.auth.required.confirm.reply.detail'),
    },
  ],
  steps: [
    { text: (c) => c.t('policy.auth.required.step.encryption') },
    {
      text: (c) => c.t('policy.auth.required.step.login'),
      // Code, not prose: the braces would read as a placeholder in the catalog.
      detail: (c) =>
        c.t('policy.auth.required.step.login.detail', { nodemailerAuth: 'auth: { user, pass }' }),
    },
    {
      when: (c) => c.port === 25,
      text: (c) => c.t('policy.auth.required.step.submissionPort'),
    },
  ],
};

export const authDisabled: CategoryText = {
  title: (c) => c.t('policy.auth.disabled.title'),
  summary: (c) => c.t('policy.auth.disabled.summary'),
  why: (c) => c.t('policy.auth.disabled.why'),
  confirm: [
    {
      text: (c) => c.t('policy.auth.readReply'),
      detail: (c) => c.t('policy.auth.disabled.confirm.reply.detail'),
    },
  ],
  steps: [
    {
      text: (c) => c.t('policy.auth.disabled.step.m365'),
      detail: (c) => c.t('policy.auth.disabled.step.m365.detail'),
      code: 'Set-CASMailbox -Identity sender@example.com -SmtpClientAuthenticationDisabled $false',
    },
    {
      text: (c) => c.t('policy.auth.disabled.step.oauth'),
      detail: (c) => c.t('policy.auth.disabled.step.oauth.detail'),
    },
    { text: (c) => c.t('policy.auth.disabled.step.google') },
    {
      text: (c) => c.t('policy.auth.disabled.step.relay'),
      detail: (c) => c.t('policy.auth.disabled.step.relay.detail'),
    },
  ],
};
