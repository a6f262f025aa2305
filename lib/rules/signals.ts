/**
 * Context signals: does the text around a match speak of sending mail, or of
 * something else (IMAP login, HTTP, SSH, a database) that shares the wording?
 * Patterns here are plain alternations of literals (linear time, checked by recheck).
 */

/**
 * Names that only occur around mail sending: protocol, libraries, MTAs (qmail's control files
 * databytes and badmailfrom), wrappers.
 */
export const STRONG_MAIL =
  /smtp|mailer|sendmail|postfix|postdrop|smarthost|exim|qmail|databytes|badmailfrom|swaks|\b(?:EHLO|HELO)\b|\bMAIL FROM(?::|\s?<| command| failed| rejected)|\bRCPT TO\b|nodemailer|net::smtp|Unauthenticated senders|STOREDRV\.Submission|MailConnectException|MapiExceptionMaxSubmissionExceeded|swift_|symfony\\component\\mailer|\bdsn\b|delivery status notification|undeliverable|postmaster(?! is accepting)|\bmx\b|submission port|outgoing (?:mail )?server|\bcommand: ['"]CONN['"]|Closing connection to the server|Failed to connect socket|message sending failed|Requested (?:mail )?action|Service not available, closing transmission channel|Transaction failed|mailbox unavailable|mailbox name not allowed|exceeded storage allocation|insufficient system storage|\bcode: '(?:ESOCKET|ECONNECTION|EAUTH|EENVELOPE|EMESSAGE|ETLS|EDNS|EPROTOCOL)'|Recipient address rejected|Sender address rejected|Relay access denied|Sender verify failed|in reply to (?:end of )?(?:DATA|RCPT TO|MAIL FROM|HELO|EHLO) command/i;

/** Weaker hints: mail words, SMTP ports, mail-ish host names, reply lines. */
export const WEAK_MAIL =
  /\be-?mails?\b|\bmail (?:server|host|relay|delivery|client|settings)\b|sending (?:the )?(?:e-?mail|mail|message)|send (?:e-?mail|mail|a message|the message)|could not be sent|message not delivered|wasn't delivered|couldn't be delivered|(?:^|[^\d.])(?:25|465|587|2525)(?![\d.])|\bmail\.[a-z0-9-]{1,63}\.|\bmx\d{0,2}\.|\bsmtp[a-z0-9-]{0,20}\.|\boutlook\.office365\.com\b|\.mail\.protection\.outlook\.com\b/i;

/**
 * Other protocols and tools whose errors read alike (case-sensitive: "pop" is a Ruby method),
 * also as the first word of an exception class ("LDAPSocketOpenError", "HttpRequestException").
 */
export const FOREIGN =
  /IMAP|imap|Imap|POP3|pop3|\b(?:POP|FTPS?|FTP(?:Error|Context|Client)|ftp|SFTP|sftp|SSH|ssh|SSHException|paramiko|MySQL|MYSQL|mysql\d?|MariaDB|Postgre(?:SQL|s)|postgres(?:ql)?|psql|Redis|redis|MongoDB|mongodb|npm|yarn|pip|git|docker|kubectl|LDAP|ldap|RDP|VNC|telnet|Net::HTTP|Faraday|Excon|zabbix_sender|axios|XMLHttpRequest|Elasticsearch|Kafka|RabbitMQ|AMQP|JDBC|SQLSTATE|WebSocket|websocket|urllib\d?|HTTPS?Connection|requests\.exceptions)\b|http[\\/.]client|HTTP\/\d|(?<=[a-z\]]|\.\d{1,3}):(?:21|22|80|110|143|443|993|995|3306|5432|6379|8080|9200|27017)\b|\bcURL error \d|\b(?:LDAP|Ldap|Ftp|Sftp|Ssh|Redis|Mongo|MySql|Mysql|Postgres|Pg|Http|Kafka|Amqp|Grpc)[A-Z][A-Za-z]{0,40}(?:Error|Exception)\b|Synchronizing subscribed folders|CONNECT (?:request|phase)|- Receiving'|incoming mail server/;

