import { duration, type ExplainContext } from './context';
import { enhancedCodeMeaning, replyCodeMeaning } from './glossary';
import type { CategoryText } from './template';

const temporary = (c: ExplainContext) =>
  (c.replyCode !== undefined && c.replyCode >= 400 && c.replyCode < 500) ||
  c.enhancedCode?.startsWith('4.') === true;

export const rateLimit: CategoryText = {
  title: 'Sending limit reached',
  summary:
    'The server took the connection but refused more mail for now: this account or address has sent too much, ' +
    'too fast, or used up a daily quota.',
  why:
    'Providers cap sending to stop abuse: messages per day or hour, recipients per message, connections at once. ' +
    'Limits usually reset within a day. A limit you did not expect to reach can mean someone else is sending ' +
    'through the account.',
  confirm: [
    {
      text: "Check the provider's published sending limits and the account's Sent folder",
      detail: 'Messages you did not write in the Sent folder mean the account is compromised.',
    },
  ],
  steps: [
    {
      text: 'Wait and send again later',
      detail: (c) =>
        temporary(c)
          ? 'This reply is temporary: a mail server retries by itself.'
          : 'Daily limits usually reset within 24 hours.',
    },
    {
      text: 'Send in smaller batches: fewer recipients per message, fewer connections at once',
    },
    {
      text: 'For newsletters or app mail in volume, use an email service made for it',
      detail:
        'Transactional and bulk services (SendGrid, Mailgun, Amazon SES, Postmark…) have far higher limits.',
    },
    {
      text: 'If you did not send that much, change the password',
    },
  ],
};

export const messageRejected: CategoryText = {
  title: 'The message itself was refused (size or content)',
  summary:
    'The server accepted the sender and the recipients but refused this message: it is too big, or its content ' +
    'looked like spam or broke a policy.',
  why:
    'Servers cap message size, commonly somewhere between 10 and 50 MB, and attachments grow by about a third ' +
    'when encoded for email. Spam filters refuse messages with suspicious links, risky attachment types (such as ' +
    '.exe) or wording typical of spam.',
  confirm: [
    {
      text: 'Read the codes',
      detail:
        '552 or 5.3.4 / 5.2.3 is about size; 554 or 5.7.1 with words like "spam" or "content" is about content.',
    },
    {
      text: 'Send a short plain-text test to the same recipient',
      detail: 'If it arrives, the original message is the problem, not your setup.',
    },
  ],
  steps: [
    {
      text: 'Too big: share large files as a link instead of attaching them',
    },
    {
      text: 'Content: remove link shorteners and risky attachments, and check the linked domains are not blocklisted',
    },
    {
      text: 'Follow the link in the rejection, if any',
      detail: 'Providers point to the policy the message broke.',
    },
  ],
};

export const mailboxFull: CategoryText = {
  title: "The recipient's mailbox is full",
  summary:
    "The recipient's mailbox is over its storage limit, so it cannot take new mail. Nothing is wrong with your setup.",
  why: (c) =>
    'Every mailbox has a size limit, and abandoned mailboxes fill up with spam and stay full. ' +
    (temporary(c)
      ? 'This reply is temporary: your mail server keeps retrying for a while.'
      : 'A 4xx reply (452 4.2.2) is temporary and retried; a 5xx reply (552 5.2.2) is final.'),
  confirm: [
    {
      text: 'Send again later, or ask the recipient whether their mailbox is full',
    },
  ],
  steps: [
    { text: 'Tell the recipient another way (phone, another address)' },
    { text: 'Send again once they have made room' },
    {
      text: 'If it is your own mailbox, delete large messages and empty Trash and Spam',
    },
  ],
};

export const greylisted: CategoryText = {
  title: 'Deferred for now (greylisting): it goes through on retry',
  summary:
    'The receiving server asked the sender to come back later. This is a normal anti-spam technique called ' +
    'greylisting: a real mail server retries after a few minutes and is let through.',
  why:
    'Spam software often never retries, so receivers turn away mail from senders they have not seen before, ' +
    'once. Proper mail servers keep the message in their queue and retry by themselves.',
  confirm: [
    {
      text: (c) => `Wait ${waitText(c)} and look again`,
      detail: 'The message should go through on the next attempt.',
    },
  ],
  steps: [
    {
      text: (c) => `Wait ${waitText(c)}, then press Send again`,
      detail:
        'Webmail and most apps do not retry by themselves: sending the same message again after the wait is the ' +
        'retry the server asked for. A mail server that queues mail retries on its own.',
    },
    {
      text: 'If a script sends straight to the recipient\u2019s server, make it retry or send through a mail server',
      detail: 'A mail server or relay queues and retries automatically.',
    },
    {
      text: 'If it still fails after an hour or more, it is not greylisting: read the full reply',
    },
  ],
};

export const unknown: CategoryText = {
  title: 'Email send error (cause not recognised)',
  summary: (c) => {
    if (c.replyCode !== undefined) {
      const meaning = replyCodeMeaning(c.replyCode);
      const enhanced = c.enhancedCode ? ` ${c.enhancedCode}` : '';
      const detail = c.enhancedCode ? enhancedCodeMeaning(c.enhancedCode) : undefined;
      return (
        `The server answered ${c.replyCode}${enhanced}` +
        `${meaning ? ` (${meaning}${detail ? `; ${detail}` : ''})` : ''}. ` +
        'This is an email send error, but it does not match a cause we know.'
      );
    }
    return 'This looks like an email send error, but none of the known causes fits the text.';
  },
  why:
    'SMTP replies that start with 4 are temporary (the sender retries); replies that start with 5 are permanent ' +
    '(something must change before sending again). The words after the code usually name the reason.',
  confirm: [
    {
      text: 'Find the full server reply',
      detail: 'The client debug log or the mail server log shows the complete reply that ended the session.',
    },
  ],
  steps: [
    {
      text: 'Read the whole reply: the words after the code usually name the reason',
      detail: "Search the code on your provider's help pages.",
    },
    {
      text: 'Probe the server from this machine to rule out the network',
      code: (c) => `npx smtp-doctor probe ${c.host ?? 'smtp.example.com'} --ports 25,465,587,2525`,
    },
    {
      text: "Send the full log to your provider's support",
    },
  ],
};

/** "300 seconds" when the reply says how long, else "a few minutes". */
function waitText(c: ExplainContext): string {
  return c.retrySeconds !== undefined ? duration(c.retrySeconds) : 'a few minutes';
}
