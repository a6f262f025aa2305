// The English source texts (msgids) to look up in each translation file: the messages
// that report why a message could not be sent (connect, name lookup, TLS, login, the
// server's refusals). The translations come from the files; only this choice is ours.
// Progress and success texts are left out: they name no failure. Order matters where
// two msgids share a translation: the first one listed wins.

/** glibc strerror (connect errnos) and gai_strerror texts. */
export const GLIBC = [
  'Connection timed out', // ETIMEDOUT
  'Connection refused', // ECONNREFUSED
  'Connection reset by peer', // ECONNRESET
  'Network is unreachable', // ENETUNREACH
  'No route to host', // EHOSTUNREACH
  'Permission denied', // EACCES on connect
  'Operation not permitted', // EPERM on connect
  'Software caused connection abort', // ECONNABORTED
  'Host is down', // EHOSTDOWN
  'Network is down', // ENETDOWN
  'Cannot assign requested address', // EADDRNOTAVAIL
  'Interrupted system call', // EINTR: mutt's connect when its timeout alarm fires
  'Operation already in progress', // EALREADY: Perl's IO::Socket after a connect timeout
  'Operation now in progress', // EINPROGRESS
  'Name or service not known', // EAI_NONAME
  'Temporary failure in name resolution', // EAI_AGAIN
  'No address associated with hostname', // EAI_NODATA
  'Non-recoverable failure in name resolution', // EAI_FAIL
];

/** msmtp 1.8: connect, DNS, TLS, authentication and the server's refusals. */
export const MSMTP = [
  'cannot connect to %s, port %d: %s',
  'cannot connect to %s: %s',
  'cannot locate host %s: %s',
  'the operation timed out',
  'connection refused',
  'connection reset by peer',
  'host unreachable',
  'network unreachable',
  'host not found (authoritative)',
  'host not found (nonauthoritative) or server failure',
  'the connection was closed unexpectedly',
  'network read error: %s',
  'network write error: %s',
  'cannot get initial OK message from server',
  'SMTP server does not accept EHLO or HELO commands',
  'the server does not support TLS via the STARTTLS command',
  'TLS handshake failed: %s',
  'TLS certificate verification failed',
  'TLS certificate check failed',
  '%s: the certificate owner does not match hostname %s',
  '%s: no certificate was sent',
  'cannot read from TLS connection: %s',
  'cannot write to TLS connection: %s',
  'authentication failed (method %s)',
  'authentication failed: %s (method %s)',
  'authentication method %s not supported',
  'cannot find a usable authentication method',
  'cannot use a secure authentication method',
  'the server does not support authentication',
  'the server does not support authentication method %s',
  'authentication method %s needs a password',
  'envelope from address %s not accepted by the server',
  'recipient address %s not accepted by the server',
  'the server did not accept the mail',
  'the server does not accept mail data',
  'the server refuses to send the mail to %s',
  'could not send mail (account %s from %s)',
  'could not send mail to all recipients (account %s from %s)',
  'delivery to one or more recipients failed',
  'server message: %s',
  'the server sent an invalid reply',
  'the server sent an empty reply',
];

/** mutt 2.2: SMTP session, connect, TLS/SSL and SASL messages. */
export const MUTT = [
  'Could not connect to %s (%s).',
  'Connection to %s timed out',
  'Could not find the host "%s"',
  'Error connecting to server: %s',
  'SMTP session failed: %s',
  'SMTP session failed: read error',
  'SMTP session failed: write error',
  'SMTP authentication requires SASL',
  'SMTP authentication method %s requires SASL',
  'SASL authentication failed',
  'Authentication failed.',
  'No authenticators available',
  'Could not negotiate TLS connection',
  'Encrypted connection unavailable',
  'SSL failed: %s',
  'Certificate host check failed: %s',
  'Certificate verification error (%s)',
  'WARNING: Server hostname does not match certificate',
  'WARNING: Server certificate has expired',
  'WARNING: Signer of server certificate is not a CA',
  'Server certificate has expired',
  'Unable to get certificate from peer',
  'certificate owner does not match hostname %s',
  'Server closed connection!',
  'Invalid server response',
  'Error sending message.',
  'Could not send the message.',
  'Error sending message, child exited %d (%s).',
];

/** Roundcube messages.inc keys: the send errors, and the texts around a send that are not errors. */
export const ROUNDCUBE = [
  'smtpconnerror',
  'smtpautherror',
  'smtpfromerror',
  'smtptoerror',
  'smtprecipientserror',
  'smtputf8error',
  'smtpsizeerror',
  'smtperror',
  'sendingfailed',
  'senttooquickly',
  'toomanyrecipients',
  'errorsavingsent',
  'messagesent',
];
