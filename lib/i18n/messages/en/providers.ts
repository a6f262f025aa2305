/** English messages: provider-specific answers (lib/providers: auth-advisor and the notes it shows). */
export const providers = {
  'providers.auth.m365SmtpAuthDisabled.title':
    'Microsoft 365: SMTP AUTH is switched off for this tenant or mailbox',
  'providers.auth.m365SmtpAuthDisabled.summary':
    'SMTP AUTH is disabled for organisations created after January 2020. Three switches must all allow it: Security Defaults, the tenant setting SmtpClientAuthenticationDisabled, and the mailbox\'s "Authenticated SMTP".',
  'providers.auth.m365SmtpAuthDisabled.step1':
    'Ask your Microsoft 365 admin to turn on "Authenticated SMTP" for this mailbox.',
  'providers.auth.m365SmtpAuthDisabled.step2':
    'If the tenant blocks it (SmtpClientAuthenticationDisabled = true) or Security Defaults are on, the admin must allow SMTP AUTH for the tenant or exempt the mailbox.',
  'providers.auth.m365SmtpAuthDisabled.step3':
    'Prefer OAuth2 where the app supports it: Basic authentication for SMTP AUTH is being retired.',

  'providers.auth.m365BasicAuthRetirement.title':
    'Microsoft 365: Basic authentication for SMTP AUTH is being retired',
  'providers.auth.m365BasicAuthRetirement.summary':
    'Exchange Online is removing user-name-and-password (Basic) sign-in from SMTP client submission (Message Center MC786329). Apps must move to OAuth2 or another way of sending.',
  'providers.auth.m365BasicAuthRetirement.step1':
    'If the app or device supports OAuth2 for SMTP, switch it to OAuth2.',
  'providers.auth.m365BasicAuthRetirement.step2':
    'If it does not: send through a connector-based SMTP relay, Azure Communication Services Email, Microsoft 365 High Volume Email (internal mail), or a third-party relay.',
  'providers.auth.m365BasicAuthRetirement.step3':
    'Until the default changes, an admin can keep SMTP AUTH Basic working per tenant; plan the move anyway.',
  'providers.auth.m365BasicAuthRetirement.timeline.announced': 'Announced for September 2025.',
  'providers.auth.m365BasicAuthRetirement.timeline.delayed':
    'Delayed: rejections to begin 2026-03-01 and reach 100 % by 2026-04-30.',
  'providers.auth.m365BasicAuthRetirement.timeline.replanned':
    'Replanned: behaviour unchanged through December 2026.',
  'providers.auth.m365BasicAuthRetirement.timeline.defaultOff':
    'End of December 2026: disabled by default for existing tenants; admins can still enable it. Tenants created after December 2026 get it unavailable by default.',
  'providers.auth.m365BasicAuthRetirement.timeline.finalDate':
    'Second half of 2027: Microsoft announces the final removal date.',
  'providers.auth.m365BasicAuthRetirement.status.before':
    'Until the end of December 2026 SMTP AUTH with Basic authentication keeps working where the tenant allows it.',
  'providers.auth.m365BasicAuthRetirement.status.after':
    'Since the end of December 2026 SMTP AUTH with Basic authentication is disabled by default for existing tenants (an admin can re-enable it) and unavailable by default for new tenants; Microsoft will announce the final removal date in the second half of 2027.',

  'providers.auth.outlookComOAuth.title': 'Outlook.com / Hotmail: passwords no longer work in mail apps',
  'providers.auth.outlookComOAuth.summary':
    'Since 2024-09-16 personal Microsoft accounts (outlook.com, hotmail.com, live.com, msn.com) accept only modern authentication (OAuth2) in other mail apps. Passwords and app passwords are refused over SMTP.',
  'providers.auth.outlookComOAuth.step1':
    'Use a mail app that signs in with Microsoft (OAuth2): current Outlook, Thunderbird, Apple Mail.',
  'providers.auth.outlookComOAuth.step2':
    'For a script or device that can only send a password, send through another provider or a relay instead.',

  'providers.auth.googleLessSecureApps.title': 'Google: the account password no longer works for SMTP',
  'providers.auth.googleLessSecureApps.summary':
    'Google turned off password sign-in for "less secure apps": for personal accounts on 2022-05-30, for Workspace accounts on 2024-09-30 ("with the exception of app passwords"). Gmail answers "535 5.7.8 Username and Password not accepted" or "534 5.7.9 Application-specific password required".',
  'providers.auth.googleLessSecureApps.step1': 'Turn on 2-Step Verification for the Google account.',
  'providers.auth.googleLessSecureApps.step2':
    'Create an app password and use it instead of the account password (user name stays your full address).',
  'providers.auth.googleLessSecureApps.step3': 'Or use an app that signs in with Google (OAuth2).',
  'providers.auth.googleLessSecureApps.timeline.personalOff':
    'Less secure apps off for personal Google accounts.',
  'providers.auth.googleLessSecureApps.timeline.workspaceNew':
    'Workspace: new connections from less secure apps refused.',
  'providers.auth.googleLessSecureApps.timeline.workspaceOff':
    'Workspace: password sign-in off for IMAP, SMTP, POP, CalDAV, CardDAV (app passwords excepted).',

  'providers.auth.appPassword.title': '{provider}: use an app password',
  'providers.auth.appPassword.step1': 'Create an app password in your {provider} account settings.',
  'providers.auth.appPassword.step2': 'Enter it in the mail app instead of your account password.',
  'providers.auth.yahoo.summary':
    'Mail apps that do not use Yahoo\'s own sign-in page must sign in with an app password ("Generate app password" under Account Security). App passwords keep working after you change the main password.',
  'providers.auth.icloud.summary':
    'iCloud Mail rejects the Apple Account password over SMTP: create an app-specific password (needs two-factor authentication) and use your iCloud address as user name.',
  'providers.auth.fastmail.summary':
    'Fastmail: "You cannot use your regular Fastmail password" in mail apps — create an app password with SMTP access. The Basic plan has no SMTP.',
  'providers.auth.yandex.summary':
    'Yandex mail apps sign in with an app password; "when two-factor authentication is enabled, app passwords are required".',
  'providers.auth.zoho.summary':
    'With two-factor authentication on, Zoho Mail needs an application-specific password in mail apps. Use the SMTP host of your data centre (smtp.zoho.eu, smtp.zoho.in, …).',
  // lib/providers/lookup: how the user name is formed, when there is no address to form it from.
  'providers.username.email': 'your full email address',
  'providers.username.localpart': 'the part of your address before the @',
  'providers.username.literal': 'the literal text "{value}"',
  // lib/probe/discovery: notes on the settings it found.
  'providers.discovery.detail.noUsableServer': 'no usable SMTP server',
  'providers.discovery.detail.noSrv': 'no SRV records',
  'providers.discovery.detail.noDomain': 'domain does not exist',
  'providers.discovery.detail.noMx': 'no MX records',
  'providers.discovery.detail.mxUnknown': 'MX host is not a known provider',
  'providers.discovery.detail.mxUnknownIspdb': 'MX host is not a known provider; ISPDB {base}: {detail}',
  'providers.discovery.detail.noPreset': 'no preset for this domain',
  'providers.discovery.detail.offline': 'offline',
  'providers.discovery.detail.noNetwork': 'no fetch or resolver given',
  'providers.discovery.notConfirmed': '{text} (not confirmed)',
  'providers.discovery.username.asGiven': 'as given by the provider',
  'providers.discovery.username.formed': 'formed as {template}',
  'providers.discovery.username.srv': 'not published in DNS: usually your full email address',
  'providers.discovery.plainLast':
    'A server offered without TLS is listed last; avoid it when another one works.',
  'providers.discovery.oauthOnly':
    'This provider accepts only OAuth2 sign-in: use a mail app that supports it.',
  'providers.discovery.srvNotOffered': '{label} is published as not offered (target ".").',
  'providers.discovery.mxProvider': "The domain's mail is handled by {provider} (MX {mx}).",
  'providers.discovery.mxIspdb': "Found through the MX host's domain {base} in Thunderbird's ISPDB.",
  'providers.discovery.notAnAddress': 'That is not an email address or domain name.',
  'providers.discovery.skipped': 'Network discovery was skipped; only the built-in presets were checked.',
  'providers.discovery.failed':
    'Network discovery failed (no answer from DNS or the autoconfig servers); only the built-in presets were checked.',
  'providers.discovery.nothing':
    'No source published submission settings for this domain. Ask the mail provider, or try smtp.<domain> / mail.<domain> on 587 (STARTTLS) or 465 (TLS).',
} as const;
