import type { FamilyExamples } from './types';

export const providerExamples: FamilyExamples = {
  'direct-to-mx-from-dynamic-ip': {
    match: [
      "550-5.7.1 [203.0.113.9] The IP you're using to send mail is not authorized to send email directly to our servers. Please use the SMTP relay at your service provider instead.",
      '550 5.7.1 Mail from 203.0.113.9 refused: dynamic IP addresses are not allowed to send mail directly',
    ],
    noMatch: ['Use the SMTP relay of your provider (settings page).', '550 5.1.1 User unknown'],
  },
  'yahoo-deferred-reputation': {
    match: [
      '421 4.7.0 [TSS04] Messages from 203.0.113.9 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
      '421 Message from 203.0.113.9 temporarily deferred - 4.16.50. Please refer to https://postmaster.yahooinc.com',
    ],
    noMatch: ['Your package delivery is temporarily deferred.', '421 4.7.0 Try again later'],
  },
  'ses-identity-not-verified': {
    match: [
      '554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: info@example.com',
      'MessageRejected: Email address is not verified.',
    ],
    noMatch: ['Your email address is verified. Welcome!', '535 Authentication Credentials Invalid'],
  },
  'gmail-recipient-mx-unreachable': {
    match: [
      'Message not delivered. There was a problem delivering your message to sales@example.net. See the technical details below. The response was: The recipient server did not accept our requests to connect. [example.net. 203.0.113.25: timed out]',
      '** Message not delivered **\n\nThere was a problem delivering your message to ops@example.com.\n\nThe response was:\n\nThe recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.example.com. 192.0.2.4: timed out]',
      'The response was: The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mail.example.org. 198.51.100.7: Connection refused]',
    ],
    noMatch: [
      'The server did not accept our offer, so we will try again next week.',
      'Message not delivered. The response was: 550 5.1.1 The email account that you tried to reach does not exist.',
    ],
  },
};
