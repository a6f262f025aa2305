import type { Translator } from '../i18n';

type T = Translator['t'];

/**
 * Facts reused by several explanations, kept in one place.
 * Sources: the providers' SMTP documentation cited with each record in lib/providers/
 * (sources.ts, mailbox.ts, relays.ts), and the client libraries' own docs.
 */

/** Relay services that document authenticated submission on port 2525. */
export const RELAYS_ON_2525 = [
  'SendGrid',
  'Mailgun',
  'Postmark',
  'Brevo',
  'SMTP2GO',
  'Mailjet',
  'SparkPost',
] as const;

/** Settings for implicit TLS (port 465) in common clients. */
export function implicitTlsSettings(host: string, t: T): string {
  return [
    'Nodemailer:     secure: true',
    "PHPMailer:      $mail->SMTPSecure = PHPMailer::ENCRYPTION_SMTPS;  // 'ssl'",
    `Python:         smtplib.SMTP_SSL('${host}', 465)`,
    'Jakarta Mail:   mail.smtp.ssl.enable=true',
    'Rails:          smtp_settings ssl: true',
    `Roundcube:      $config['smtp_host'] = 'ssl://${host}:465';`,
    t('conn.snippet.mailClients', { mode: 'SSL/TLS' }),
  ].join('\n');
}

/** Settings for STARTTLS (port 587, or 25) in common clients. */
export function startTlsSettings(host: string, port: number, t: T): string {
  return [
    'Nodemailer:     secure: false, requireTLS: true',
    "PHPMailer:      $mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;  // 'tls'",
    `Python:         s = smtplib.SMTP('${host}', ${port}); s.starttls()`,
    'Jakarta Mail:   mail.smtp.starttls.enable=true',
    'Rails:          smtp_settings enable_starttls_auto: true',
    `Roundcube:      $config['smtp_host'] = 'tls://${host}:${port}';`,
    `.NET SmtpClient: EnableSsl = true  ${t('conn.snippet.dotnetStartTlsOnly')}`,
    t('conn.snippet.mailClients', { mode: 'STARTTLS' }),
  ].join('\n');
}

/** Submission settings to copy, for a host. */
export function submissionSettings(host: string, t: T): string {
  return [
    t('conn.snippet.server', { host }),
    t('conn.snippet.port587'),
    `  ${t('conn.snippet.port465')}`,
    t('conn.snippet.login'),
  ].join('\n');
}

/** Postfix main.cf lines that send all outgoing mail through an authenticated relay. */
export function postfixRelayhost(t: T): string {
  return [
    '# /etc/postfix/main.cf',
    'relayhost = [smtp.relay.example]:587',
    'smtp_sasl_auth_enable = yes',
    'smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd',
    'smtp_sasl_security_options = noanonymous',
    'smtp_tls_security_level = encrypt',
    '# /etc/postfix/sasl_passwd:  [smtp.relay.example]:587 user:password',
    `# ${t('conn.snippet.postfixThen', { command: 'postmap /etc/postfix/sasl_passwd && systemctl reload postfix' })}`,
  ].join('\n');
}
