import type { FamilyExamples } from './types';

export const dnsExamples: FamilyExamples = {
  'dns-not-found': {
    match: [
      'Error: getaddrinfo ENOTFOUND smtp.gmial.com',
      'SMTP ERROR: Failed to connect to server: php_network_getaddresses: getaddrinfo failed: Name or service not known (0)',
      'socket.gaierror: [Errno -2] Name or service not known (smtplib)',
    ],
    noMatch: ['getaddrinfo ENOTFOUND registry.npmjs.org (npm ERR!)', 'Unknown host in the guest list.'],
  },
  'dns-resolver-error': {
    match: [
      "{ Error: queryA ECONNREFUSED smtp.mail.yahoo.co.jp\n  errno: 'ECONNREFUSED',\n  code: 'EDNS' }",
      '"error": { "errno": -3008, "code": "EDNS", "syscall": "getaddrinfo", "hostname": "smtp.mail.ru," }',
    ],
    noMatch: ['Error: connect ECONNREFUSED 10.0.0.1:587', 'EDNS0 buffer size is 1232 bytes'],
  },
};
