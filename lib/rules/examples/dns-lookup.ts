import type { FamilyExamples } from './types';

export const dnsExamples: FamilyExamples = {
  'go-dns-lookup-failed': {
    match: [
      'failed to send notification to email addresses: ops@example.com: dial tcp: lookup smtp.example.com: i/o timeout',
      'gomail: could not send email 1: dial tcp: lookup smtp.example.net on 127.0.0.53:53: i/o timeout',
      'dial tcp: lookup smtp.example.net on 192.0.2.53:53: read udp 192.0.2.9:40000->192.0.2.53:53: read: connection refused',
    ],
    noMatch: [
      'dial tcp 192.0.2.1:587: i/o timeout',
      'Please lookup the order number: no such host in our records',
    ],
  },
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
