import type { FamilyExamples } from './types';

export const codeExamples: FamilyExamples = {
  'enhanced-status-code': {
    match: [
      ['550 5.1.2 Bad destination system address', 'recipient-rejected'],
      ['554 5.6.1 Media not supported', 'message-rejected'],
      ['451 4.4.3 Directory server failure', 'dns-failure'],
    ],
    noMatch: ['Upgrade to version 5.1.1 for the new features.', 'HTTP/1.1 500 Internal Server Error'],
  },
  'reply-code': {
    match: [
      ['551 User not local; please try <forward-path>', 'recipient-rejected'],
      ['554 Transaction failed', 'unknown'],
      ['503 Bad sequence of commands', 'unknown'],
    ],
    noMatch: ['500 Internal Server Error', '250 2.0.0 OK queued as 3DA92'],
  },
};
