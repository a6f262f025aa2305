import type { TranslationOf } from '../../catalog';
import type { providers as english } from '../en/providers';

export const providers: TranslationOf<typeof english> = {
  'providers.auth.m365SmtpAuthDisabled.title':
    'Microsoft 365: SMTP AUTH ist für diesen Mandanten oder dieses Postfach ausgeschaltet',
  'providers.auth.m365SmtpAuthDisabled.summary':
    'SMTP AUTH ist für Organisationen, die nach Januar 2020 angelegt wurden, deaktiviert. Drei Schalter müssen es alle erlauben: die Sicherheitsstandards, die Mandanteneinstellung SmtpClientAuthenticationDisabled und „Authentifiziertes SMTP“ des Postfachs.',
  'providers.auth.m365SmtpAuthDisabled.step1':
    'Bitten Sie Ihren Microsoft 365-Administrator, „Authentifiziertes SMTP“ für dieses Postfach einzuschalten.',
  'providers.auth.m365SmtpAuthDisabled.step2':
    'Wenn der Mandant es sperrt (SmtpClientAuthenticationDisabled = true) oder die Sicherheitsstandards aktiv sind, muss der Administrator SMTP AUTH für den Mandanten erlauben oder das Postfach ausnehmen.',
  'providers.auth.m365SmtpAuthDisabled.step3':
    'Nutzen Sie OAuth2, wo die App es kann: Die Standardauthentifizierung (Basic) für SMTP AUTH wird abgeschafft.',

  'providers.auth.m365BasicAuthRetirement.title':
    'Microsoft 365: Die Standardauthentifizierung (Basic) für SMTP AUTH wird abgeschafft',
  'providers.auth.m365BasicAuthRetirement.summary':
    'Exchange Online entfernt die Anmeldung mit Benutzername und Passwort (Basic) beim Senden über SMTP-Clients (Message Center MC786329). Apps müssen auf OAuth2 oder einen anderen Versandweg umsteigen.',
  'providers.auth.m365BasicAuthRetirement.step1':
    'Wenn die App oder das Gerät OAuth2 für SMTP unterstützt, stellen Sie auf OAuth2 um.',
  'providers.auth.m365BasicAuthRetirement.step2':
    'Wenn nicht: Senden Sie über ein SMTP-Relay mit Connector, Azure Communication Services Email, Microsoft 365 High Volume Email (interne Mail) oder ein Relay eines Drittanbieters.',
  'providers.auth.m365BasicAuthRetirement.step3':
    'Bis sich die Voreinstellung ändert, kann ein Administrator SMTP AUTH mit Basic pro Mandant weiter erlauben; planen Sie den Umstieg trotzdem.',
  'providers.auth.m365BasicAuthRetirement.timeline.announced': 'Angekündigt für September 2025.',
  'providers.auth.m365BasicAuthRetirement.timeline.delayed':
    'Verschoben: Ablehnungen sollten am 2026-03-01 beginnen und bis 2026-04-30 100 % erreichen.',
  'providers.auth.m365BasicAuthRetirement.timeline.replanned':
    'Neu geplant: Verhalten bis Dezember 2026 unverändert.',
  'providers.auth.m365BasicAuthRetirement.timeline.defaultOff':
    'Ende Dezember 2026: für bestehende Mandanten standardmäßig deaktiviert; Administratoren können es noch einschalten. Für Mandanten, die nach Dezember 2026 angelegt werden, ist es standardmäßig nicht verfügbar.',
  'providers.auth.m365BasicAuthRetirement.timeline.finalDate':
    'Zweite Hälfte 2027: Microsoft gibt das endgültige Abschaltdatum bekannt.',
  'providers.auth.m365BasicAuthRetirement.status.before':
    'Bis Ende Dezember 2026 funktioniert SMTP AUTH mit Standardauthentifizierung (Basic) weiter, wo der Mandant es erlaubt.',
  'providers.auth.m365BasicAuthRetirement.status.after':
    'Seit Ende Dezember 2026 ist SMTP AUTH mit Standardauthentifizierung (Basic) für bestehende Mandanten standardmäßig deaktiviert (ein Administrator kann es wieder einschalten) und für neue Mandanten standardmäßig nicht verfügbar; Microsoft gibt das endgültige Abschaltdatum in der zweiten Hälfte 2027 bekannt.',

  'providers.auth.outlookComOAuth.title':
    'Outlook.com / Hotmail: Passwörter funktionieren in Mail-Apps nicht mehr',
  'providers.auth.outlookComOAuth.summary':
    'Seit dem 2024-09-16 akzeptieren private Microsoft-Konten (outlook.com, hotmail.com, live.com, msn.com) in anderen Mail-Apps nur noch moderne Authentifizierung (OAuth2). Passwörter und App-Passwörter werden über SMTP abgelehnt.',
  'providers.auth.outlookComOAuth.step1':
    'Verwenden Sie eine Mail-App, die sich mit Microsoft anmeldet (OAuth2): aktuelles Outlook, Thunderbird, Apple Mail.',
  'providers.auth.outlookComOAuth.step2':
    'Für ein Skript oder Gerät, das nur ein Passwort senden kann, senden Sie stattdessen über einen anderen Anbieter oder ein Relay.',

  'providers.auth.googleLessSecureApps.title': 'Google: Das Kontopasswort funktioniert für SMTP nicht mehr',
  'providers.auth.googleLessSecureApps.summary':
    'Google hat die Anmeldung mit Passwort für „weniger sichere Apps“ abgeschaltet: für private Konten am 2022-05-30, für Workspace-Konten am 2024-09-30 („mit Ausnahme von App-Passwörtern“). Gmail antwortet „535 5.7.8 Username and Password not accepted“ oder „534 5.7.9 Application-specific password required“.',
  'providers.auth.googleLessSecureApps.step1':
    'Schalten Sie die Bestätigung in zwei Schritten für das Google-Konto ein.',
  'providers.auth.googleLessSecureApps.step2':
    'Erstellen Sie ein App-Passwort und verwenden Sie es statt des Kontopassworts (der Benutzername bleibt Ihre vollständige Adresse).',
  'providers.auth.googleLessSecureApps.step3':
    'Oder verwenden Sie eine App, die sich mit Google anmeldet (OAuth2).',
  'providers.auth.googleLessSecureApps.timeline.personalOff':
    'Weniger sichere Apps für private Google-Konten abgeschaltet.',
  'providers.auth.googleLessSecureApps.timeline.workspaceNew':
    'Workspace: neue Verbindungen von weniger sicheren Apps abgelehnt.',
  'providers.auth.googleLessSecureApps.timeline.workspaceOff':
    'Workspace: Anmeldung mit Passwort für IMAP, SMTP, POP, CalDAV, CardDAV abgeschaltet (außer App-Passwörtern).',

  'providers.auth.appPassword.title': '{provider}: Verwenden Sie ein App-Passwort',
  'providers.auth.appPassword.step1':
    'Erstellen Sie ein App-Passwort in den Kontoeinstellungen von {provider}.',
  'providers.auth.appPassword.step2': 'Geben Sie es in der Mail-App statt Ihres Kontopassworts ein.',
  'providers.auth.yahoo.summary':
    'Mail-Apps, die nicht die eigene Anmeldeseite von Yahoo verwenden, müssen sich mit einem App-Passwort anmelden („App-Passwort generieren“ unter Kontosicherheit). App-Passwörter funktionieren weiter, wenn Sie das Hauptpasswort ändern.',
  'providers.auth.icloud.summary':
    'iCloud Mail lehnt das Passwort des Apple Accounts über SMTP ab: Erstellen Sie ein app-spezifisches Passwort (erfordert die Zwei-Faktor-Authentifizierung) und verwenden Sie Ihre iCloud-Adresse als Benutzernamen.',
  'providers.auth.fastmail.summary':
    'Fastmail: Ihr normales Fastmail-Passwort können Sie in Mail-Apps nicht verwenden — erstellen Sie ein App-Passwort mit SMTP-Zugriff. Der Basic-Tarif hat kein SMTP.',
  'providers.auth.yandex.summary':
    'Mail-Apps melden sich bei Yandex mit einem App-Passwort an; „wenn die Zwei-Faktor-Authentifizierung eingeschaltet ist, sind App-Passwörter erforderlich“.',
  'providers.auth.zoho.summary':
    'Mit eingeschalteter Zwei-Faktor-Authentifizierung braucht Zoho Mail in Mail-Apps ein anwendungsspezifisches Passwort. Verwenden Sie den SMTP-Host Ihres Rechenzentrums (smtp.zoho.eu, smtp.zoho.in, …).',
  'providers.username.email': 'Ihre vollständige E-Mail-Adresse',
  'providers.username.localpart': 'der Teil Ihrer Adresse vor dem @',
  'providers.username.literal': 'genau der Text „{value}“',
  'providers.discovery.detail.noUsableServer': 'kein nutzbarer SMTP-Server',
  'providers.discovery.detail.noSrv': 'keine SRV-Einträge',
  'providers.discovery.detail.noDomain': 'Domain existiert nicht',
  'providers.discovery.detail.noMx': 'keine MX-Einträge',
  'providers.discovery.detail.mxUnknown': 'der MX-Host gehört zu keinem bekannten Anbieter',
  'providers.discovery.detail.mxUnknownIspdb':
    'der MX-Host gehört zu keinem bekannten Anbieter; ISPDB {base}: {detail}',
  'providers.discovery.detail.noPreset': 'keine Vorgabe für diese Domain',
  'providers.discovery.detail.offline': 'offline',
  'providers.discovery.detail.noNetwork': 'kein Netzwerkzugriff und kein Resolver angegeben',
  'providers.discovery.notConfirmed': '{text} (nicht bestätigt)',
  'providers.discovery.username.asGiven': 'wie vom Anbieter angegeben',
  'providers.discovery.username.formed': 'gebildet nach {template}',
  'providers.discovery.username.srv': 'nicht im DNS veröffentlicht: meist Ihre vollständige E-Mail-Adresse',
  'providers.discovery.plainLast':
    'Ein Server ohne TLS steht am Ende der Liste; meiden Sie ihn, wenn ein anderer funktioniert.',
  'providers.discovery.oauthOnly':
    'Dieser Anbieter erlaubt nur die Anmeldung mit OAuth2: Verwenden Sie eine Mail-App, die das unterstützt.',
  'providers.discovery.srvNotOffered': '{label} ist als nicht angeboten veröffentlicht (Ziel „.“).',
  'providers.discovery.mxProvider': 'Die Mail dieser Domain läuft über {provider} (MX {mx}).',
  'providers.discovery.mxIspdb': 'Gefunden über die Domain {base} des MX-Hosts in der ISPDB von Thunderbird.',
  'providers.discovery.notAnAddress': 'Das ist keine E-Mail-Adresse und kein Domainname.',
  'providers.discovery.skipped':
    'Die Suche im Netz wurde übersprungen; nur die eingebauten Vorgaben wurden geprüft.',
  'providers.discovery.failed':
    'Die Suche im Netz ist gescheitert (keine Antwort vom DNS oder den Autoconfig-Servern); nur die eingebauten Vorgaben wurden geprüft.',
  'providers.discovery.nothing':
    'Keine Quelle veröffentlicht Einstellungen für den Versand über diese Domain. Fragen Sie den E-Mail-Anbieter oder versuchen Sie smtp.<domain> / mail.<domain> auf 587 (STARTTLS) oder 465 (TLS).',
};
