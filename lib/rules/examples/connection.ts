import type { FamilyExamples } from './types';

export const connectionExamples: FamilyExamples = {
  'phpmailer-connect-failed': {
    match: [
      'SMTP connect() failed.',
      'Mailer Error: SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
      [
        'Connection: opening to ssl://mail.example.com:587, timeout=300\nSMTP connect() failed.',
        'tls-mismatch',
      ],
    ],
    noMatch: [
      'The connect() call failed in our socket library test.',
      'SMTP ERROR: Failed to connect to server: Connection timed out (110)\nSMTP connect() failed.',
    ],
  },
  'could-not-connect-smtp-host': {
    match: [
      'SMTP Error: Could not connect to SMTP host.',
      'javax.mail.MessagingException: Could not connect to SMTP host: mail.example.org, port: 25',
      'Could not connect to the SMTP host.',
    ],
    noMatch: [
      'Could not connect to the database host.',
      'Could not connect to SMTP host: smtp.example.com, port: 465, response: -1',
    ],
  },
  'smtp-server-connect-failed': {
    match: [
      'SMTP Error (): Connection to server failed.',
      'SMTP Error (-1): Connection to server failed.',
      'Error while creating the account: Creating account failed: Error connecting to SMTP server.',
      ['SMTP Error (550): Connection to server failed.', 'unknown'],
    ],
    noMatch: ['IMAP Error: Connection to server failed.', 'Connection to server failed: game lobby is full'],
  },
  'client-connect-wrapper': {
    match: [
      "com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.example.org, 25; timeout -1",
      'Swift_TransportException: Connection could not be established with host mail.example.com [php_network stream failure]',
      [
        "Caused by: com.sun.mail.util.MailConnectException: Couldn't connect to host, port: localhost, 1025; timeout 60000",
        'server-unreachable',
      ],
    ],
    noMatch: [
      'Connection could not be established with host db.internal (MySQL)',
      'Unable to connect to the remote server (HTTP 502)',
    ],
  },
  'connect-timed-out': {
    match: [
      'SMTP -> ERROR: Failed to connect to server: Connection timed out (110)',
      'postfix/smtp[1234]: connect to gmail-smtp-in.l.google.com[142.250.27.26]:25: Connection timed out',
      '=== Trying mx.example.com:25...\n*** Error connecting to mx.example.com:25:\n***  IO::Socket::INET6: connect: timeout',
      [
        'stream_socket_client(): unable to connect to tcp://mail.example.com:465 (Connection timed out) SMTPSecure=tls STARTTLS',
        'tls-mismatch',
      ],
    ],
    noMatch: [
      'ssh: connect to host example.com port 22: Connection timed out',
      'Connection timed out while loading the page, please reload.',
    ],
  },
  etimedout: {
    match: [
      'Error: connect ETIMEDOUT 74.125.24.26:25',
      "Error: connect ETIMEDOUT 40.101.92.18:587\n  code: 'ESOCKET', command: 'CONN'",
    ],
    noMatch: [
      'Error: connect ETIMEDOUT\n    at Connection._handleTimeoutError (node_modules/mysql2/lib/connection.js:205:17)',
      'npm ERR! code ETIMEDOUT',
    ],
  },
  'go-io-timeout': {
    match: [
      'dial tcp 203.0.113.5:587: i/o timeout',
      'gomail: could not send email 1: dial tcp 64.233.184.108:25: i/o timeout',
      [
        'gomail: could not send email 1: read tcp 10.0.0.2:41122->203.0.113.5:587: i/o timeout',
        'tls-mismatch',
      ],
    ],
    noMatch: [
      'Get "https://proxy.golang.org/": dial tcp 142.250.0.1:443: i/o timeout',
      'read tcp 10.0.0.2:5432: i/o timeout (postgres)',
    ],
  },
  'nodemailer-connection-timeout': {
    match: [
      "{ [Error: Connection timeout] code: 'ETIMEDOUT' }",
      "Error: Connection timeout\n  code: 'ETIMEDOUT',\n  command: 'CONN'",
    ],
    noMatch: ['Error: Connection timeout (redis)', "Error: Connection refused code: 'ECONNREFUSED'"],
  },
  'winsock-connect-timeout': {
    match: [
      'SMTP ERROR: Failed to connect to server: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond. (10060)',
      'Socket error code 10060: timeout error waiting for response',
    ],
    noMatch: [
      'TimeoutError: [WinError 10060] A connection attempt failed because the connected party did not properly respond after a period of time (imaplib)',
      'Order 10060 has shipped.',
    ],
  },
  'python-connection-unexpectedly-closed': {
    match: [
      'Connection unexpectedly closed: timed out',
      ['smtplib.SMTPServerDisconnected: Connection unexpectedly closed', 'unknown'],
      [
        "server = smtplib.SMTP('smtp.example.com', 465)\nsmtplib.SMTPServerDisconnected: Connection unexpectedly closed",
        'tls-mismatch',
      ],
    ],
    noMatch: [
      'The meeting connection unexpectedly closed.',
      'Connection closed unexpectedly by the database',
    ],
  },
  'socket-read-timeout': {
    match: [
      "Net::OpenTimeout: Net::OpenTimeout from /usr/lib/ruby/2.7.0/net/smtp.rb:539:in `initialize'",
      [
        'Net::OpenTimeout in ActionMailer::MailDeliveryJob\nnet/protocol.rb:43 - ssl_socket_connect',
        'tls-mismatch',
      ],
      'System.Net.Mail.SmtpException: The operation has timed out.',
      // A read timed out on a socket that opened: not a drop of the connect.
      [
        "Net::ReadTimeout: Net::ReadTimeout\n\tfrom /usr/lib/ruby/3.1.0/net/smtp.rb:1067:in `recv_response'",
        'tls-mismatch',
      ],
      ['Net::ReadTimeout (smtp.example.org:25) in net/smtp.rb', 'port-blocked'],
    ],
    noMatch: [
      'Net::ReadTimeout with Net::HTTP GET https://api.example.com',
      'TimeoutError: the report generation timed out',
    ],
  },
  'ruby-execution-expired': {
    match: ['Timeout::Error (execution expired)', "`pop': execution expired (Net::OpenTimeout)"],
    noMatch: [
      'Faraday::TimeoutError: execution expired',
      'Your trial has expired. Renew your execution plan.',
    ],
  },
  'greeting-never-received': {
    match: [
      // Connected, then silence: most often an implicit-TLS port met by a plain client.
      ['Error: Greeting never received', 'tls-mismatch'],
      ["{ Error: Greeting never received\n  code: 'ETIMEDOUT',\n  command: 'CONN' }", 'tls-mismatch'],
      [
        '[2022-09-30 12:33:48] INFO  Connection established to 83.217.35.130:991\n[2022-09-30 12:34:18] ERROR Greeting never received',
        'tls-mismatch',
      ],
      [
        "host: 'smtp.example.com',\nport: 587,\nsecure: false,\n\n{ Error: Greeting never received",
        'server-unreachable',
      ],
      ["host: 'smtp.example.com', port: 465, secure: false\nError: Greeting never received", 'tls-mismatch'],
      ["port: 587, secure: true\nError: Greeting never received code: 'ETIMEDOUT'", 'tls-mismatch'],
      [
        '[2022-09-30 12:33:48] INFO  Connection established to 83.217.35.130:25\n[2022-09-30 12:34:18] ERROR Greeting never received',
        'port-blocked',
      ],
    ],
    noMatch: ['Greeting cards never received by the customer', 'The greeting was received.'],
  },
  'invalid-greeting': {
    match: [
      '{ Error: Invalid greeting from server:\n451 Request action aborted on MFE proxy, SMTP server is not available.',
      "Error: Invalid greeting from server:\n554 No SMTP service here\n  code: 'EPROTOCOL'",
    ],
    noMatch: ['Invalid greeting card design', '220 smtp.example.com ESMTP ready'],
  },
  'connection-refused': {
    match: [
      'SMTP ERROR: Failed to connect to server: Connection refused (111)',
      [
        'Connection: opening to smtp.gmail.com:587\nSMTP ERROR: Failed to connect to server: Connection refused (111)',
        'port-blocked',
      ],
      'msmtp: cannot connect to localhost, port 25: Connection refused',
    ],
    noMatch: [
      'psql: could not connect to server: Connection refused',
      'The proposal was refused by the committee.',
    ],
  },
  econnrefused: {
    match: [
      'Error: connect ECONNREFUSED 127.0.0.1:587',
      'No connection could be made because the target machine actively refused it 203.0.113.7:587',
    ],
    noMatch: [
      'Error: connect ECONNREFUSED 127.0.0.1:6379 (redis)',
      'Error: connect ECONNREFUSED 127.0.0.1:5432 at PostgreSQL client',
    ],
  },
  'connect-permission-denied': {
    match: [
      'SMTP ERROR: Failed to connect to server: Permission denied (13)',
      'stream_socket_client(): unable to connect to tcp://smtp.example.com:587 (Permission denied)',
    ],
    noMatch: ['open /etc/shadow: Permission denied (13)', 'Permission denied (publickey) for ssh user'],
  },
  'network-unreachable': {
    match: [
      'SMTP ERROR: Failed to connect to server: Network is unreachable (101)',
      'Connection failed. Error #2: stream_socket_client(): unable to connect to ssl://smtp.gmail.com:465 (Network is unreachable)',
    ],
    noMatch: [
      'ping: sendmsg: Network is unreachable (ssh gateway)',
      'The network is unreachable during the storm, said the newsletter.',
    ],
  },
  'no-route-to-host': {
    match: [
      // On a mail port (or no port named, in a mail client's words) a firewall's ICMP reject is
      // the likelier reading; on another port, the host itself.
      ['SMTP ERROR: Failed to connect to server: No route to host (113)', 'port-blocked'],
      'smtp.example.org:2526: connect: No route to host (mail relay)',
      ['connect to mail.example.org[198.51.100.4]:25: No route to host', 'port-blocked'],
      ['dial tcp 198.51.100.7:587: connect: no route to host', 'port-blocked'],
    ],
    noMatch: [
      'ssh: connect to host 10.0.0.5 port 22: No route to host',
      'No route to host for the parade this year.',
    ],
  },
  'connection-reset': {
    match: [
      "Error: read ECONNRESET\n  code: 'ESOCKET', command: 'CONN'",
      'errno: -4077 code: "ESOCKET" syscall: "read" command: "CONN"',
    ],
    noMatch: [
      'Error: read ECONNRESET at TLSWrap (https://registry.npmjs.org)',
      'curl: (56) Recv failure: Connection reset by peer (HTTP/2)',
    ],
  },
  'connection-closed': {
    match: [
      'SMTP ERROR: QUIT command failed: Connection: closed',
      "Error: Connection closed unexpectedly\n  code: 'ECONNECTION'",
    ],
    noMatch: [
      'MySQL server has gone away: Connection closed unexpectedly',
      'The store closed unexpectedly today.',
    ],
  },
  'dotnet-transport-closed': {
    match: [
      'System.Net.Mail.SmtpException: Failure sending mail. ---> System.IO.IOException: Unable to read data from the transport connection: net_io_connectionclosed.',
      [
        'SmtpClient port 465: Unable to read data from the transport connection: net_io_connectionclosed.',
        'tls-mismatch',
      ],
    ],
    noMatch: [
      'Unable to read data from the spreadsheet.',
      'System.Net.Http.HttpRequestException: net_http_client_execution_error',
    ],
  },
  'generic-send-failure': {
    match: ['System.Net.Mail.SmtpException: Failure sending mail.', 'Sending of the message failed.'],
    noMatch: [
      'Failure sending the invoice to the printer.',
      'Sending of the parcel failed due to the address.',
    ],
  },
  'server-disconnected': {
    match: [
      'MailKit.Net.Smtp.SmtpProtocolException: The SMTP server has unexpectedly disconnected.',
      ['Mail Error on smtp dial: EOF', 'tls-mismatch'],
    ],
    noMatch: ['The game server has unexpectedly disconnected.', 'unexpected EOF while reading the JSON file'],
  },
  'javamail-no-greeting': {
    match: [
      'javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.com, port: 465, response: -1',
      'Could not connect to SMTP host: mail.example.org, port: 25, response: -1',
    ],
    noMatch: ['Could not connect to SMTP host: mail.example.org, port: 25', 'response: -1 from the API'],
  },
  'invalid-response-code': {
    match: [
      'SMTP Error: Connection failed: Invalid response code received from server',
      'Failed to authenticate on SMTP server. Authenticator XOAUTH2 returned Expected response code 250 but got code "503", with message "503 5.5.2 Auth command already specified"',
    ],
    noMatch: [
      'Invalid response code received from the payment API',
      'authentication failure [SMTP: Invalid response code received from server (code: 535, response: Authentication credentials invalid)]',
      'You are already authenticated to the forum.',
    ],
  },
  'lost-connection-after-starttls': {
    match: [
      'postfix/smtpd[23177]: lost connection after STARTTLS from localhost[::1]',
      "'SMTP Error(): Connection to server failed'\npostfix/smtpd[1]: lost connection after STARTTLS from unknown[203.0.113.9]",
    ],
    noMatch: [
      'postfix/smtpd[23177]: lost connection after AUTH from unknown[203.0.113.9]',
      'lost connection after the update',
    ],
  },
  'php-mail-function-failed': {
    match: ['Could not instantiate mail function.', 'Mailer Error: Could not instantiate mail function.'],
    noMatch: ['Could not instantiate the renderer function.', 'The mail function is disabled in php.ini'],
  },
};