/**
 * An SMTP reply: an SMTP command's failure with its bare code (curl "RCPT failed: 450",
 * Nodemailer "Mail command failed: 501 …"),
 * a 4yz/5yz code with an enhanced status code ("550 5.1.1", "550-5.7.26"),
 * a bare enhanced code opening a line ("5.7.606 Access denied"), or a reply code opening
 * the text or a line ("421 Service not available", cPanel's "421 - [Reverse DNS failure …]")
 * or after the server's answer ("The server responded: 503 …") that is not an HTTP status line.
 */
const REPLY_LINE =
  /\b(?:MAIL|RCPT|DATA|AUTH|EHLO|HELO|STARTTLS)(?: FROM| TO)? (?:failed|error|rejected): [45][0-5]\d\b|\b(?:Mail|Data) command failed: [45][0-5]\d\b|(?<![\d.])[45]\d\d[-, "“]{1,4}[45]\.\d{1,3}\.\d{1,3}(?![\d.])|(?<![\d.])[45]\.\d{1,3}\.\d{1,3} {1,2}[A-Z<[]|(?:^|\n) {0,8}[45]\.\d{1,3}\.\d{1,3} {1,2}[a-z]|(?:^|[\n([]|said: |smtp; ?|returned '|(?:server|host) (?:responded|replied|answered)(?: with)?:? )\s{0,8}[45][0-5]\d(?=[ -][\w<[("]| - \[|, b['"])|(?:^|\n)\s{0,8}(?:4[25]\d|5[3-5]\d): [A-Z]|['"], [45][0-5]\d, b?['"]|(?<![\d.:/-])(?:5[2-5]\d|45[02-5])(?=[ -][A-Za-z<[(])/;
const HTTP_STATUS =
  /\bHTTP\/\d|\b[45]\d\d(?::|, b?['"])? ?(?:Bad Request|Unauthorized|Payment Required|Forbidden|Not Found|Method Not Allowed|Not Acceptable|Proxy Authentication Required|Request Time-?out|Conflict|Gone|Length Required|Precondition Failed|Payload Too Large|Request Entity Too Large|URI Too Long|Unsupported Media Type|Range Not Satisfiable|Expectation Failed|Misdirected Request|Unprocessable (?:Entity|Content)|Locked|Failed Dependency|Too Early|Upgrade Required|Precondition Required|Too Many Requests|Request Header Fields Too Large|Unavailable For Legal Reasons|Internal Server Error|Not Implemented|Bad Gateway|Gateway Time-?out|HTTP Version Not Supported|Variant Also Negotiates|Loop Detected|Not Extended|Network Authentication Required)\b|\b503(?::|, b?['"])? ?Service Unavailable\b/i;

export function isReplyLine(near: string): boolean {
  return REPLY_LINE.test(near) && !HTTP_STATUS.test(near);
}

/** The text reads as an error report (not prose): an exception, an error code, "failed". */
const ERROR_SHAPE =
  /\b(?:Error|ERROR|error|Exception|failed|Failed|FAILED)\b|[A-Za-z](?:Error|Exception)\b|\berror:|\bcurl: \(\d{1,3}\)|\bcode: ?['"]?[A-Z_]{3,}|\bERR_|\bdial tcp\b|::[A-Z]\w{0,30}(?:Error|Timeout)\b|\[SSL: [A-Z_]{3,}\]|\bx509:|SSL routines|signed by unknown authority/;

export function looksLikeError(near: string): boolean {
  return ERROR_SHAPE.test(near);
}

/** Words that say something went wrong, in prose as well as in an error report. */
const TROUBLE_WORDS =
  /\b(?:not|cannot|can't|couldn't|could not|unable|fail(?:s|ed|ure)?|refused|rejected|denied|exceeded|blocked|invalid|timed out|timeout|unavailable|problem|exited with [1-9])\b/i;

/** The text says something went wrong: an error report's shape, or a word of trouble in prose. */
export function reportsTrouble(near: string): boolean {
  return ERROR_SHAPE.test(near) || TROUBLE_WORDS.test(near);
}

/**
 * A mail program names its own failure: an error or exception type of a mail library
 * ("lettre::transport::smtp::Error", "MailCore.MailError", "Swift_TransportException"), an SMTP error
 * closing a message ("SMTP server error."), or the shell not finding the local mailer
 * ("sh: 1: /usr/sbin/sendmail: not found", "postdrop: warning: … No such file or directory").
 */
const MAIL_PROGRAM_ERROR =
  /(?<![A-Za-z])(?:SMTP|Smtp|smtp|Mail|mail|Swift_)[\w:.]{0,40}?(?:Error|Exception)\b|\bSMTP(?: server| relay)? error(?:[:.!]|$)|\b(?:sendmail|postdrop|msmtp|ssmtp|exim4?)\b[^\n]{0,80}: (?:command )?(?:not found|No such file or directory)\b/;

export function namesMailProgramError(near: string): boolean {
  return MAIL_PROGRAM_ERROR.test(near);
}

/** A bounce's line for one recipient ("<ann@example.org>: …", Postfix's and qmail's delivery reports). */
const BOUNCE_RECIPIENT_LINE = /(?:^|\n) {0,8}<[^\s<>@]{1,64}@[^\s<>]{1,253}>:/;

export function hasBounceRecipientLine(near: string): boolean {
  return BOUNCE_RECIPIENT_LINE.test(near);
}

/** A web address and nothing mail-ish: an HTTP client's error (fetch, curl, a browser). */
const URL_ONLY = /https?:\/\//;

export function isWebOnly(near: string): boolean {
  return URL_ONLY.test(near) && !hasMailContext(near);
}

export function hasMailContext(near: string): boolean {
  return STRONG_MAIL.test(near) || WEAK_MAIL.test(near) || isReplyLine(near);
}

/**
 * Another protocol is named and nothing mail-specific is: the text is about
 * something else (an IMAP login failure, an npm timeout, an HTTP status line).
 */
export function isForeign(near: string): boolean {
  return FOREIGN.test(near) && !STRONG_MAIL.test(near);
}

/** A receiving server's filter log (milters, policy daemons): its DKIM/DMARC/SPF verdicts are about mail received. */
const RECEIVING_FILTER = /\b(?:opendkim|opendmarc|policyd-spf|amavis|amavisd|rspamd|spamd)\[\d/;

/** The text is a receiving filter's log and carries no reply a sender got. */
export function isReceivingSideLog(text: string): boolean {
  return RECEIVING_FILTER.test(text) && !isReplyLine(text);
}

/** Header lines of a web framework's error page that describe the incoming request, not the failed call. */
const REQUEST_CONTEXT_LINES = ['request url:', 'request method:', 'referer:', 'referrer:', 'user-agent:'];
/** Words that introduce a help link ("More details here: https://curl.se/docs/sslcerts.html"). */
const HELP_LINK_WORDS = [
  'more details',
  'learn more',
  'more information',
  'more info',
  'please visit',
  'see https',
  'see http',
];

function isRequestContext(line: string): boolean {
  const lower = line.trimStart().toLowerCase();
  return REQUEST_CONTEXT_LINES.some((p) => lower.startsWith(p));
}

function pointsToHelp(line: string): boolean {
  const lower = line.toLowerCase();
  return HELP_LINK_WORDS.some((w) => lower.includes(w));
}

/** The line without its web addresses (each from its scheme to the next space). */
function withoutUrls(line: string): string {
  return line
    .split(' ')
    .filter((word) => !word.includes('://'))
    .join(' ');
}

/**
 * The text without its asides: the lines that describe the web request during which the
 * error happened (a Django or Laravel debug page: "Request URL: http://…"), and the
 * addresses of help links ("More details here: https://…", "Learn more at https://…").
 * Neither address is the connection that failed.
 */
export function withoutAsides(text: string): string {
  if (!text.includes('://')) return text;
  return text
    .split('\n')
    .filter((line) => !isRequestContext(line))
    .map((line) => (line.includes('://') && pointsToHelp(line) ? withoutUrls(line) : line))
    .join('\n');
}
