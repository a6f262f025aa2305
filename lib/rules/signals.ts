/**
 * Context signals: does the text around a match speak of sending mail, or of
 * something else (IMAP login, HTTP, SSH, a database) that shares the wording?
 * Patterns here are plain alternations of literals (linear time, checked by recheck).
 */

/** Names that only occur around mail sending: protocol, libraries, MTAs, wrappers. */
export const STRONG_MAIL =
  /smtp|mailer|sendmail|postfix|exim|qmail|swaks|starttls|\b(?:EHLO|HELO)\b|\bMAIL FROM\b|\bRCPT TO\b|nodemailer|javax\.mail|jakarta\.mail|mailkit|net::smtp|swift_|symfony\\component\\mailer|\bdsn\b|delivery status notification|undeliverable|postmaster|\bmx\b|submission port|outgoing (?:mail )?server|\bcommand: 'CONN'|\bcode: '(?:ESOCKET|ECONNECTION|EAUTH|EENVELOPE|EMESSAGE|ETLS|EDNS|EPROTOCOL)'/i;

/** Weaker hints: mail words, SMTP ports, mail-ish host names, reply lines. */
export const WEAK_MAIL =
  /\be-?mails?\b|\bmail (?:server|host|relay|delivery|client|settings)\b|sending (?:the )?(?:e-?mail|mail|message)|send (?:e-?mail|mail|a message|the message)|could not be sent|message not delivered|(?:^|[^\d.])(?:25|465|587|2525)(?![\d.])|\bmail\.[a-z0-9-]{1,63}\.|\bmx\d{0,2}\.|\bsmtp[a-z0-9-]{0,20}\.|\boutlook\.office365\.com\b|\.mail\.protection\.outlook\.com\b/i;

/** Other protocols and tools whose errors read alike. */
export const FOREIGN =
  /\b(?:IMAP|POP3?|FTPS?|SFTP|SSH|HTTPS?|https?:\/\/(?!(?:github\.com\/PHPMailer|support\.google\.com\/(?:mail|a))\b)|MySQL|MariaDB|Postgres(?:QL)?|psql|Redis|Mongo(?:DB)?|npm|yarn|pip|git|docker|kubectl|LDAP|RDP|VNC|telnet|Net::HTTP|Faraday|axios|fetch|XMLHttpRequest|Elasticsearch|Kafka|RabbitMQ|AMQP|JDBC|SQLSTATE|websocket)\b|:(?:21|22|80|110|143|443|993|995|3306|5432|6379|8080|9200|27017)\b/i;

export function hasMailContext(near: string): boolean {
  return STRONG_MAIL.test(near) || WEAK_MAIL.test(near);
}

/**
 * Another protocol is named and nothing mail-specific is: the text is about
 * something else (an IMAP login failure, an npm timeout, an HTTP status line).
 */
export function isForeign(near: string): boolean {
  return FOREIGN.test(near) && !STRONG_MAIL.test(near);
}

export const SIGNAL_PATTERNS: readonly RegExp[] = [STRONG_MAIL, WEAK_MAIL, FOREIGN];
