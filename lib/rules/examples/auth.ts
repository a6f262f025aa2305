import type { FamilyExamples } from './types';

export const authExamples: FamilyExamples = {
  'gmail-bad-credentials': {
    match: [
      'Error: Invalid login: 535-5.7.8 Username and Password not accepted. Learn more at\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials s68sm6561971pjb.13 - gsmtp',
      "SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted. For more information, go to https://support.google.com/mail/?p=BadCredentials')",
    ],
    noMatch: ['Username and password are required.', '535 5.7.3 Authentication unsuccessful'],
  },
  'app-password-required': {
    match: [
      '534-5.7.9 Application-specific password required. Learn more at https://support.google.com/mail/?p=InvalidSecondFactor',
      'Net::SMTPAuthenticationError: 534-5.7.9 Application-specific password required.',
    ],
    noMatch: ['Create an application to get started.', '535 5.7.8 Username and Password not accepted.'],
  },
  'web-login-required': {
    match: [
      '534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1> Please log in via your web browser and then try again. Learn more at https://support.google.com/mail/answer/78754',
      [
        'Net::SMTPAuthenticationError (534-5.7.9 Please log in with your web browser and then try again.',
        'auth-failed',
      ],
      'SMTP ERROR: Password command failed: 534-5.7.14 Please log in via your web browser and then try again.',
    ],
    noMatch: ['Please log in to your account to continue.', '535 Authentication failed'],
  },
  'smtp-auth-disabled': {
    match: [
      '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
      '550 5.7.30 Basic authentication is not supported for Client Submission.',
      '535 5.7.8 Basic authentication is not allowed for this account, use an API key',
      ['535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.', 'auth-failed'],
    ],
    noMatch: [
      'Two-factor authentication is enabled on your account.',
      '535 5.7.3 Authentication unsuccessful',
    ],
  },
  'auth-mechanism-unavailable': {
    match: [
      'smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.',
      "smtp: server doesn't support AUTH",
    ],
    noMatch: ['AUTH LOGIN PLAIN supported', '250-AUTH PLAIN LOGIN'],
  },
  'starttls-required': {
    match: [
      '530 5.7.0 Must issue a STARTTLS command first. x12sm123456wrb.34 - gsmtp',
      'Error: Invalid login: 530 5.7.0 Must issue a STARTTLS command first',
    ],
    noMatch: [
      'Please issue a refund first.',
      'smtplib.SMTPNotSupportedError: STARTTLS extension not supported by server.',
    ],
  },
  'dotnet-secure-connection-required': {
    match: [
      'The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.5.1 Authentication Required.',
      'System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated.',
    ],
    noMatch: [
      'The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.0 Must issue a STARTTLS command first.',
      'The server requires a secure connection.',
    ],
  },
  'authentication-required': {
    match: [
      '530 5.7.0 Authentication Required. Learn more at https://support.google.com/mail/?p=WantAuthError - gsmtp',
      '550 5.7.57 Client not authenticated to send mail.',
      'MAIL FROM:<ann@example.org> failed: 503 5.7.0 Error: send AUTH command first',
    ],
    noMatch: ['HTTP/1.1 407 Proxy Authentication Required', 'IMAP: Authentication required for this folder'],
  },
  'ms365-auth-unsuccessful': {
    match: [
      '535 5.7.3 Authentication unsuccessful [BN6PR11CA0047.namprd11.prod.outlook.com]',
      'Error: Invalid login: 535 5.7.3 Authentication unsuccessful',
    ],
    noMatch: ['535 5.7.8 Authentication credentials invalid', 'Authentication unsuccessful (IMAP)'],
  },
  'login-rate-limited': {
    match: [
      '454 4.7.0 Too many login attempts, please try again later. - gsmtp',
      '535 5.7.0 (#AUTH005) Too many bad auth attempts.',
    ],
    noMatch: ['Too many cooks in the kitchen.', 'IMAP: Too many login failures'],
  },
  'authentication-failed': {
    match: [
      'SMTP Error: Could not authenticate.',
      '=== Trying smtp.example.com:587...\n<** 535 Incorrect authentication data',
      'SMTP Error (535): Authentication failed.',
    ],
    noMatch: [
      'IMAP Error: Login failed for user@example.com against imap.example.com',
      'Authentication failed for the FTP server ftp.example.com',
    ],
  },
  'client-auth-exception': {
    match: [
      'javax.mail.AuthenticationFailedException: failed to connect, no password specified? (SMTPTransport)',
      "Error: Missing credentials for \"PLAIN\"\n  code: 'EAUTH',\n  command: 'API'",
    ],
    noMatch: ['javax.mail.AuthenticationFailedException on IMAP store connect', 'EAUTHOR field is empty'],
  },
  'temporary-auth-failure': {
    match: [
      '454 4.7.0 Temporary authentication failure',
      '454 4.7.0 Cannot authenticate due to temporary system problem. Try again later.',
    ],
    noMatch: [
      'Temporary failure in name resolution (smtp.example.com)',
      '535 5.7.8 Authentication credentials invalid',
    ],
  },
  'login-denied': {
    match: ['Error in curl::curl_fetch_memory(url, handle = h) : Login denied', 'curl: (67) Login denied'],
    noMatch: ['ftp: Login denied for anonymous', 'Loginpage denied nothing'],
  },
  'auth-not-offered-after-ehlo': {
    match: [
      'SMTP Error (250): Authentication failed.',
      'SMTP Fehler (250): Die Authentisierung ist fehlgeschlagen',
    ],
    noMatch: ['SMTP Error (535): Authentication failed.', '250 OK'],
  },
};
