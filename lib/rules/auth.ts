import { TIER, type Rule } from './rule';
import { alt } from './refine';

/**
 * Authentication: rejected credentials, authentication the server wants first,
 * and SMTP AUTH turned off. Sources: RFC 4954 (535/534/538/454/530 replies,
 * 5.7.8/5.7.9/5.7.11), RFC 3207 ("530 Must issue a STARTTLS command first"),
 * Google Workspace SMTP error reference (5.7.8 BadCredentials, 5.7.9
 * InvalidSecondFactor, 5.7.14 WebLoginRequired), Microsoft Exchange Online NDR
 * reference (5.7.57, 5.7.139, 5.7.3, 5.7.30), PHPMailer lang "authenticate",
 * Nodemailer EAUTH/ENOAUTH, Python smtplib SMTPAuthenticationError /
 * SMTPNotSupportedError, Java Mail AuthenticationFailedException, Ruby
 * Net::SMTPAuthenticationError, .NET SmtpClient, Go net/smtp, curl (67).
 */
export const authRules: Rule[] = [
  {
    id: 'gmail-bad-credentials',
    category: 'auth-failed',
    pattern: /Username and Password not accepted|\bp=BadCredentials\b|BadCredentials/,
    confidence: 0.9,
    tier: TIER.decisive,
    context: 'self',
    // Google also answers this when the account needs an app password.
    alternatives: [alt('auth-disabled', 0.15, 'credentials')],
  },
  {
    id: 'app-password-required',
    category: 'auth-failed',
    pattern:
      /Application-specific password required|InvalidSecondFactor|app(?:lication)?[- ]specific password|app password (?:is )?required/i,
    confidence: 0.9,
    tier: TIER.decisive,
    context: 'self',
  },
  {
    id: 'web-login-required',
    // Google refuses the password sign-in itself (less secure apps off, OAuth or an app
    // password required): the account does not allow basic SMTP AUTH as configured.
    category: 'auth-disabled',
    pattern: /WebLoginRequired|Please log in via your web browser|log in with your web browser|5\.7\.14/,
    confidence: 0.6,
    tier: TIER.decisive,
    context: 'self',
    alternatives: [alt('auth-failed', 0.35, 'credentials')],
    // 534-5.7.9 is Google's "application-specific password required": the password is the wrong kind.
    refine: (ctx) =>
      /(?<![\d.])5\.7\.9(?![\d.])/.test(ctx.near)
        ? {
            category: 'auth-failed',
            confidence: 0.6,
            alternatives: [alt('auth-disabled', 0.3, 'credentials')],
          }
        : undefined,
  },
  {
    id: 'smtp-auth-disabled',
    category: 'auth-disabled',
    // Microsoft 365 5.7.139 / 5.7.30, Outlook.com basic auth retirement, "SMTP AUTH disabled".
    pattern:
      /SmtpClientAuthentication is disabled|5\.7\.139|Basic authentication is (?:not supported|not allowed|disabled)|basic auth(?:entication)? (?:is )?(?:disabled|deprecated|not supported|not allowed)|SMTP AUTH (?:is )?disabled|security defaults policy|authentication not enabled|AUTH command not (?:enabled|allowed|supported)|OAuth2? (?:is )?required|5\.7\.30 |5\.7\.13\b|User Account Disabled/i,
    confidence: 0.85,
    tier: TIER.decisive,
    context: 'self',
    refine: (ctx) =>
      /credentials were incorrect/i.test(ctx.near)
        ? {
            category: 'auth-failed',
            confidence: 0.8,
            alternatives: [alt('auth-disabled', 0.2, 'credentials')],
          }
        : {
            category: 'auth-disabled',
            confidence: 0.85,
            alternatives: [alt('auth-failed', 0.1, 'credentials')],
          },
  },
  {
    id: 'auth-mechanism-unavailable',
    category: 'auth-required',
    // The server offered no AUTH (usually: AUTH is offered only after STARTTLS).
    // smtplib "SMTP AUTH extension not supported by server", Go "smtp: server doesn't
    // support AUTH", Go "unencrypted connection", Nodemailer ENOAUTH-ish wording.
    pattern:
      /SMTP AUTH extension not supported by server|server doesn't support AUTH|smtp: unencrypted connection|No supported authentication methods|None of the authentication methods supported by this client are supported|No compatible authentication methods/i,
    confidence: 0.6,
    tier: TIER.reply,
    context: 'self',
    alternatives: [alt('auth-disabled', 0.25, 'tls-mode'), alt('tls-mismatch', 0.15, 'tls-mode')],
  },
  {
    id: 'starttls-required',
    category: 'auth-required',
    pattern:
      /Must issue a STARTTLS command first|STARTTLS is required|STARTTLS required|Encryption required for requested authentication mechanism|must (?:use|issue) STARTTLS|TLS required for RCPT domain|5\.7\.11\b/i,
    confidence: 0.85,
    tier: TIER.decisive,
    context: 'mail',
  },
  {
    id: 'dotnet-secure-connection-required',
    category: 'auth-required',
    // .NET SmtpClient: "The SMTP server requires a secure connection or the client was not
    // authenticated." Gmail also sends it for bad credentials.
    pattern: /The SMTP server requires a secure connection or the client was not authenticated/i,
    confidence: 0.6,
    tier: TIER.reply + 1,
    context: 'self',
    alternatives: [alt('auth-failed', 0.3, 'credentials'), alt('auth-disabled', 0.1, 'credentials')],
  },
  {
    id: 'authentication-required',
    category: 'auth-required',
    pattern:
      /Authentication Required|authentication is required|SMTP AUTH (?:is )?required|Client (?:was )?not authenticated|5\.7\.57\b|Unauthenticated senders (?:are )?not allowed|must authenticate|please authenticate|send AUTH command first|AUTH first|530 5\.7\.0|530 5\.5\.1|not logged in|auth(?:entication)? needed|requires authentication|server does not support authentication(?! method)|cannot use a secure authentication method/i,
    confidence: 0.75,
    tier: TIER.reply,
    context: 'mail',
    alternatives: [alt('sender-rejected', 0.15, 'credentials'), alt('auth-failed', 0.1, 'credentials')],
  },
  {
    id: 'ms365-auth-unsuccessful',
    category: 'auth-failed',
    pattern: /5\.7\.3 Authentication unsuccessful|535 5\.7\.3\b/i,
    confidence: 0.75,
    tier: TIER.reply + 5,
    context: 'self',
    // Exchange answers the same when SMTP AUTH is off for the mailbox.
    alternatives: [alt('auth-disabled', 0.3, 'credentials')],
  },
  {
    id: 'login-rate-limited',
    category: 'rate-limit',
    pattern:
      /Too many (?:login|authentication|auth|bad auth) (?:attempts|failures)|Too many failed (?:login|auth)|#AUTH005/i,
    confidence: 0.7,
    tier: TIER.reply + 1,
    context: 'mail',
    alternatives: [alt('auth-failed', 0.3, 'credentials')],
  },
  {
    id: 'authentication-failed',
    category: 'auth-failed',
    pattern:
      /Authentication (?:failed|unsuccessful|failure|credentials invalid)|Invalid login|Invalid credentials|Incorrect authentication data|Bad username or password|Username or password (?:is )?incorrect|incorrect (?:username|password)|Login (?:failed|incorrect|denied)|Failed to authenticate|Could not authenticate|AUTH(?:ENTICATE)? (?:failed|command failed)|Invalid user ?name or password|wrong password|Password (?:incorrect|rejected)|\(smtp\) authentication failure|authentication was refused|does not support (?:the selected )?authentication method|not loving your login/i,
    confidence: 0.75,
    tier: TIER.reply,
    context: 'mail',
    alternatives: [alt('auth-disabled', 0.15, 'credentials')],
  },
  {
    id: 'client-auth-exception',
    category: 'auth-failed',
    pattern:
      /AuthenticationFailedException|SMTPAuthenticationError|Net::SMTPAuthenticationError|\bEAUTH\b|SmtpAuthenticationException|AuthenticationException|Swift_TransportException: Failed to authenticate|CURLE_LOGIN_DENIED|\(67\) Login denied/,
    confidence: 0.75,
    tier: TIER.specific,
    context: 'mail',
    alternatives: [alt('auth-disabled', 0.15, 'credentials')],
  },
  {
    id: 'temporary-auth-failure',
    category: 'unknown',
    // RFC 4954 454 4.7.0: the server could not check the credentials right now.
    pattern: /Temporary authentication failure|Cannot authenticate due to temporary system problem/i,
    confidence: 0.45,
    tier: TIER.decisive,
    context: 'mail',
    alternatives: [alt('auth-failed', 0.25, 'credentials'), alt('rate-limit', 0.15, 'retry-later')],
  },
  {
    id: 'login-denied',
    category: 'auth-failed',
    // curl (67) CURLE_LOGIN_DENIED, reported without the protocol.
    pattern: /\bLogin denied\b|CURLE_LOGIN_DENIED/,
    confidence: 0.6,
    tier: TIER.reply,
    context: 'error-shaped',
  },
  {
    id: 'auth-not-offered-after-ehlo',
    category: 'auth-required',
    // Roundcube reports the EHLO reply (250) when AUTH was not offered: the server offers
    // AUTH only after STARTTLS (or not on this port).
    pattern: /SMTP (?:Error|Fehler|Erreur|Errore|Fout|Błąd) ?\(250\)/i,
    confidence: 0.6,
    tier: TIER.decisive,
    context: 'self',
    alternatives: [alt('tls-mismatch', 0.2, 'tls-mode'), alt('auth-failed', 0.15, 'credentials')],
  },
];
