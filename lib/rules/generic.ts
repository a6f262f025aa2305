import { TIER, type Rule } from './rule';

/**
 * Wrappers that say "a send failed" but not why: client exception classes,
 * webmail and panel messages, bounce and NDR headings. They make the text a
 * send error (category `unknown`) when nothing inside names a cause; any rule
 * or code decoder that does name one wins over them.
 * Sources: PHPMailer lang table ("SMTP Error: data not accepted.", "Mailer Error"),
 * Python smtplib exception classes, Ruby Net::SMTP error classes, Java Mail
 * MessagingException, .NET SmtpException/SmtpFailedRecipientException, MailKit
 * SmtpCommandException, Ruby net-smtp argument checks ("SMTP-AUTH requested but missing user
 * name"), Symfony TransportException ("Expected response code"),
 * Roundcube/SOGo/SnappyMail/Nextcloud localisation files, Gmail DSN and Exchange
 * NDR headings (research notes §6).
 */
export const genericRules: Rule[] = [
  {
    id: 'send-failure-wrapper',
    category: 'unknown',
    pattern:
      /SMTP Error\b|SMTP -> ERROR|SMTPException|SmtpCommandException|SmtpProtocolException|SmtpFailedRecipient|SmtpError|MessagingException|SendFailedException|Swift_TransportException|TransportException|Mailer Error|SMTPRecipientsRefused|SMTPSenderRefused|SMTPDataError|SMTPResponseException|SMTPServerDisconnected|SMTP-AUTH requested but missing|Net::SMTP[A-Z]{0,20}Error|Net::SMTPServerBusy|Expected response code \d{3}|cannot send message|Can't send message|problem occurred while sending the email|Email could not be sent|Message could not be sent|data not accepted|mail\.SEND_FAILURE|Failed to send (?:the |some |this )?(?:e-?mail|message|mail)s?|Unable to send (?:the |this )?(?:e-?mail|message|mail)|Message sending failed|Error sending (?:SMTP test )?e-?mail|couldn't send (?:the )?(?:message|email)|Sending the email to the following server failed/i,
    confidence: 0.3,
    tier: TIER.generic,
    context: 'self',
  },
  {
    id: 'bounce-wrapper',
    category: 'unknown',
    pattern:
      /Delivery Status Notification \(Failure\)|Delivery Status Notification \(Delay\)|Undeliverable:|Undelivered Mail Returned to Sender|Mail delivery failed|Message not delivered|Delivery has failed to these recipients|Your message couldn't be delivered|Your message wasn't delivered|Returned mail: see transcript|Diagnostic-Code: smtp;|Remote server returned|The response from the remote server was|The response was:|This is the mail system at host|Mail Delivery Subsystem|Delivery incomplete|Message blocked/i,
    confidence: 0.3,
    tier: TIER.generic + 2,
    context: 'self',
  },
];
