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

  // lib/explanations/delivery
  'policy.delivery.rateLimit.title': 'Sending limit reached',
  'policy.delivery.rateLimit.summary':
    'The server took the connection but refused more mail for now: this account or address has sent too much, too fast, or used up a daily quota.',
  'policy.delivery.rateLimit.why':
    'Providers cap sending to stop abuse: messages per day or hour, recipients per message, connections at once. Limits usually reset within a day. A limit you did not expect to reach can mean someone else is sending through the account.',
  'policy.delivery.rateLimit.confirm.limits':
    "Check the provider's published sending limits and the account's Sent folder",
  'policy.delivery.rateLimit.confirm.limits.detail':
    'Messages you did not write in the Sent folder mean the account is compromised.',
  'policy.delivery.rateLimit.step.wait': 'Wait and send again later',
  'policy.delivery.rateLimit.step.wait.temporary':
    'This reply is temporary: a mail server retries by itself.',
  'policy.delivery.rateLimit.step.wait.daily': 'Daily limits usually reset within 24 hours.',
  'policy.delivery.rateLimit.step.batches':
    'Send in smaller batches: fewer recipients per message, fewer connections at once',
  'policy.delivery.rateLimit.step.service':
    'For newsletters or app mail in volume, use an email service made for it',
  'policy.delivery.rateLimit.step.service.detail':
    'Transactional and bulk services (SendGrid, Mailgun, Amazon SES, Postmark…) have far higher limits.',
  'policy.delivery.rateLimit.step.password': 'If you did not send that much, change the password',
  'policy.delivery.messageRejected.title': 'The message itself was refused (size or content)',
  'policy.delivery.messageRejected.summary':
    'The server accepted the sender and the recipients but refused this message: it is too big, or its content looked like spam or broke a policy.',
  'policy.delivery.messageRejected.why':
    'Servers cap message size, commonly somewhere between 10 and 50 MB, and attachments grow by about a third when encoded for email. Spam filters refuse messages with suspicious links, risky attachment types (such as .exe) or wording typical of spam.',
  'policy.delivery.messageRejected.confirm.codes': 'Read the codes',
  'policy.delivery.messageRejected.confirm.codes.detail':
    '552 or 5.3.4 / 5.2.3 is about size; 554 or 5.7.1 with words like "spam" or "content" is about content.',
  'policy.delivery.messageRejected.confirm.test': 'Send a short plain-text test to the same recipient',
  'policy.delivery.messageRejected.confirm.test.detail':
    'If it arrives, the original message is the problem, not your setup.',
  'policy.delivery.messageRejected.step.size':
    'Too big: share large files as a link instead of attaching them',
  'policy.delivery.messageRejected.step.content':
    'Content: remove link shorteners and risky attachments, and check the linked domains are not blocklisted',
  'policy.delivery.messageRejected.step.link': 'Follow the link in the rejection, if any',
  'policy.delivery.messageRejected.step.link.detail': 'Providers point to the policy the message broke.',
  'policy.delivery.mailboxFull.title': "The recipient's mailbox is full",
  'policy.delivery.mailboxFull.summary':
    "The recipient's mailbox is over its storage limit, so it cannot take new mail. Nothing is wrong with your setup.",
  'policy.delivery.mailboxFull.why.temporary':
    'Every mailbox has a size limit, and abandoned mailboxes fill up with spam and stay full. This reply is temporary: your mail server keeps retrying for a while.',
  'policy.delivery.mailboxFull.why':
    'Every mailbox has a size limit, and abandoned mailboxes fill up with spam and stay full. A 4xx reply (452 4.2.2) is temporary and retried; a 5xx reply (552 5.2.2) is final.',
  'policy.delivery.mailboxFull.confirm.later':
    'Send again later, or ask the recipient whether their mailbox is full',
  'policy.delivery.mailboxFull.step.tell': 'Tell the recipient another way (phone, another address)',
  'policy.delivery.mailboxFull.step.again': 'Send again once they have made room',
  'policy.delivery.mailboxFull.step.own':
    'If it is your own mailbox, delete large messages and empty Trash and Spam',
  'policy.delivery.greylisted.title': 'Deferred for now (greylisting): it goes through on retry',
  'policy.delivery.greylisted.summary':
    'The receiving server asked the sender to come back later. This is a normal anti-spam technique called greylisting: a real mail server retries after a few minutes and is let through.',
  'policy.delivery.greylisted.why':
    'Spam software often never retries, so receivers turn away mail from senders they have not seen before, once. Proper mail servers keep the message in their queue and retry by themselves.',
  'policy.delivery.greylisted.confirm.wait.seconds':
    'Wait {count, plural, one {{count} second} other {{count} seconds}} and look again',
  'policy.delivery.greylisted.confirm.wait.minutes':
    'Wait {count, plural, one {{count} minute} other {{count} minutes}} and look again',
  'policy.delivery.greylisted.confirm.wait.fewMinutes': 'Wait a few minutes and look again',
  'policy.delivery.greylisted.confirm.wait.detail': 'The message should go through on the next attempt.',
  'policy.delivery.greylisted.step.wait.seconds':
    'Wait {count, plural, one {{count} second} other {{count} seconds}}, then press Send again',
  'policy.delivery.greylisted.step.wait.minutes':
    'Wait {count, plural, one {{count} minute} other {{count} minutes}}, then press Send again',
  'policy.delivery.greylisted.step.wait.fewMinutes': 'Wait a few minutes, then press Send again',
  'policy.delivery.greylisted.step.wait.detail':
    'Webmail and most apps do not retry by themselves: sending the same message again after the wait is the retry the server asked for. A mail server that queues mail retries on its own.',
  'policy.delivery.greylisted.step.script':
    'If a script sends straight to the recipient’s server, make it retry or send through a mail server',
  'policy.delivery.greylisted.step.script.detail': 'A mail server or relay queues and retries automatically.',
  'policy.delivery.greylisted.step.notGreylisting':
    'If it still fails after an hour or more, it is not greylisting: read the full reply',
  'policy.delivery.unknown.title': 'Email send error (cause not recognised)',
  'policy.delivery.unknown.summary':
    'The server answered {code}. This is an email send error, but it does not match a cause we know.',
  'policy.delivery.unknown.summary.meaning':
    'The server answered {code} ({meaning}). This is an email send error, but it does not match a cause we know.',
  'policy.delivery.unknown.summary.meaningDetail':
    'The server answered {code} ({meaning}; {detail}). This is an email send error, but it does not match a cause we know.',
  'policy.delivery.unknown.summary.noCode':
    'This looks like an email send error, but none of the known causes fits the text.',
  'policy.delivery.unknown.why':
    'SMTP replies that start with 4 are temporary (the sender retries); replies that start with 5 are permanent (something must change before sending again). The words after the code usually name the reason.',
  'policy.delivery.unknown.confirm.reply': 'Find the full server reply',
  'policy.delivery.unknown.confirm.reply.detail':
    'The client debug log or the mail server log shows the complete reply that ended the session.',
  'policy.delivery.unknown.step.read':
    'Read the whole reply: the words after the code usually name the reason',
  'policy.delivery.unknown.step.read.detail': "Search the code on your provider's help pages.",
  'policy.delivery.unknown.step.probe': 'Probe the server from this machine to rule out the network',
  'policy.delivery.unknown.step.support': "Send the full log to your provider's support",

  // lib/explanations/policy
  'policy.senderRejected.title': 'The server will not send mail for this sender',
  'policy.senderRejected.summary':
    'The server refused to pass the message on because of who it is from: the program did not log in, or the sender address does not belong to the account that logged in.',
  'policy.senderRejected.why':
    'Servers only relay mail for their own logged-in users ("Relaying denied" otherwise), and most providers only let you send as your own address or aliases you have verified. Microsoft 365 also needs "Send As" permission to send as another mailbox.',
  'policy.senderRejected.confirm.compare': 'Compare the login with the From address',
  'policy.senderRejected.confirm.compare.detail':
    'They should be the same address, or the From address should be a verified alias of the login.',
  'policy.senderRejected.step.login': 'Log in (SMTP authentication) before sending',
  'policy.senderRejected.step.login.detail': 'Without a login, a server only accepts mail for its own users.',
  'policy.senderRejected.step.address': 'Send from the address you log in with, or from a verified alias',
  'policy.senderRejected.step.address.detail':
    'Gmail: Settings → Accounts → "Send mail as". Microsoft 365: give the account Send As permission on the other mailbox. Set both the From header and the envelope sender (Return-Path).',
  'policy.senderRejected.step.verify': 'On a relay service, verify the sender address or domain',
  'policy.senderRejected.step.verify.detail':
    'Amazon SES, SendGrid, Mailgun and others only send for identities you have verified with them.',
  'policy.senderRejected.step.ownServer':
    'If you run the server, let only your own machines relay without a login',
  'policy.senderRejected.step.ownServer.detail':
    'For example Postfix mynetworks; never open the relay to the internet.',
  'policy.recipientRejected.title': 'The recipient address does not exist',
  'policy.recipientRejected.summary':
    "The recipient's mail server says the address does not exist or does not take mail. Your sending setup worked; the address is the problem.",
  'policy.recipientRejected.why':
    'A typo, a person who left the organisation, a deleted or disabled account, or an address the receiving domain never had.',
  'policy.recipientRejected.confirm.check':
    'Check the address letter by letter, and send a test to an address you know works',
  'policy.recipientRejected.step.correct': 'Correct the address (look for typos in the part after the @ too)',
  'policy.recipientRejected.step.ask': 'Ask the person for their current address another way',
  'policy.recipientRejected.step.remove': 'Remove addresses that keep bouncing from your lists',
  'policy.recipientRejected.step.remove.detail':
    'Sending again and again to dead addresses hurts your sender reputation.',
  'policy.recipientRejected.step.ownDomain':
    'If the address is on your own domain, check that the mailbox or alias exists',
  'policy.recipientRejected.step.ownDomain.detail':
    "Also check that the domain's MX records point to the server that holds the mailbox.",
  'policy.domainAuth.title': "The recipient's server rejected the message: SPF, DKIM or DMARC failed",
  'policy.domainAuth.summary':
    'The receiving server could not verify that your domain allowed this message to be sent from where it was sent, so it refused it.',
  'policy.domainAuth.why':
    "Receivers check that the sending server is listed in the domain's SPF record and that the message carries a valid DKIM signature, then apply the domain's DMARC policy. Gmail requires every sender to pass SPF or DKIM (bulk senders need both, plus DMARC). Sending through a server the domain does not list, such as a web host or a new relay, fails these checks.",
  'policy.domainAuth.confirm.lookup': "Look up the sender domain's SPF and DMARC records",
  'policy.domainAuth.confirm.lookup.detail':
    'Exactly one record starting with v=spf1 should exist, and it should include the service that sends.',
  'policy.domainAuth.step.forward':
    'If you do not manage {domain}, send this error to whoever runs its DNS or its mail',
  'policy.domainAuth.step.forwardUnnamed':
    'If you do not manage your domain, send this error to whoever runs its DNS or its mail',
  'policy.domainAuth.step.forward.detail':
    'The fix is a change to DNS records only they can make; the steps below are for them.',
  'policy.domainAuth.step.spf': 'Add the sending service to your SPF record',
  'policy.domainAuth.step.spf.detail':
    'Use the include your provider documents. Merge into the one existing record: two SPF records are an error.',
  'policy.domainAuth.step.spf.placeholder': "your provider's SPF domain",
  'policy.domainAuth.step.dkim': 'Turn on DKIM signing at the provider and publish its key in DNS',
  'policy.domainAuth.step.dmarc': 'Publish a DMARC policy, starting with monitoring only',
  'policy.domainAuth.step.from': 'Send From an address at the domain you authenticate',
  'policy.domainAuth.step.from.detail':
    'DMARC passes only when the SPF or DKIM domain matches the From domain.',
  'policy.ipReputation.title': "The sending server's IP address is on a blocklist",
  'policy.ipReputation.summary':
    "The recipient's server refused the connection or the message because of the sending IP address's reputation, not because of the message itself.",
  'policy.ipReputation.why':
    'Blocklists such as Spamhaus list addresses that sent spam (often a hacked account or an infected device on the same network). The Spamhaus PBL lists home and dynamic address ranges that should not send mail straight to other servers at all. Cloud and shared-hosting addresses inherit the history of earlier users.',
  'policy.ipReputation.confirm.lookup': 'Look the IP address up',
  'policy.ipReputation.confirm.lookup.detail':
    "Spamhaus's IP and Domain Reputation Checker (check.spamhaus.org) says which list and why; the rejection often carries a link too.",
  'policy.ipReputation.step.pbl':
    "On a home or dynamic address (PBL), send through your provider's server instead of delivering directly",
  'policy.ipReputation.step.pbl.detail':
    'Use its submission port 587 or 465 with a login, or a relay service.',
  'policy.ipReputation.step.spam':
    'If the address was listed for spam, find and stop the cause, then ask for removal',
  'policy.ipReputation.step.spam.detail':
    'Typical causes: a compromised mail account, an infected computer, an abused contact form, an open relay.',
  'policy.ipReputation.step.cloud': 'On a cloud server, send through a relay service',
  'policy.ipReputation.step.cloud.detail': 'Their addresses have a maintained reputation.',
  'policy.reverseDns.title': "The sending server's IP address has no matching reverse DNS (PTR)",
  'policy.reverseDns.summary':
    "The recipient's server looked up the name of the sending IP address (reverse DNS) and found none, or one that does not point back to the same address, so it refused the connection.",
  'policy.reverseDns.why':
    'Receiving servers expect a real mail server to have a PTR record naming it, and that name to resolve back to the same address (forward-confirmed reverse DNS). Home connections and new cloud servers often have none, or a generic one.',
  'policy.reverseDns.confirm.lookup': "Look up the PTR of the server's public IP, then the name it returns",
  'policy.reverseDns.step.ptr': 'Set the PTR record where the IP address is managed',
  'policy.reverseDns.step.ptr.detail':
    "That is your hosting provider's control panel or your ISP, not your domain's DNS zone.",
  'policy.reverseDns.step.helo':
    "Make the PTR name resolve to the same IP, and use it as the server's HELO/EHLO name",
  'policy.reverseDns.step.relay': 'If you cannot set a PTR (a home connection), send through a relay',

  // lib/audience: who the lower sections of a card speak to
  'policy.audience.thisDevice.stepsHeading': 'How to fix it, step by step',
  'policy.audience.thisDevice.settingsPlace':
    'Open the outgoing (SMTP) server settings of the app that sends the mail — the guide for your app is below.',
  'policy.audience.thisDevice.probesFrom': 'Tests from this computer through your probe backend',
  'policy.audience.thisDevice.measuredFrom': 'Measured from this computer:',
  'policy.audience.webServer.stepsHeading': 'How the site’s administrator fixes it',
  'policy.audience.webServer.settingsPlace':
    'Open the mail (SMTP) settings of the site: the web app’s configuration or the hosting panel’s mail settings.',
  'policy.audience.webServer.probesFrom':
    'Tests from wherever your probe backend runs: on the server behind this page they show what that server can reach, on this computer only what this network can',
  'policy.audience.mailServer.stepsHeading': 'What the sender or the domain’s owner can do',
  'policy.audience.mailServer.settingsPlace':
    'Open the relay (smarthost) settings of the server that sends the mail.',
  'policy.audience.mailServer.probesFrom': 'Tests from wherever your probe backend runs',
  'policy.audience.probeBackend.measuredFrom': 'Measured by the probe backend:',

  // lib/explanations/glossary: what ports, error numbers and reply codes mean
  'policy.glossary.port.25':
    'SMTP between mail servers, for delivery to MX hosts; the port ISPs and clouds block most',
  'policy.glossary.port.465': 'submission with implicit TLS: encrypted from the first byte (RFC 8314)',
  'policy.glossary.port.587': 'submission: starts in plain text, then upgrades with STARTTLS (RFC 6409)',
  'policy.glossary.port.2525':
    'alternative submission port offered by relay services (not an IANA-assigned port)',
  'policy.glossary.port.2465': 'Amazon SES alternative to 465 (implicit TLS)',
  'policy.glossary.port.2587': 'Amazon SES alternative to 587 (STARTTLS)',
  'policy.glossary.errno.timedOut':
    'connection timed out: no answer at all, typical of a firewall that silently drops the traffic',
  'policy.glossary.errno.refused':
    'connection refused: the host answered, but nothing accepts connections on that port',
  'policy.glossary.errno.hostUnreachable': 'no route to host: the network cannot reach that address',
  'policy.glossary.errno.networkUnreachable':
    'network unreachable: no route at all (often an IPv6 address on an IPv4-only network)',
  'policy.glossary.errno.permission':
    'permission denied: a policy on this machine (SELinux, a local firewall) stopped the connection',
  'policy.glossary.errno.reset': 'connection reset: the other side (or a middlebox) cut the connection',
  'policy.glossary.errno.notFound': 'host name not found in DNS',
  'policy.glossary.errno.dnsAgain': 'DNS lookup failed temporarily (no answer from the DNS server)',
  'policy.glossary.errno.nodemailerConnection': 'Nodemailer: the connection to the SMTP server failed',
  'policy.glossary.errno.nodemailerSocket': 'Nodemailer: a network (socket) error',
  'policy.glossary.errno.nodemailerAuth': 'Nodemailer: the server rejected the login',
  'policy.glossary.errno.nodemailerNoAuth':
    'Nodemailer: the server needs a login but no credentials were given',
  'policy.glossary.errno.nodemailerTls': 'Nodemailer: the TLS (encryption) setup failed',
  'policy.glossary.errno.nodemailerEnvelope':
    'Nodemailer: the server refused the sender or a recipient address',
  'policy.glossary.errno.nodemailerMessage': 'Nodemailer: the server refused the message',
  'policy.glossary.errno.nodemailerProtocol':
    'Nodemailer: the server answered with something that is not SMTP',
  'policy.glossary.errno.nodemailerDns': 'Nodemailer: the SMTP host name could not be resolved',
  'policy.glossary.reply.421': 'service not available, the server is closing the connection (temporary)',
  'policy.glossary.reply.432': 'a password transition is needed',
  'policy.glossary.reply.450': 'mailbox unavailable right now (temporary)',
  'policy.glossary.reply.451': 'local error in processing; try again later (temporary)',
  'policy.glossary.reply.452': 'insufficient storage (temporary)',
  'policy.glossary.reply.454': 'temporary authentication failure, or TLS not available right now',
  'policy.glossary.reply.455': 'the server cannot accommodate the parameters (temporary)',
  'policy.glossary.reply.500': 'command not recognised',
  'policy.glossary.reply.501': 'syntax error in the parameters',
  'policy.glossary.reply.502': 'command not implemented',
  'policy.glossary.reply.503': 'bad sequence of commands',
  'policy.glossary.reply.504': 'command parameter not implemented',
  'policy.glossary.reply.521': 'this host does not accept mail',
  'policy.glossary.reply.530': 'authentication required (or STARTTLS first)',
  'policy.glossary.reply.534': 'authentication mechanism is too weak',
  'policy.glossary.reply.535': 'authentication credentials invalid',
  'policy.glossary.reply.538': 'encryption required for this authentication mechanism',
  'policy.glossary.reply.550': 'mailbox unavailable or action refused by policy',
  'policy.glossary.reply.551': 'user not local',
  'policy.glossary.reply.552': 'exceeded storage allocation (message or mailbox too big)',
  'policy.glossary.reply.553': 'mailbox name not allowed (address refused)',
  'policy.glossary.reply.554': 'transaction failed',
  'policy.glossary.reply.555': 'MAIL FROM / RCPT TO parameters not recognised',
  'policy.glossary.reply.556': 'domain does not accept mail',
  'policy.glossary.reply.temporary': 'temporary failure: the sender may retry later',
  'policy.glossary.reply.permanent': 'permanent failure: retrying the same way will fail again',
  'policy.glossary.enhanced.0.0': 'other undefined status',
  'policy.glossary.enhanced.1.0': 'other address status',
  'policy.glossary.enhanced.1.1': 'bad destination mailbox address (no such user)',
  'policy.glossary.enhanced.1.2': 'bad destination system address',
  'policy.glossary.enhanced.1.3': 'bad destination mailbox address syntax',
  'policy.glossary.enhanced.1.4': 'destination mailbox address ambiguous',
  'policy.glossary.enhanced.1.5': 'destination address valid',
  'policy.glossary.enhanced.1.6': 'destination mailbox has moved, no forwarding address',
  'policy.glossary.enhanced.1.7': "bad sender's mailbox address syntax",
  'policy.glossary.enhanced.1.8': "bad sender's system address",
  'policy.glossary.enhanced.1.9': 'message relayed to a non-compliant mailer',
  'policy.glossary.enhanced.1.10': 'recipient address has null MX (the domain takes no mail)',
  'policy.glossary.enhanced.2.0': 'other or undefined mailbox status',
  'policy.glossary.enhanced.2.1': 'mailbox disabled, not accepting messages',
  'policy.glossary.enhanced.2.2': 'mailbox full',
  'policy.glossary.enhanced.2.3': 'message length exceeds administrative limit',
  'policy.glossary.enhanced.2.4': 'mailing list expansion problem',
  'policy.glossary.enhanced.3.0': 'other or undefined mail system status',
  'policy.glossary.enhanced.3.1': 'mail system full',
  'policy.glossary.enhanced.3.2': 'system not accepting network messages',
  'policy.glossary.enhanced.3.3': 'system not capable of selected features',
  'policy.glossary.enhanced.3.4': 'message too big for system',
  'policy.glossary.enhanced.3.5': 'system incorrectly configured',
  'policy.glossary.enhanced.4.0': 'other or undefined network or routing status',
  'policy.glossary.enhanced.4.1': 'no answer from host',
  'policy.glossary.enhanced.4.2': 'bad connection',
  'policy.glossary.enhanced.4.3': 'directory server failure (often DNS)',
  'policy.glossary.enhanced.4.4': 'unable to route',
  'policy.glossary.enhanced.4.5': 'mail system congestion',
  'policy.glossary.enhanced.4.6': 'routing loop detected',
  'policy.glossary.enhanced.4.7': 'delivery time expired',
  'policy.glossary.enhanced.5.0': 'other or undefined protocol status',
  'policy.glossary.enhanced.5.1': 'invalid command',
  'policy.glossary.enhanced.5.2': 'syntax error',
  'policy.glossary.enhanced.5.3': 'too many recipients',
  'policy.glossary.enhanced.5.4': 'invalid command arguments',
  'policy.glossary.enhanced.5.5': 'wrong protocol version',
  'policy.glossary.enhanced.5.6': 'authentication exchange line is too long',
  'policy.glossary.enhanced.6.0': 'other or undefined media error',
  'policy.glossary.enhanced.6.1': 'media not supported',
  'policy.glossary.enhanced.6.2': 'conversion required and prohibited',
  'policy.glossary.enhanced.6.3': 'conversion required but not supported',
  'policy.glossary.enhanced.6.4': 'conversion with loss performed',
  'policy.glossary.enhanced.6.5': 'conversion failed',
  'policy.glossary.enhanced.6.6': 'message content not available',
  'policy.glossary.enhanced.6.7': 'non-ASCII addresses not permitted for that sender or recipient',
  'policy.glossary.enhanced.6.8': 'UTF-8 reply required but not permitted by the client',
  'policy.glossary.enhanced.6.9': 'UTF-8 header cannot be transferred to a recipient',
  'policy.glossary.enhanced.6.10':
    'UTF-8 reply required but not permitted by the client (deprecated duplicate of X.6.8)',
  'policy.glossary.enhanced.7.0': 'other or undefined security status',
  'policy.glossary.enhanced.7.1': 'delivery not authorized, message refused',
  'policy.glossary.enhanced.7.2': 'mailing list expansion prohibited',
  'policy.glossary.enhanced.7.3': 'security conversion required but not possible',
  'policy.glossary.enhanced.7.4': 'security features not supported',
  'policy.glossary.enhanced.7.5': 'cryptographic failure',
  'policy.glossary.enhanced.7.6': 'cryptographic algorithm not supported',
  'policy.glossary.enhanced.7.7': 'message integrity failure',
  'policy.glossary.enhanced.7.8': 'authentication credentials invalid',
  'policy.glossary.enhanced.7.9': 'authentication mechanism is too weak',
  'policy.glossary.enhanced.7.10': 'encryption needed',
  'policy.glossary.enhanced.7.11': 'encryption required for requested authentication mechanism',
  'policy.glossary.enhanced.7.12': 'a password transition is needed',
  'policy.glossary.enhanced.7.13': 'user account disabled',
  'policy.glossary.enhanced.7.14': 'trust relationship required',
  'policy.glossary.enhanced.7.15': 'priority level is too low',
  'policy.glossary.enhanced.7.16': 'message is too big for the specified priority',
  'policy.glossary.enhanced.7.17': 'mailbox owner has changed',
  'policy.glossary.enhanced.7.18': 'domain owner has changed',
  'policy.glossary.enhanced.7.19': 'RRVS test cannot be completed',
  'policy.glossary.enhanced.7.20': 'no passing DKIM signature found',
  'policy.glossary.enhanced.7.21': 'no acceptable DKIM signature found',
  'policy.glossary.enhanced.7.22': 'no valid author-matched DKIM signature found',
  'policy.glossary.enhanced.7.23': 'SPF validation failed',
  'policy.glossary.enhanced.7.24': 'SPF validation error',
  'policy.glossary.enhanced.7.25': 'reverse DNS validation failed',
  'policy.glossary.enhanced.7.26': 'multiple authentication checks failed',
  'policy.glossary.enhanced.7.27': 'sender address has null MX',
  'policy.glossary.enhanced.7.28': 'mail flood detected',
  'policy.glossary.enhanced.7.29': 'ARC validation failure',
  'policy.glossary.enhanced.7.30': 'REQUIRETLS support required',
  'policy.glossary.subject.0': 'other problem',
  'policy.glossary.subject.1': 'address problem',
  'policy.glossary.subject.2': 'mailbox problem',
  'policy.glossary.subject.3': 'mail system problem',
  'policy.glossary.subject.4': 'network and routing problem',
  'policy.glossary.subject.5': 'mail delivery protocol problem',
  'policy.glossary.subject.6': 'message content problem',
  'policy.glossary.subject.7': 'security or policy problem',
  'policy.glossary.kind.success': 'success',
  'policy.glossary.kind.temporary': 'temporary',
  'policy.glossary.kind.permanent': 'permanent',
  'policy.glossary.enhanced.known': '{kind}: {detail}',
  'policy.glossary.enhanced.bySubject': '{kind}, {problem}',
} as const;
