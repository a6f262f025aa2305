import type { TranslationOf } from '../../catalog';
import type { fix as english } from '../en/fix';

export const fix: TranslationOf<typeof english> = {
  'fix.label.server': 'Server',
  'fix.label.port': 'Port',
  'fix.label.security': 'Sicherheit',
  'fix.label.username': 'Benutzername',
  'fix.security.ssl': 'SSL/TLS (verschlüsselt ab dem ersten Byte)',
  'fix.secret.password': 'Ihr Postfach-Passwort',
  'fix.secret.appPassword': 'ein App-Passwort',
  'fix.secret.apiKey': 'der API-Schlüssel',
  'fix.secret.smtpPassword': 'das SMTP-Passwort',
  'fix.secret.bridgePassword': 'das Bridge-Passwort',
  'fix.providerFallback': 'Ihr E-Mail-Anbieter',

  'fix.walkthrough.title': 'Über {provider} senden: {host}, Port {port}, {security}',
  'fix.walkthrough.settingsPlace.thisDevice':
    'Öffnen Sie die Einstellungen für den Postausgangsserver (SMTP) der App, die die Mail sendet — die Anleitung für Ihre App steht unten.',
  'fix.walkthrough.settingsPlace.webServer':
    'Öffnen Sie die Mail-Einstellungen (SMTP) der Website: die Konfiguration der Web-App oder die Mail-Einstellungen im Hosting-Panel.',
  'fix.walkthrough.settingsPlace.mailServer':
    'Öffnen Sie die Relay-Einstellungen (Smarthost) des Servers, der die Mail sendet.',
  'fix.walkthrough.server': 'Tragen Sie als Server (Host) {host} ein.',
  'fix.walkthrough.port': 'Stellen Sie den Port auf {port} und die Verbindungssicherheit auf {security}.',
  'fix.walkthrough.username':
    'Schalten Sie die Authentifizierung ein und geben Sie den Benutzernamen {username} ein.',
  'fix.walkthrough.create.appPassword':
    'Erstellen Sie ein App-Passwort für {provider} und fügen Sie es als Passwort ein — nicht Ihr normales Anmeldepasswort.',
  'fix.walkthrough.create.apiKey':
    'Erstellen Sie den API-Schlüssel für {provider} und fügen Sie ihn als Passwort ein — nicht Ihr normales Anmeldepasswort.',
  'fix.walkthrough.create.smtpPassword':
    'Erstellen Sie das SMTP-Passwort für {provider} und fügen Sie es als Passwort ein — nicht Ihr normales Anmeldepasswort.',
  'fix.walkthrough.create.bridgePassword':
    'Erstellen Sie das Bridge-Passwort für {provider} und fügen Sie es als Passwort ein — nicht Ihr normales Anmeldepasswort.',
  'fix.walkthrough.createLink.appPassword': 'App-Passwort erstellen',
  'fix.walkthrough.createLink.apiKey': 'API-Schlüssel erstellen',
  'fix.walkthrough.createLink.smtpPassword': 'SMTP-Passwort erstellen',
  'fix.walkthrough.createLink.bridgePassword': 'Bridge-Passwort erstellen',
  'fix.walkthrough.enter.password': 'Geben Sie als Passwort Ihr Postfach-Passwort ein.',
  'fix.walkthrough.enter.appPassword': 'Geben Sie als Passwort ein App-Passwort ein.',
  'fix.walkthrough.enter.apiKey': 'Geben Sie als Passwort den API-Schlüssel ein.',
  'fix.walkthrough.enter.smtpPassword': 'Geben Sie als Passwort das SMTP-Passwort ein.',
  'fix.walkthrough.enter.bridgePassword': 'Geben Sie als Passwort das Bridge-Passwort ein.',
  'fix.walkthrough.test': 'Speichern Sie und senden Sie sich dann eine Testnachricht.',
  'fix.walkthrough.note.ssl':
    'Port {port} erwartet TLS ab dem ersten Byte: Wählen Sie hier STARTTLS, hängt die Verbindung oder scheitert mit „wrong version number“.',
  'fix.walkthrough.note.starttls':
    'Port {port} beginnt unverschlüsselt und wechselt mit STARTTLS zu TLS: Wählen Sie hier SSL/TLS, scheitert die Verbindung.',

  'fix.port25.measuredFrom.thisComputer': 'Gemessen von diesem Computer:',
  'fix.port25.measuredFrom.probeBackend': 'Gemessen vom Prüf-Backend:',
  'fix.port25.tcp.open': 'verbunden',
  'fix.port25.tcp.timeout': 'keine Antwort (Zeitüberschreitung der Verbindung)',
  'fix.port25.tcp.refused': 'Verbindung abgelehnt',
  'fix.port25.tcp.unreachable': 'Netzwerk nicht erreichbar',
  'fix.port25.tcp.dnsError': 'der Hostname ließ sich nicht auflösen',
  'fix.port25.evidence.line': 'Port {port}: {result}',
  'fix.port25.evidence.lineTo': 'Port {port} zu {host}: {result}',
  'fix.port25.evidence.after': 'nach {ms} ms',
  'fix.port25.evidence.greeting': '(Begrüßung: „{banner}“)',
  'fix.port25.evidence.tested': '— getestet {time} UTC',
  'fix.port25.why.port25':
    'Über Port 25 geben Mailserver einander Nachrichten weiter. Infizierte Computer und gemietete Server missbrauchen ihn, um Spam direkt an die Server der Empfänger zu senden; deshalb sperren die meisten Internetanbieter und Cloud-Hoster ihn ausgehend.',
  'fix.port25.why.submission':
    'Mail-Apps und Websites brauchen Port 25 nicht: Sie liefern Mail bei ihrem Anbieter über 587 (STARTTLS) oder 465 (SSL/TLS) mit Benutzername und Passwort ein, und diese Ports sind für Kunden gedacht.',
  'fix.port25.why.timeout':
    'Ein gesperrter Port zeigt sich als Verbindung mit Zeitüberschreitung, nicht als falsches Passwort — andere Zugangsdaten helfen nicht.',
  'fix.port25.why.otherPort':
    'Etwas zwischen diesem Absender und dem Server verwirft Verbindungen zu Port {port}.',
  'fix.port25.submission.title.admin': 'Über den E-Mail-Anbieter auf 587 oder 465 senden',
  'fix.port25.submission.title.sender': 'Über Ihren Anbieter auf 587 oder 465 senden',
  'fix.port25.submission.settings.admin':
    'Verwenden Sie in den Mail-Einstellungen der Website (Web-App oder Hosting-Panel) {host}, Port {port}, {security}, mit Authentifizierung. Wenn Sie einen eigenen Mailserver betreiben, lassen Sie ihn über diesen Server weiterleiten (ein „Smarthost“), statt auf Port 25 zuzustellen.',
  'fix.port25.submission.settings.sender':
    'Stellen Sie die App auf {host}, Port {port}, {security}, mit Authentifizierung. Wenn Sie einen eigenen Mailserver betreiben, lassen Sie ihn über diesen Server weiterleiten (ein „Smarthost“), statt auf Port 25 zuzustellen.',
  'fix.port25.submission.generic.admin':
    'Verwenden Sie in den Mail-Einstellungen der Website den Einlieferungsserver des E-Mail-Anbieters auf 587 (STARTTLS) oder 465 (SSL/TLS) mit Benutzername und Passwort des Postfachs, oder lassen Sie den Server über ihn weiterleiten (ein „Smarthost“), statt auf Port 25 zuzustellen.',
  'fix.port25.submission.generic.sender':
    'Verwenden Sie den Einlieferungsserver Ihres E-Mail-Anbieters auf 587 (STARTTLS) oder 465 (SSL/TLS) mit Ihrem Benutzernamen und Passwort. Wenn Sie einen eigenen Mailserver betreiben, lassen Sie ihn über einen solchen Server weiterleiten (ein „Smarthost“), statt auf Port 25 zuzustellen.',
  'fix.port25.submission.createAppPassword': 'App-Passwort erstellen',
  'fix.port25.submission.blockedOne.policy':
    'Hinweis: {port} ist hier ebenfalls gesperrt (Richtlinie von {policy}).',
  'fix.port25.submission.blockedOne.probe': 'Hinweis: {port} ist hier ebenfalls gesperrt (Messung).',
  'fix.port25.submission.blockedBoth.policy':
    'Hinweis: {first} und {second} sind hier ebenfalls gesperrt (Richtlinie von {policy}).',
  'fix.port25.submission.blockedBoth.probe':
    'Hinweis: {first} und {second} sind hier ebenfalls gesperrt (Messung).',
  'fix.port25.relay.title': 'Einen Relay-Dienst auf Port 2525 nutzen',
  'fix.port25.relay.text':
    'Relay-Dienste lauschen auf 2525 für Netze, die die üblichen Ports sperren: {relays}. Registrieren Sie sich, bestätigen Sie Ihre Absenderdomain und verwenden Sie deren Host mit Port 2525 und STARTTLS.',
  'fix.port25.relay.blocked': 'Hinweis: Die Messung erreichte auch 2525 von hier aus nicht.',
  'fix.port25.ask.title.policy': '{policy} bitten, Port {port} freizugeben',
  'fix.port25.ask.title.admin': 'Den Hosting-Anbieter bitten, Port {port} freizugeben',
  'fix.port25.ask.title.sender': 'Ihren Internetanbieter oder Hoster bitten, Port {port} freizugeben',
  'fix.port25.ask.text.admin':
    'Fragen Sie die Firma, die den Server hostet, ob ausgehender Port {port} dort gesperrt ist und wie Sie eine Ausnahme bekommen. Die Anfrage unten nennt den Port.',
  'fix.port25.ask.text.sender':
    'Fragen Sie Ihren Internetanbieter oder Hoster, ob ausgehender Port {port} gesperrt ist und wie Sie eine Ausnahme bekommen. Die Anfrage unten nennt den Port und die Messwerte.',
  'fix.port25.ask.howLink': '{policy}: So fragen Sie an',
  'fix.port25.title.policy': '{policy} sperrt ausgehenden Port {port}',
  'fix.port25.title.admin': 'Das Netz des Servers sperrt womöglich ausgehenden Port {port}',
  'fix.port25.title.sender': 'Ausgehender Port {port} ist in diesem Netz gesperrt',
  'fix.port25.request.greeting.policy': 'Guten Tag, Support von {policy},',
  'fix.port25.request.greeting.generic': 'Guten Tag,',
  'fix.port25.request.allow.server':
    'bitte erlauben Sie ausgehende Verbindungen zu TCP-Port {port} (SMTP) von meinem Server.',
  'fix.port25.request.allow.serverHost':
    'bitte erlauben Sie ausgehende Verbindungen zu TCP-Port {port} (SMTP) von meinem Server {host}.',
  'fix.port25.request.allow.connection':
    'bitte erlauben Sie ausgehende Verbindungen zu TCP-Port {port} (SMTP) von meinem Anschluss.',
  'fix.port25.request.allow.connectionHost':
    'bitte erlauben Sie ausgehende Verbindungen zu TCP-Port {port} (SMTP) von meinem Anschluss {host}.',
  'fix.port25.request.measured': 'Was ich von diesem Rechner aus gemessen habe:',
  'fix.port25.request.noEvidence':
    'Verbindungen von dort zu Mailservern auf Port {port} laufen in eine Zeitüberschreitung, andere Ports funktionieren.',
  'fix.port25.request.documentation': 'In Ihrer Dokumentation steht: {summary}',
  'fix.port25.request.whatSends':
    'Was die Mail sendet: [beschreiben Sie es — z. B. mein eigener Mailserver für example.com, etwa N Nachrichten am Tag an meine Kunden].',
  'fix.port25.request.hygiene':
    'Der Server hat einen gültigen Reverse-DNS-Eintrag (PTR), SPF und DKIM für meine Domain und ist kein offenes Relay. [an Ihre Umgebung anpassen]',
  'fix.port25.request.remove':
    'Bitte heben Sie die Sperre für ausgehenden Port {port} auf oder sagen Sie mir, was Sie sonst noch von mir brauchen.',
  'fix.port25.request.thanks': 'Vielen Dank',
  'fix.port25.request.signature': '[Ihr Name, Kunden- oder Vertragsnummer]',
  'fix.port25.request.to.admin': 'der Hosting-Anbieter',
  'fix.port25.request.to.sender': 'Ihr Internet- oder Hosting-Anbieter',
  'fix.port25.request.subject': 'Bitte um Freigabe des ausgehenden TCP-Ports {port}',
  'fix.port25.request.subjectHost': 'Bitte um Freigabe des ausgehenden TCP-Ports {port} für {host}',
};
