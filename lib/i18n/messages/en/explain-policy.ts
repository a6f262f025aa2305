/** English messages: authentication, delivery, policy, the answer-first lines and the glossary (lib/explanations: auth, delivery, policy, answer, glossary; lib/audience). */
export const explainPolicy = {
  // Lists
  'policy.list.or': '{a} or {b}',

  // lib/explanations/answer: the first screen of a card
  'policy.answer.cause.portBlocked': 'the network blocks the mail port',
  'policy.answer.cause.serverUnreachable': 'the mail server is down or refuses the connection',
  'policy.answer.cause.dnsFailure': 'the mail server’s name is wrong or does not resolve',
  'policy.answer.cause.tlsMismatch': 'the encryption setting does not match the port',
  'policy.answer.headline.pageServerUnreachable':
    'The server behind this page could not reach its mail server',
  'policy.answer.headline.couldNotConnect': 'Couldn’t connect to the mail server',
  'policy.answer.who.greylisted':
    'Nobody needs to change anything: the receiving server only asked to try again later.',
  'policy.answer.next.greylisted.seconds':
    'Wait {count, plural, one {{count} second} other {{count} seconds}}, then press Send again.',
  'policy.answer.next.greylisted.minutes':
    'Wait {count, plural, one {{count} minute} other {{count} minutes}}, then press Send again.',
  'policy.answer.next.greylisted.fewMinutes': 'Wait a few minutes, then press Send again.',
  'policy.answer.next.greylisted.detail':
    'Webmail and most apps do not retry by themselves; a mail server that queues mail does.',
  'policy.answer.who.rateLimit': 'You: the server limits how much one account sends.',
  'policy.answer.next.rateLimit.seconds':
    'Wait {count, plural, one {{count} second} other {{count} seconds}} before sending again, and send fewer messages at once.',
  'policy.answer.next.rateLimit.minutes':
    'Wait {count, plural, one {{count} minute} other {{count} minutes}} before sending again, and send fewer messages at once.',
  'policy.answer.next.rateLimit.hourOrSo':
    'Wait an hour or so before sending again, and send fewer messages at once.',
  'policy.answer.who.recipientRejected': 'You: your sending worked, the address did not.',
  'policy.answer.next.recipientRejected': 'Check the recipient’s address for typos and send again.',
  'policy.answer.who.mailboxFull': 'The recipient: their mailbox is full.',
  'policy.answer.next.mailboxFull': 'Reach them another way, or try again later.',
  'policy.answer.who.domainAuth': 'Whoever manages {domain}’s DNS, or your email provider.',
  'policy.answer.who.domainAuthUnnamed': 'Whoever manages your domain’s DNS, or your email provider.',
  'policy.answer.next.domainAuth': 'If you don’t manage {domain}, send this to whoever does.',
  'policy.answer.next.domainAuthUnnamed': 'If you don’t manage your domain, send this to whoever does.',
  'policy.answer.copy.toDomainManager': 'Copy message to the domain’s manager',
  'policy.answer.who.providerAccount': 'You, in your {provider} account.',
  'policy.answer.link.providerHelp': 'Provider help',
  'policy.answer.who.webmail':
    'The administrator of {host}: the webmail’s server makes the connection, so nothing on your computer can fix it.',
  'policy.answer.who.webmailThisSite':
    'The administrator of this site: the webmail’s server makes the connection, so nothing on your computer can fix it.',
  'policy.answer.next.webmail': 'Send this message to your email administrator or hosting provider.',
  'policy.answer.copy.toAdministrator': 'Copy message to the administrator',
  'policy.answer.who.siteHost': 'Whoever runs {host}: its hosting network may block the mail port.',
  'policy.answer.who.siteHostThisSite':
    'Whoever runs this site: its hosting network may block the mail port.',
  'policy.answer.next.siteHost':
    'In this page’s mail settings use port 587 with STARTTLS (or 465 with SSL/TLS); if it still fails, send this to your host.',
  'policy.answer.copy.toHost': 'Copy message to the host',
  'policy.answer.who.siteSettings': 'Whoever runs {host}, in its mail settings.',
  'policy.answer.who.siteSettingsThisSite': 'Whoever runs this site, in its mail settings.',
  'policy.answer.who.providerServer': 'Your email provider: it runs the server whose address was refused.',
  'policy.answer.next.providerServer': 'Send this to your email provider’s support.',
  'policy.answer.copy.toProvider': 'Copy message to your email provider',
  'policy.answer.who.bounce':
    'You or your email provider: their server accepted the message but could not deliver it.',
  'policy.answer.who.undecided':
    'You, or whoever runs your network or the mail server: one check tells which.',
  'policy.answer.next.undecided': 'Try sending once from another network, such as a phone hotspot.',
  'policy.answer.next.undecided.detail':
    'If it works there, your network blocks the mail port; if it fails everywhere, the server or its name is wrong.',
  'policy.answer.next.undecided.detailProbe':
    'If it works there, your network blocks the mail port; if it fails everywhere, the server or its name is wrong. Or run the probe below.',
  'policy.answer.who.thisDevice': 'You, in your mail app or script’s settings.',
  'policy.answer.next.readFullError': 'Read the full error below.',
  'policy.answer.copy.settings': 'Copy the settings',
  // The ready message to whoever can act (the error text and the UTC time stay as they are)
  'policy.answer.admin.greeting.there': 'Hello there,',
  'policy.answer.admin.greeting.administrator': 'Hello administrator,',
  'policy.answer.admin.greeting.supportTeam': 'Hello support team,',
  'policy.answer.admin.fails': 'sending email fails. This error was shown:',
  'policy.answer.admin.fails.from': 'sending email from {pageHost} fails. This error was shown:',
  'policy.answer.admin.fails.at': 'sending email fails. This error was shown at {time}:',
  'policy.answer.admin.fails.fromAt': 'sending email from {pageHost} fails. This error was shown at {time}:',
  'policy.answer.admin.check.connect':
    'Please check whether this server can open outgoing connections to {host} on port {ports} (many hosts block port 25; 587 with STARTTLS and 465 with SSL/TLS are the ports meant for sending), and whether the mail server is up.',
  'policy.answer.admin.check.connectNoPort':
    'Please check whether this server can open outgoing connections to {host} on the SMTP port (many hosts block port 25; 587 with STARTTLS and 465 with SSL/TLS are the ports meant for sending), and whether the mail server is up.',
  'policy.answer.admin.check.connectNoHost':
    'Please check whether this server can open outgoing connections to its mail server on port {ports} (many hosts block port 25; 587 with STARTTLS and 465 with SSL/TLS are the ports meant for sending), and whether the mail server is up.',
  'policy.answer.admin.check.connectNoHostNoPort':
    'Please check whether this server can open outgoing connections to its mail server on the SMTP port (many hosts block port 25; 587 with STARTTLS and 465 with SSL/TLS are the ports meant for sending), and whether the mail server is up.',
  'policy.answer.admin.check.tls':
    'Please check the encryption setting (465 = SSL/TLS, 587 = STARTTLS) and the mail server’s certificate.',
  'policy.answer.admin.check.auth':
    'Please check the user name and password (or app password) the server signs in to the mail server with.',
  'policy.answer.admin.check.domain':
    'Please check the SPF and DKIM records of {domain} for the service that sends its mail.',
  'policy.answer.admin.check.domainUnnamed':
    'Please check the SPF and DKIM records of the sending domain for the service that sends its mail.',
  'policy.answer.admin.check.ip':
    'Please check the sending server’s IP address: its blocklist entries and its reverse DNS name.',
  'policy.answer.admin.check.sender':
    'Please check which sender addresses the mail server lets this account send as.',
  'policy.answer.admin.check.log': 'Please check the mail server’s log at that time.',
  'policy.answer.admin.thanks': 'Thank you.',

  // lib/explanations/glossary: terms the first screen explains in one line
  'policy.term.starttls': 'the connection starts plain and switches to encryption (port 587)',
  'policy.term.sslTls': 'the connection is encrypted from the start (port 465)',
  'policy.term.smtp': 'the protocol mail apps and servers send email with',
  'policy.term.mx': 'the DNS record naming the servers that receive a domain’s mail',
  'policy.term.relay.name': 'relay',
  'policy.term.relay': 'a service that sends mail on for you',
  'policy.term.spf': 'a DNS record listing the servers allowed to send for a domain',
  'policy.term.dkim': 'a signature that proves a message came from its domain',
  'policy.term.dmarc': 'the domain’s rule for mail that fails SPF and DKIM',
  'policy.term.appPassword.name': 'app password',
  'policy.term.appPassword': 'a separate password your provider makes for one mail app',
  'policy.term.greylisting.name': 'greylisting',
  'policy.term.greylisting': 'the receiver turns away a new sender once and accepts the retry',
  // @end answer

  // lib/explanations/auth
  'policy.auth.readReply': 'Read the reply',
  'policy.auth.failed.title': 'The server rejected the user name or password',
  'policy.auth.failed.summary':
    'The connection to {host} on port {ports} worked, but the login was refused: the password is wrong, or the provider wants a different kind of password for apps.',
  'policy.auth.failed.summary.noPort':
    'The connection to {host} worked, but the login was refused: the password is wrong, or the provider wants a different kind of password for apps.',
  'policy.auth.failed.summary.noHost':
    'The connection to the mail server on port {ports} worked, but the login was refused: the password is wrong, or the provider wants a different kind of password for apps.',
  'policy.auth.failed.summary.noHostNoPort':
    'The connection to the mail server worked, but the login was refused: the password is wrong, or the provider wants a different kind of password for apps.',
  'policy.auth.failed.why':
    'Many providers refuse your normal password from apps and devices and want an app password instead: Gmail (with 2-Step Verification on), Yahoo, iCloud, Zoho (with two-factor authentication on) and Fastmail. Relay services want their SMTP key or API key, not your account password. The user name is usually the full email address.',
  'policy.auth.failed.confirm.webmail':
    "Sign in to the provider's webmail with the same user name and password",
  'policy.auth.failed.confirm.webmail.detail':
    'If that works but SMTP still refuses it, the account needs an app password or has SMTP sign-in turned off.',
  'policy.auth.failed.step.reenter': 'Re-enter the user name (your full email address) and the password',
  'policy.auth.failed.step.reenter.detail':
    'Watch for spaces pasted at either end and for a keyboard layout that changes characters.',
  'policy.auth.failed.step.appPassword': 'Create an app password and use it instead of your normal password',
  'policy.auth.failed.step.appPassword.detail':
    "Google: myaccount.google.com/apppasswords (needs 2-Step Verification). Yahoo, iCloud, Zoho and Fastmail: in the account's security settings. An app password works only for the account that created it.",
  'policy.auth.failed.step.relay':
    "For a relay service, use the SMTP credentials from the service's dashboard",
  'policy.auth.failed.step.relay.detail':
    'SendGrid: user name "apikey" and an API key. Amazon SES: SMTP credentials, not your AWS access keys. Brevo: the SMTP key. Postmark: the server API token as both user name and password.',
  'policy.auth.failed.step.securityHold': 'If the password is right, look for a security hold on the account',
  'policy.auth.failed.step.securityHold.detail':
    'Sign in on the web: providers pause sign-ins from new places until you confirm them.',
  'policy.auth.required.title': 'The server wants encryption or a login first',
  'policy.auth.required.summary':
    'The server answered but refused to take the message, because the program did not log in, or did not switch on encryption (STARTTLS) before trying to.',
  'policy.auth.required.why':
    "Submission servers only accept mail from users who log in, and most only accept the login over an encrypted connection. Port 25 without a login only takes mail addressed to that server's own users.",
  'policy.auth.required.confirm.reply.detail':
    '"Must issue a STARTTLS command first" asks for encryption; "Authentication required" or "Client not authenticated" asks for a login.',
  'policy.auth.required.step.encryption': 'Turn on encryption: STARTTLS on port 587, or SSL/TLS on port 465',
  'policy.auth.required.step.login': "Turn on authentication with the account's user name and password",
  'policy.auth.required.step.login.detail':
    'Outlook: "My outgoing server (SMTP) requires authentication". Nodemailer: {nodemailerAuth}. PHPMailer: SMTPAuth = true with Username and Password.',
  'policy.auth.required.step.submissionPort': 'Use the submission port (587 or 465) instead of 25',
  'policy.auth.disabled.title': 'SMTP sign-in is turned off for this account',
  'policy.auth.disabled.summary':
    'The provider refused the login whatever the password: signing in to SMTP with a plain user name and password ("basic authentication") is switched off for this account or organisation, or only a modern sign-in (OAuth) is accepted.',
  'policy.auth.disabled.why':
    'Microsoft 365 turns SMTP AUTH off by default for organisations created since January 2020 and blocks it whenever security defaults are on, and Microsoft is retiring basic authentication for SMTP AUTH altogether (Message Center MC786329). Outlook.com personal accounts accept only OAuth since September 2024. Google turned off "less secure app" access, leaving OAuth and app passwords.',
  'policy.auth.disabled.confirm.reply.detail':
    '"SmtpClientAuthentication is disabled for the Tenant" or "for the Mailbox": the SMTP AUTH switch is off. "security defaults policy": security defaults block it. "Basic authentication is not supported" (5.7.30): only OAuth will work.',
  'policy.auth.disabled.step.m365': 'Microsoft 365: turn on Authenticated SMTP for the sending mailbox',
  'policy.auth.disabled.step.m365.detail':
    'Admin center → Users → Active users → the user → Mail → Manage email apps → Authenticated SMTP. The mailbox setting overrides the organisation-wide one. In Exchange Online PowerShell:',
  'policy.auth.disabled.step.oauth': 'Prefer OAuth 2.0 where the app supports it',
  'policy.auth.disabled.step.oauth.detail':
    'Microsoft 365, Outlook.com and Gmail accept SMTP with OAuth 2.0 (XOAUTH2); Thunderbird, Nodemailer, MailKit and PHPMailer (with an OAuth provider) support it. Security defaults stay on with OAuth.',
  'policy.auth.disabled.step.google':
    'Gmail and Google Workspace: use an app password (needs 2-Step Verification) or OAuth',
  'policy.auth.disabled.step.relay': 'For devices and apps that can do neither, send through a relay',
  'policy.auth.disabled.step.relay.detail':
    "A relay service, or Microsoft 365's own options: an SMTP relay connector, or direct send to your tenant's MX host (…mail.protection.outlook.com, port 25), which only reaches recipients inside your organisation.",
} as const;
