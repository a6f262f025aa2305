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
};
