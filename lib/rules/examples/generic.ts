import type { FamilyExamples } from './types';

export const genericExamples: FamilyExamples = {
  'send-failure-wrapper': {
    match: [
      'SMTP Error: data not accepted.',
      'Failed to send message.',
      'Error sending SMTP test email SmtpError',
      'ArgumentError: SMTP-AUTH requested but missing secret phrase',
    ],
    noMatch: ['Message sent successfully.', 'SMTP Error: Could not authenticate.'],
  },
  'bounce-wrapper': {
    match: [
      'Delivery Status Notification (Failure)\n** Message not delivered **\nThere was a problem delivering your message to user@example.org.',
      'Undeliverable: Quarterly report\nDelivery has failed to these recipients or groups:',
    ],
    noMatch: [
      'Delivery Status Notification (Success)',
      'Your message to user@example.org has been delivered.',
    ],
  },
};
