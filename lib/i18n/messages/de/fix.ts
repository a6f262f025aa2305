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
  'fix.client.outlook.name': 'Outlook (klassische Desktop-App)',
  'fix.client.appleMail.name': 'Apple Mail (Mac)',
  'fix.client.gmailSendAs.name': 'Gmail „Senden als“',
  'fix.client.thunderbird.open':
    'Öffnen Sie die Konten-Einstellungen und wählen Sie links „Postausgang-Server (SMTP)“.',
  'fix.client.thunderbird.select':
    'Wählen Sie den Server, den Ihr Konto verwendet, und klicken Sie auf „Bearbeiten…“ (oder „Hinzufügen…“ für einen neuen).',
  'fix.client.thunderbird.serverName': 'Servername: {host}',
  'fix.client.thunderbird.port': 'Port: {port}',
  'fix.client.thunderbird.security': 'Verbindungssicherheit: {security}',
  'fix.client.thunderbird.auth':
    'Authentifizierungsmethode: Passwort, normal (OAuth2, wenn der Anbieter es verlangt)',
  'fix.client.thunderbird.username': 'Benutzername: {username}',
  'fix.client.thunderbird.ok':
    'Klicken Sie auf „OK“. Thunderbird fragt beim nächsten Senden nach dem Passwort; geben Sie dort Folgendes ein: {secret}.',
  'fix.client.thunderbird.note':
    'Ein Postausgang-Server kann für mehrere Konten gelten: Eine Änderung wirkt sich auf alle aus.',
  'fix.client.outlook.open':
    'Wählen Sie Datei → Kontoeinstellungen → Kontoeinstellungen und doppelklicken Sie dann auf das Konto.',
  'fix.client.outlook.server': 'Postausgangsserver (SMTP): {host}',
  'fix.client.outlook.auth':
    'Öffnen Sie Weitere Einstellungen → Postausgangsserver und aktivieren Sie „Der Postausgangsserver (SMTP) erfordert Authentifizierung“.',
  'fix.client.outlook.advanced':
    'Stellen Sie auf der Registerkarte „Erweitert“ den Port des Postausgangsservers auf {port} und die Verschlüsselung auf {security}.',
  'fix.client.outlook.credentials': 'Benutzername: {username}; Kennwort: {secret}.',
  'fix.client.outlook.test':
    'Klicken Sie auf „OK“ und „Weiter“ und lassen Sie Outlook die Einstellungen testen.',
  'fix.client.outlook.note':
    'Outlook.com- und Microsoft 365-Konten, die mit „Mit Microsoft anmelden“ hinzugefügt wurden, verwenden OAuth und brauchen nichts davon.',
  'fix.client.appleMail.open':
    'Wählen Sie Mail → Einstellungen (so heißt es auch unter älterem macOS) → Accounts, wählen Sie den Account aus und klicken Sie auf „Servereinstellungen“.',
  'fix.client.appleMail.list':
    'Öffnen Sie das Einblendmenü „Ausgangsserver (SMTP)“ und wählen Sie „SMTP-Serverliste bearbeiten“.',
  'fix.client.appleMail.host': 'Hostname: {host}',
  'fix.client.appleMail.credentials': 'Benutzername: {username}; Passwort: {secret}',
  'fix.client.appleMail.port':
    'Deaktivieren Sie „Verbindungseinstellungen automatisch verwalten“, stellen Sie dann den Port auf {port} und schalten Sie TLS/SSL ein.',
  'fix.client.appleMail.save': 'Klicken Sie auf „OK“ und dann auf „Sichern“.',
  'fix.client.appleMail.note':
    'Ist „Verbindungseinstellungen automatisch verwalten“ aktiv, probiert Mail bei einem fehlgeschlagenen Versand selbst andere Ports und TLS-Modi aus.',
  'fix.client.gmailSendAs.open':
    'Öffnen Sie in Gmail Einstellungen → Alle Einstellungen aufrufen → Konten & Import.',
  'fix.client.gmailSendAs.add':
    'Klicken Sie unter „Senden als“ auf „Weitere E-Mail-Adresse hinzufügen“, geben Sie Name und Adresse ein und klicken Sie auf „Nächster Schritt“.',
  'fix.client.gmailSendAs.server': 'SMTP-Server: {host}; Port: {port}',
  'fix.client.gmailSendAs.credentials': 'Nutzername: {username}; Passwort: {secret}',
  'fix.client.gmailSendAs.ssl':
    'Wählen Sie „Gesicherte Verbindung mit SSL“ (SSL ab dem ersten Byte, meist Port 465).',
  'fix.client.gmailSendAs.tls':
    'Wählen Sie „Gesicherte Verbindung mit TLS“ (Googles Name für STARTTLS, meist Port 587).',
  'fix.client.gmailSendAs.confirm':
    'Klicken Sie auf „Konto hinzufügen“ und bestätigen Sie dann den Code, den Gmail an diese Adresse sendet.',
  'fix.client.gmailSendAs.note':
    'Gmail sendet hier über den Server des anderen Anbieters, also gelten dessen Regeln für App-Passwörter.',
  'fix.client.wp.open':
    'Öffnen Sie in WordPress WP Mail SMTP → Einstellungen und wählen Sie den Mailer „Anderer SMTP“.',
  'fix.client.wp.host': 'SMTP-Host: {host}',
  'fix.client.wp.encryption': 'Verschlüsselung: {encryption}; SMTP-Port: {port}',
  'fix.client.wp.auth': 'Authentifizierung: ein',
  'fix.client.wp.credentials': 'SMTP-Benutzername: {username}; SMTP-Passwort: {secret}',
  'fix.client.wp.test': 'Speichern Sie und verwenden Sie dann WP Mail SMTP → Werkzeuge → E-Mail-Test.',
  'fix.client.wp.config':
    'Oder tragen Sie die Einstellungen in wp-config.php ein (unten); so bleibt das Passwort aus der Datenbank.',
  'fix.client.wp.target': 'wp-config.php, über der Zeile „That’s all, stop editing!“',
  'fix.client.wp.note':
    'In WP Mail SMTP (wie in PHPMailer) bedeutet „TLS“ STARTTLS und „SSL“ TLS ab dem ersten Byte.',
  'fix.client.wp.comment.ssl': "'ssl' = SSL/TLS (465), 'tls' = STARTTLS (587)",
  'fix.client.phpmailer.step':
    'Setzen Sie die SMTP-Eigenschaften wie unten; das Passwort steht in der Umgebungsvariablen SMTP_PASSWORD.',
  'fix.client.phpmailer.target': 'Ihr PHP-Code, der Mails sendet',
  'fix.client.nodemailer.step':
    'Erstellen Sie den Transport wie unten; das Passwort steht in der Umgebungsvariablen SMTP_PASSWORD.',
  'fix.client.nodemailer.target': 'Ihr Node.js-Code',
  'fix.client.nodemailer.comment.starttls': 'unverschlüsselt verbinden, dann STARTTLS',
  'fix.client.nodemailer.comment.requireTls': 'nicht senden, wenn STARTTLS nicht angeboten wird',
  'fix.client.python.step':
    'Senden Sie wie unten; das Passwort steht in der Umgebungsvariablen SMTP_PASSWORD.',
  'fix.client.python.target': 'Ihr Python-Code',
  'fix.client.python.note.ssl': 'SMTP_SSL spricht TLS ab dem ersten Byte (Port 465).',
  'fix.client.python.note.starttls':
    'smtplib.SMTP verbindet sich unverschlüsselt; starttls() wechselt vor der Anmeldung zu TLS.',
  'fix.client.laravel.comment.scheme':
    'smtps = SSL/TLS ab dem ersten Byte; smtp = unverschlüsselt verbinden, mit STARTTLS verschlüsselt, wenn angeboten',
  'fix.client.laravel.comment.legacy': 'Laravel 10 und älter lesen MAIL_ENCRYPTION statt MAIL_SCHEME:',
  'fix.client.laravel.step':
    'Tragen Sie diese Zeilen in .env ein, ersetzen Sie den Platzhalter für das Passwort und führen Sie dann php artisan config:clear aus.',
  'fix.client.laravel.target.current': '.env (Laravel 11.x / 12)',
  'fix.client.laravel.target.legacy': '.env (Laravel 10 und älter)',
  'fix.client.laravel.note':
    'Aktuelles Laravel ignoriert MAIL_ENCRYPTION: symfony/mailer wählt TLS nach MAIL_SCHEME (oder nach Port 465, wenn das Schema leer ist).',
  'fix.client.postfix.comment.wrapper': 'Port 465 spricht TLS ab dem ersten Byte',
  'fix.client.postfix.note':
    'Damit übergibt Postfix jede Nachricht an das Relay und braucht den ausgehenden Port 25 nicht mehr.',
  'fix.client.postfix.colon':
    'Der Benutzername enthält „:“, das sasl_passwd als Trennzeichen verwendet: Klären Sie das mit Ihrem Anbieter.',
  'fix.client.postfix.hostCleaned':
    'Zeichen, die in einem Hostnamen nicht vorkommen dürfen, wurden aus dem Servernamen entfernt.',
  'fix.client.postfix.mainCf':
    'Fügen Sie die Zeilen unten in /etc/postfix/main.cf ein (ersetzen Sie ein vorhandenes relayhost).',
  'fix.client.postfix.saslPasswd':
    'Legen Sie /etc/postfix/sasl_passwd mit dem Benutzernamen und dem Passwort an (das ist {secret}).',
  'fix.client.postfix.commands':
    'Erzeugen Sie daraus die Hash-Datei, schützen Sie sie und laden Sie Postfix mit den Befehlen unten neu.',
  'fix.client.postfix.target.shell': 'Shell',
  'fix.client.comment.sslFirstByte': 'SSL/TLS ab dem ersten Byte',
  'fix.manual.tcp.open': 'der Port ist aus diesem Netz erreichbar',
  'fix.manual.tcp.timeoutOutput': 'timed out (nach langer Wartezeit)',
  'fix.manual.tcp.timeout':
    'etwas verwirft die Verbindung: meist sperrt Ihr Internetanbieter, Ihr Netz oder eine Firewall diesen Port',
  'fix.manual.tcp.refusedOutput': 'Connection refused (sofort)',
  'fix.manual.tcp.refused':
    'der Server (oder eine Firewall) weist sie ab: Dort lauscht nichts, oder der Hostname ist falsch',
  'fix.manual.tcp.unreachable': 'das Netz erreicht den Server überhaupt nicht',
  'fix.manual.tcp.dns': 'den Hostnamen gibt es im DNS nicht: Prüfen Sie ihn auf Tippfehler',
  'fix.manual.tls.ok': 'TLS funktioniert und das Zertifikat ist für diesen Namen vertrauenswürdig',
  'fix.manual.tls.untrusted':
    'TLS funktioniert, aber dem Zertifikat wird nicht vertraut: Mail-Programme werden es ablehnen',
  'fix.manual.tls.plainOn465':
    'der Port spricht unverschlüsseltes SMTP: Verwenden Sie STARTTLS (meist Port 587) statt SSL/TLS',
  'fix.manual.tls.noStarttls': 'der Server bietet auf diesem Port kein STARTTLS an',
  'fix.manual.tls.greetingOutput': '220 … ESMTP nach dem Zertifikat',
  'fix.manual.tls.greeting': 'der SMTP-Server grüßt über TLS: SSL/TLS ist auf diesem Port richtig',
  'fix.manual.tls.hangsOutput': 'nichts nach CONNECTED (hängt, bis Sie Strg+C drücken)',
  'fix.manual.tls.hangs':
    'der Port erwartet womöglich direktes TLS (SSL/TLS) statt STARTTLS, oder er ist gesperrt',
  'fix.manual.tls.noProtocol': 'keine gemeinsame TLS-Version: Server oder Client ist zu alt',
  'fix.manual.openssl.implicit':
    'Spricht {port} von Anfang an TLS (SSL/TLS), und ist sein Zertifikat vertrauenswürdig?',
  'fix.manual.openssl.starttls': 'Bietet {port} STARTTLS an, und ist sein Zertifikat vertrauenswürdig?',
  'fix.manual.tcpPurpose': 'Kann dieser Computer eine TCP-Verbindung zu {host} auf Port {port} öffnen?',
  'fix.manual.powershell.failedOutput': 'TcpTestSucceeded : False (nach ~20 s, „TCP connect … failed“)',
  'fix.manual.powershell.failed':
    'gesperrt oder abgewiesen: Langes Warten deutet auf eine Sperre (Internetanbieter, Firewall), schnelles Scheitern darauf, dass nichts lauscht',
  'fix.manual.telnet.purposeWindows':
    'Meldet sich auf Port {port} ein Server? (Windows: Aktivieren Sie zuerst das Feature „Telnet-Client“.)',
  'fix.manual.telnet.purpose': 'Meldet sich auf Port {port} ein Server?',
  'fix.manual.telnet.garbageOutput': 'Zeichensalat oder nichts, dann Verbindungsabbruch',
  'fix.manual.telnet.garbageWindows':
    'normal für SSL/TLS auf 465: Der Port ist erreichbar (TLS zeigt die openssl-Prüfung)',
  'fix.manual.telnet.greetsWindows':
    'der Port ist erreichbar und ein SMTP-Server antwortet (mit QUIT beenden)',
  'fix.manual.telnet.failed': 'gesperrt oder abgewiesen (achten Sie auf die Dauer)',
  'fix.manual.telnet.blankOutput': 'ein leerer Bildschirm, keine 220',
  'fix.manual.telnet.blank': 'verbunden, aber keine Begrüßung: Der Port erwartet womöglich SSL/TLS',
  'fix.manual.telnet.connectedGarbageOutput': 'Connected, dann Zeichensalat oder nichts',
  'fix.manual.telnet.garbage':
    'normal für SSL/TLS auf 465: Der Port ist erreichbar (TLS zeigt die openssl-Prüfung)',
  'fix.manual.telnet.greets': 'erreichbar, und ein SMTP-Server antwortet (mit QUIT beenden)',
  'fix.manual.doctor.purpose':
    'Auf dem Rechner ausführen, dessen Mail scheitert (zum Beispiel Ihr Webserver): prüft von dort jeden SMTP-Port und nennt die Ursache.',
  'fix.manual.doctor.portBlocked':
    'das Netz dieses Rechners verwirft den Port: Verwenden Sie den Port, den das Ergebnis nennt',
  'fix.manual.doctor.tlsMismatch': 'Port und Einstellung SSL/TLS bzw. STARTTLS passen nicht zusammen',
  'fix.manual.doctor.tlsCertificate': 'dem Zertifikat des Servers wird nicht vertraut',
  'fix.manual.doctor.works':
    'dieser Rechner erreicht den Server: Prüfen Sie die Anmeldung oder die Einstellungen der App',
  'fix.manual.serve.purpose':
    'Startet das Prüf-Backend auf diesem Computer, damit die Erweiterung diese Prüfungen selbst ausführen kann.',
  'fix.manual.serve.listening': 'läuft: Fügen Sie das ausgegebene Token in die Optionen der Erweiterung ein',
};
