import type { TranslationOf } from '../../catalog';
import type { explainConnection as english } from '../en/explain-connection';

export const explainConnection: TranslationOf<typeof english> = {
  'conn.duration.seconds': '{count, plural, one {# Sekunde} other {# Sekunden}}',
  'conn.duration.minutes': '{count, plural, one {# Minute} other {# Minuten}}',
  'conn.port.unknown': 'SMTP-Port',
  'conn.port.numbered': 'Port {ports}',
  'conn.target.hostOnPort': '{host}, {port}',
  'conn.fallback.mailServer': 'Mailserver',

  'conn.snippet.server': 'Server: {host}',
  'conn.snippet.port587': 'Port 587, Verschlüsselung STARTTLS, Authentifizierung an',
  'conn.snippet.port465': 'oder Port 465, Verschlüsselung SSL/TLS, Authentifizierung an',
  'conn.snippet.login':
    'Benutzername: Ihre vollständige E-Mail-Adresse; Passwort: Ihr Passwort oder ein App-Passwort',
  'conn.snippet.postfixThen': 'danach: {command}',
  'conn.snippet.orBroader': 'oder, weiter gefasst:',
  'conn.snippet.mailClients': 'Mailprogramme:  Verbindungssicherheit "{mode}"',
  'conn.snippet.dotnetStartTlsOnly': '(nur STARTTLS: Port 465 geht damit nicht)',

  'conn.portBlocked.title.local': 'Dieser Rechner blockiert die Verbindung ({port})',
  'conn.portBlocked.title.delivery':
    'Ausgehender Port 25 ist gesperrt: Ihr Server erreicht keine anderen Mailserver',
  'conn.portBlocked.title.network': 'Port {ports} ist in diesem Netzwerk gesperrt',
  'conn.portBlocked.title.networkNoPort': 'Der SMTP-Port ist in diesem Netzwerk gesperrt',
  'conn.portBlocked.summary.local':
    'Die Verbindung ({target}) wurde gestoppt, bevor sie diesen Rechner verlassen hat. „Permission denied“ kommt von einer Sicherheitsrichtlinie auf diesem Rechner, nicht vom Mailserver und nicht von Ihrem Internetanbieter.',
  'conn.portBlocked.summary.delivery':
    'Ihr Mailserver wollte die Nachricht an den Mailserver des Empfängers ({host}) auf Port 25 übergeben, aber die Verbindung kam nie zustande: Das Netzwerk Ihres Servers sperrt ausgehenden Port 25.',
  'conn.portBlocked.summary.deliveryNoHost':
    'Ihr Mailserver wollte die Nachricht an den Mailserver des Empfängers (seinen MX-Host) auf Port 25 übergeben, aber die Verbindung kam nie zustande: Das Netzwerk Ihres Servers sperrt ausgehenden Port 25.',
  'conn.portBlocked.summary.network':
    'Ihre Nachricht hat den Mailserver nie erreicht: Die Verbindung ({target}) bekam unterwegs keine Antwort. Benutzername und Passwort wurden noch gar nicht geprüft.',
  'conn.portBlocked.why.local':
    'Auf Systemen der Red-Hat-Familie (RHEL, CentOS, Rocky, AlmaLinux, Fedora) hindert SELinux den Webserver und das darin laufende PHP daran, Netzwerkverbindungen zu öffnen, solange der Schalter httpd_can_sendmail oder httpd_can_network_connect nicht aktiv ist. Eine Firewall-Regel auf dem Rechner oder ein „Mail-Schutz“ eines Virenscanners kann dasselbe bewirken.',
  'conn.portBlocked.why.port25':
    'Internetanbieter und Cloud-Hoster sperren ausgehenden Port 25 bei den meisten Privatanschlüssen und Servern (darunter AWS, Google Cloud, Azure und Hetzner). Früher schickten infizierte Computer Spam direkt über Port 25 an die Server der Empfänger; die Sperre verhindert das, während die Einlieferungs-Ports 587 und 465 mit Anmeldung offen bleiben.',
  'conn.portBlocked.why.otherPort':
    'Manche Netzwerke sperren mehr als Port 25: Hosting-Tarife, Firmen- und Schul-Firewalls, öffentliches WLAN und manche Router zu Hause lassen Mail-Ports nur zu freigegebenen Servern durch. Eine Zeitüberschreitung ({port}) kann auch bedeuten, dass der Server ausgefallen ist; prüfen Sie es deshalb mit einem Test der Ports.',
  'conn.portBlocked.confirm.selinux': 'Prüfen Sie, ob SELinux aktiv durchsetzt und welche Schalter aus sind',
  'conn.portBlocked.confirm.auditLog': 'Suchen Sie die Ablehnung im Audit-Log',
  'conn.portBlocked.confirm.probe':
    'Testen Sie die SMTP-Ports von dem Rechner aus, auf dem der Fehler auftritt',
  'conn.portBlocked.confirm.probeDetail':
    'Eine Zeitüberschreitung ({port}), während andere Ports antworten, heißt: Dieser Port wird gefiltert. Unter Windows: {command}.',
  'conn.portBlocked.confirm.otherNetwork':
    'Probieren Sie dieselben Einstellungen in einem anderen Netzwerk aus, etwa über den Hotspot Ihres Handys',
  'conn.portBlocked.confirm.otherNetworkDetail':
    'Klappt das Senden dort, sperrt das Netzwerk, in dem Sie vorher waren, den Port.',
  'conn.portBlocked.confirm.hostDocs25':
    'Lesen Sie in der Dokumentation Ihres Hosting-Anbieters nach, was für ausgehenden Port 25 gilt',
  'conn.portBlocked.confirm.hostDocs25Detail':
    'Die meisten Cloud-Hoster nennen es in ihren FAQ zum Senden von E-Mails oder zu gesperrten Ports.',
  'conn.portBlocked.confirm.hostDocs':
    'Lesen Sie in der Dokumentation des Hosting-Anbieters nach, was für ausgehende Verbindungen gilt ({port})',
  'conn.portBlocked.confirm.hostDocsDetail':
    'Die Verbindung baut der Webserver auf, also gelten die Regeln seines Hosters, nicht die des Netzwerks, in dem Sie surfen. Die meisten Hoster nennen sie in ihren FAQ zum Senden von E-Mails oder zu gesperrten Ports.',
  'conn.portBlocked.step.selinux': 'Erlauben Sie dem Webserver Verbindungen zu Mail-Ports (SELinux)',
  'conn.portBlocked.step.selinuxDetail':
    'httpd_can_sendmail erlaubt die üblichen Mail-Ports; httpd_can_network_connect erlaubt jeden Port (nötig für 2525). -P behält die Einstellung nach einem Neustart.',
  'conn.portBlocked.step.firewall':
    'Ist SELinux nicht die Ursache, prüfen Sie die Firewall des Rechners und den Virenscanner',
  'conn.portBlocked.step.firewallDetail':
    'Suchen Sie Regeln, die ausgehende Verbindungen zu 25, 465 oder 587 abweisen (firewalld, nftables/iptables, Windows-Firewall).',
  'conn.portBlocked.step.submit':
    'Senden Sie über {host} auf Port 587 mit STARTTLS oder auf Port 465 mit implizitem TLS (SSL/TLS), und melden Sie sich an',
  'conn.portBlocked.step.submitNoHost':
    'Senden Sie über den SMTP-Server Ihres Anbieters auf Port 587 mit STARTTLS oder auf Port 465 mit implizitem TLS (SSL/TLS), und melden Sie sich an',
  'conn.portBlocked.step.submitDetail':
    'Die Einlieferungs-Ports sind für Apps und Mailprogramme gedacht und selten gesperrt. Wählen Sie die Verschlüsselung passend zum Port: 465 = SSL/TLS, 587 = STARTTLS. Port 25 ohne Anmeldung ist nur für die Zustellung von Server zu Server.',
  'conn.portBlocked.step.try587': 'Versuchen Sie stattdessen Port 587 mit STARTTLS',
  'conn.portBlocked.step.try465': 'Versuchen Sie stattdessen Port 465 mit implizitem TLS (SSL/TLS)',
  'conn.portBlocked.step.tryStandard':
    'Versuchen Sie stattdessen die üblichen Einlieferungs-Ports: 587 mit STARTTLS oder 465 mit SSL/TLS',
  'conn.portBlocked.step.tryDetail':
    'Netzwerke sperren oft nur einen der beiden Einlieferungs-Ports (Hetzner Cloud etwa sperrt 465, aber nicht 587).',
  'conn.portBlocked.step.relay2525':
    'Sind auch 587 und 465 gesperrt, nutzen Sie einen Relay-Dienst auf Port 2525',
  'conn.portBlocked.step.relay2525Detail':
    '{relays} nehmen Anmeldungen auf Port 2525 an. Die meisten bieten auch eine HTTPS-API, die wie jede Website über Port 443 hinausgeht.',
  'conn.portBlocked.step.askProvider':
    'Oder bitten Sie Ihren Internetanbieter oder Hoster, die Sperre aufzuheben',
  'conn.portBlocked.step.askProviderDetail':
    'Anbieter für Privatkunden entsperren Port 25 oft auf Anfrage; Cloud-Hoster haben dafür ein Formular oder Tickets (AWS ja; Google Cloud entsperrt ihn nie). Nennen Sie den Port und diese Fehlermeldung.',
  'conn.portBlocked.step.askHost':
    'Oder bitten Sie den Hosting-Anbieter, den Port für diesen Server zu öffnen',
  'conn.portBlocked.step.askHostDetail':
    'Shared Hosting erlaubt oft nur den eigenen Mailserver oder 587 und 465 zu beliebigen Servern; Cloud-Hoster haben ein Formular oder Tickets. Nennen Sie den Port, die Uhrzeit und diese Fehlermeldung.',
  'conn.portBlocked.step.ownServer':
    'Betreiben Sie einen eigenen Mailserver (Postfix, Exim…), der direkt an die Empfänger zustellt? Dann hilft ein anderer Port nicht',
  'conn.portBlocked.step.ownServerDetail':
    'Die Mailserver der Empfänger nehmen eingehende Mails nur auf Port 25 an: Senden Sie über ein Relay (Smarthost), oder bitten Sie Ihren Hoster, Port 25 für den Server zu öffnen.',
  'conn.portBlocked.step.keepPort':
    'Ändern Sie den Port nicht: Die Mailserver der Empfänger nehmen Mails von anderen Servern nur auf Port 25 an',
  'conn.portBlocked.step.keepPortDetail':
    'Die Ports 587 und 465 dienen dazu, Mails mit Anmeldung an Ihren eigenen Anbieter zu übergeben. {host} nimmt dort keine eingehenden Mails an, ein anderer Port kann die Zustellung von Server zu Server also nicht retten.',
  'conn.portBlocked.step.keepPortDetailNoHost':
    'Die Ports 587 und 465 dienen dazu, Mails mit Anmeldung an Ihren eigenen Anbieter zu übergeben. Der MX-Host nimmt dort keine eingehenden Mails an, ein anderer Port kann die Zustellung von Server zu Server also nicht retten.',
  'conn.portBlocked.step.smarthost':
    'Senden Sie über ein Relay (Smarthost), bei dem Sie sich auf 587, 465 oder 2525 anmelden',
  'conn.portBlocked.step.smarthostDetail':
    'Ihr Postfach-Anbieter oder ein Relay-Dienst (SendGrid, Mailgun, Postmark, Brevo, SMTP2GO, Amazon SES…) stellt dann für Sie über Port 25 zu. Das Relay muss Ihre Absenderdomain zulassen. Für Postfix:',
  'conn.portBlocked.step.open25':
    'Oder bitten Sie Ihren Hoster, ausgehenden Port 25 für diesen Server zu öffnen',
  'conn.portBlocked.step.open25Detail':
    'Cloud-Hoster entscheiden im Einzelfall, oft nur für etablierte Konten mit gesetztem Reverse-DNS-Eintrag (PTR): AWS hat ein Antragsformular, Hetzner prüft es nach der ersten bezahlten Rechnung, Google Cloud öffnet ihn nie. Privatanschlüsse eignen sich schlecht für einen Mailserver: Ihre Adressen stehen auf Listen wie der Spamhaus PBL.',

  'conn.unreachable.title.local': 'Auf diesem Rechner läuft kein Mailserver',
  'conn.unreachable.title.remote': 'Der Mailserver nimmt keine Verbindungen an',
  'conn.unreachable.summary.local':
    'Ihre App soll über einen Mailserver auf demselben Rechner ({host}) senden, aber dort lauscht nichts ({port}): Es ist kein Mailserver installiert, oder er ist gestoppt.',
  'conn.unreachable.summary.remote':
    'Die Verbindung ({target}) ist fehlgeschlagen: Der Server hat sie abgewiesen oder nie richtig geantwortet. Hostname oder Port sind vielleicht falsch, oder der Maildienst ist ausgefallen.',
  'conn.unreachable.why':
    '„Connection refused“ heißt: Der Rechner hat geantwortet, aber kein Programm lauscht auf diesem Port – falscher Host oder Port, ein gestoppter Maildienst oder die Firewall des Servers selbst. „No route to host“ heißt: Die Adresse ist gar nicht erreichbar. Ein Server, der die Verbindung annimmt, aber nie seine Begrüßung schickt, ist überlastet oder kein Mailserver.',
  'conn.unreachable.confirm.probe': 'Testen Sie die SMTP-Ports des Hosts',
  'conn.unreachable.confirm.probeDetail':
    '„refused“ auf jedem Port: Dort lauscht nichts. Eine Zeitüberschreitung dagegen deutet auf eine Sperre unterwegs.',
  'conn.unreachable.confirm.listens': 'Wenn Sie den Server betreiben: Prüfen Sie, ob der Maildienst lauscht',
  'conn.unreachable.step.settings':
    'Vergleichen Sie Hostname und Port mit der Einstellungsseite Ihres Anbieters',
  'conn.unreachable.step.settingsDetail':
    'Die meisten Anbieter nutzen smtp.<ihre Domain> auf 587 (STARTTLS) oder 465 (SSL/TLS). Auch ein Tippfehler oder ein alter Servername endet hier.',
  'conn.unreachable.step.local':
    'Installieren oder starten Sie einen lokalen Mailserver, oder senden Sie stattdessen über Ihren Anbieter',
  'conn.unreachable.step.localDetail':
    'Web-Apps stehen oft standardmäßig auf localhost. Wenn Sie sie auf Ihren Anbieter mit 587 oder 465 und Anmeldung umstellen, brauchen Sie keinen eigenen Mailserver.',
  'conn.unreachable.step.start':
    'Wenn Sie den Mailserver betreiben: Starten Sie den Dienst und öffnen Sie den Port in seiner Firewall',
  'conn.unreachable.step.otherPort': 'Nutzen Sie einen Port, den der Server anbietet',
  'conn.unreachable.step.otherPortDetail':
    'Viele Server lauschen für die Einlieferung auf 587 und 465, aber nicht auf 25, oder umgekehrt.',

  'conn.dns.title': 'Der Name des Mailservers wird nicht gefunden',
  'conn.dns.summary':
    'Der Name {host} ließ sich im DNS nicht auflösen, deshalb wurde gar keine Verbindung versucht.',
  'conn.dns.summaryNoHost':
    'Der Name des SMTP-Servers ließ sich im DNS nicht auflösen, deshalb wurde gar keine Verbindung versucht.',
  'conn.dns.why':
    'Meist ein Tippfehler oder ein Name, den es nicht gibt (smtp.example.com, wo der Anbieter mail.example.com nutzt), eine abgelaufene Domain oder kein funktionierendes DNS auf dem sendenden Rechner (Containern und frisch eingerichteten Servern fehlt es manchmal). „Temporary failure in name resolution“ (EAI_AGAIN) heißt: Der DNS-Server hat nicht geantwortet.',
  'conn.dns.confirm.lookup': 'Schlagen Sie den Namen nach',
  'conn.dns.confirm.lookupDetail':
    'Auch ein öffentlicher Resolver (1.1.1.1) antwortet nicht: Der Name ist falsch. Antwort dort, aber nicht lokal: Das DNS dieses Rechners ist gestört.',
  'conn.dns.step.copy': 'Kopieren Sie den genauen SMTP-Hostnamen von der Einstellungsseite Ihres Anbieters',
  'conn.dns.step.fixDns':
    'Reparieren Sie das DNS dieses Rechners, wenn öffentliche Resolver den Namen kennen',
  'conn.dns.step.fixDnsDetail': 'Prüfen Sie /etc/resolv.conf oder die Einstellung --dns des Containers.',
  'conn.dns.step.retry':
    'Versuchen Sie es erneut: Ein vorübergehender DNS-Fehler verschwindet oft von selbst',

  'conn.tlsMismatch.title': 'Port und Verschlüsselungseinstellung passen nicht zusammen',
  'conn.tlsMismatch.summary.465':
    'Port 465 erwartet Verschlüsselung ab dem ersten Byte (implizites TLS), aber das Programm hat unverschlüsselt begonnen und auf eine Begrüßung gewartet, die nie in lesbarer Form kam.',
  'conn.tlsMismatch.summary.port':
    'Port {port} beginnt unverschlüsselt und schaltet mit STARTTLS auf Verschlüsselung um, aber das Programm wollte sofort verschlüsseln (implizites TLS) – beide Seiten haben aneinander vorbeigeredet.',
  'conn.tlsMismatch.summary.noPort':
    'Programm und Server sind sich nicht einig, wann die Verschlüsselung beginnt: sofort (implizites TLS) oder nach einem STARTTLS-Befehl.',
  'conn.tlsMismatch.why':
    'Beim Einliefern von Mails gibt es zwei Arten der Verschlüsselung: implizites TLS auf Port 465 (RFC 8314), bei dem die Verbindung von Anfang an verschlüsselt ist, und STARTTLS auf Port 587, bei dem sie unverschlüsselt beginnt und dann umgestellt wird. Apps benennen das verwirrend: „SSL“ oder „SSL/TLS“ bedeutet meist implizites TLS (465), „TLS“ oder „STARTTLS“ bedeutet STARTTLS (587).',
  'conn.tlsMismatch.confirm.mode': 'Prüfen Sie, welchen Modus der Port spricht',
  'conn.tlsMismatch.confirm.modeDetail':
    'Auf 465 erscheint sofort ein Zertifikat; auf 587 grüßt der Server zuerst unverschlüsselt („220 …“) und bietet STARTTLS in seiner EHLO-Antwort an.',
  'conn.tlsMismatch.step.implicit': 'Schalten Sie für Port 465 implizites TLS (SSL/TLS) ein',
  'conn.tlsMismatch.step.startTls': 'Nutzen Sie für Port {port} STARTTLS und schalten Sie implizites TLS aus',
  'conn.tlsMismatch.step.switch587': 'Oder wechseln Sie zu Port 587 mit STARTTLS',
  'conn.tlsMismatch.step.switch587Detail':
    '.NET System.Net.Mail.SmtpClient kann nur STARTTLS, braucht also 587 (oder für 465 eine Bibliothek wie MailKit).',

  'conn.tlsCertificate.title': 'Dem Sicherheitszertifikat des Servers wird nicht vertraut',
  'conn.tlsCertificate.summary':
    'Die verschlüsselte Verbindung ({target}) wurde abgebrochen, weil dem Zertifikat nicht vertraut werden konnte: Es ist selbst signiert, abgelaufen oder auf einen anderen Namen ausgestellt als den, mit dem Sie sich verbinden.',
  'conn.tlsCertificate.why':
    'Häufige Ursachen: Sie verbinden sich mit mail.ihredomain.de, das Zertifikat nennt aber den Server des Hosters (Shared Hosting wie cPanel zeigt den echten Namen unter „Connect Devices“); ein abgelaufenes Zertifikat; ein selbst signiertes Zertifikat auf einem privaten Server; ein Virenscanner oder Firmen-Proxy, der verschlüsselte Mails abfängt; oder ein altes System ohne neuere Stammzertifikate.',
  'conn.tlsCertificate.confirm.look': 'Sehen Sie sich das Zertifikat an, das der Server vorlegt',
  'conn.tlsCertificate.confirm.lookDetail':
    'Vergleichen Sie die Namen (subject, subjectAltName) mit dem eingestellten Host, und prüfen Sie Gültigkeitsdaten und Aussteller.',
  'conn.tlsCertificate.step.hostName':
    'Verbinden Sie sich mit dem Hostnamen, auf den das Zertifikat ausgestellt ist',
  'conn.tlsCertificate.step.hostNameDetail':
    'Bei Shared Hosting ist das meist der Servername aus dem Kundenmenü, nicht mail.ihredomain.de.',
  'conn.tlsCertificate.step.renew':
    'Wenn Sie den Server betreiben: Erneuern oder ersetzen Sie das Zertifikat',
  'conn.tlsCertificate.step.renewDetail':
    'Liefern Sie die ganze Kette aus (Zertifikat plus Zwischenzertifikate), zum Beispiel von Let’s Encrypt.',
  'conn.tlsCertificate.step.update': 'Aktualisieren Sie Betriebssystem oder Laufzeitumgebung',
  'conn.tlsCertificate.step.updateDetail':
    'Alten Java-, PHP-, OpenSSL- oder Windows-Versionen fehlen neuere Stammzertifikate.',
  'conn.tlsCertificate.step.keepChecks': 'Schalten Sie die Zertifikatsprüfung nicht dauerhaft ab',
  'conn.tlsCertificate.step.keepChecksDetail':
    'Einstellungen wie rejectUnauthorized: false oder verify_peer => false verstecken das Problem und geben Ihr Passwort jedem preis, der dazwischen sitzt. Nutzen Sie sie nur für einen einmaligen Test.',

  'conn.tlsProtocol.title': 'Der Verschlüsselungs-Handshake ist gescheitert (TLS-Version oder Cipher)',
  'conn.tlsProtocol.summary':
    'Die beiden Seiten konnten sich nicht einigen, wie die Verbindung ({target}) verschlüsselt wird: Eine Seite bietet nur TLS-Versionen oder Cipher an, die die andere ablehnt.',
  'conn.tlsProtocol.why':
    'TLS 1.0 und 1.1 sind veraltet (RFC 8996, für Mail RFC 8997), deshalb schalten aktuelle Server und Bibliotheken sie ab, während alte Systeme (altes PHP oder OpenSSL, alte Java- oder .NET-Framework-Apps, Drucker und Scanner) vielleicht nichts Neueres können. Auch umgekehrt kommt es vor: Ein alter privater Server spricht nur altes TLS und wird von einem aktuellen Programm abgelehnt.',
  'conn.tlsProtocol.confirm.versions': 'Sehen Sie nach, welche TLS-Versionen der Server annimmt',
  'conn.tlsProtocol.confirm.versionsDetail':
    'Gelingt ein Handshake mit -tls1_2 oder -tls1_3, ist der Server in Ordnung und das Programm zu alt.',
  'conn.tlsProtocol.step.update':
    'Aktualisieren Sie das sendende Programm, seine Laufzeitumgebung und das Betriebssystem',
  'conn.tlsProtocol.step.updateDetail':
    'Bei .NET-Framework-Apps muss TLS 1.2 eventuell ausdrücklich eingeschaltet werden:',
  'conn.tlsProtocol.step.server':
    'Wenn Sie den Server betreiben: Aktivieren Sie TLS 1.2 und 1.3 mit aktuellen Ciphern',
  'conn.tlsProtocol.step.relay':
    'Für Geräte, die sich nicht aktualisieren lassen: Senden Sie über ein lokales Relay',
  'conn.tlsProtocol.step.relayDetail':
    'Ein Mailserver in Ihrem Netzwerk nimmt Mails vom alten Gerät an und leitet sie mit modernem TLS weiter.',

  'conn.check.probePorts.title': 'Testen Sie die SMTP-Ports aus diesem Netzwerk',
  'conn.check.probePorts.text':
    'Verbinden Sie sich von dem Rechner, auf dem der Fehler auftritt, mit {host} auf den Ports 25, 465, 587 und 2525. Eine Zeitüberschreitung auf einem Port, während andere antworten, heißt: Dieser Port wird unterwegs gefiltert; „refused“ heißt: Der Host ist erreichbar, aber dort lauscht nichts; laufen alle Ports in eine Zeitüberschreitung, liegt es am Host oder am ganzen Netzwerk.',
  'conn.check.probePorts.textNoHost':
    'Verbinden Sie sich von dem Rechner, auf dem der Fehler auftritt, mit dem SMTP-Host auf den Ports 25, 465, 587 und 2525. Eine Zeitüberschreitung auf einem Port, während andere antworten, heißt: Dieser Port wird unterwegs gefiltert; „refused“ heißt: Der Host ist erreichbar, aber dort lauscht nichts; laufen alle Ports in eine Zeitüberschreitung, liegt es am Host oder am ganzen Netzwerk.',
  'conn.check.resolveHost.title': 'Schlagen Sie den Hostnamen im DNS nach',
  'conn.check.resolveHost.text':
    'Lösen Sie {host} auf. Keine Adresse (NXDOMAIN) heißt: Der Name ist falsch oder fehlt; eine Adresse, die anderswo antwortet, aber nicht hier, deutet auf ein DNS-Problem dieses Rechners.',
  'conn.check.resolveHost.textNoHost':
    'Lösen Sie den SMTP-Hostnamen auf. Keine Adresse (NXDOMAIN) heißt: Der Name ist falsch oder fehlt; eine Adresse, die anderswo antwortet, aber nicht hier, deutet auf ein DNS-Problem dieses Rechners.',
  'conn.check.tlsMode.title': 'Vergleichen Sie den Port mit dem TLS-Modus',
  'conn.check.tlsMode.text':
    'Port 465 braucht implizites TLS („SSL/TLS“, secure: true); die Ports 587 und 25 brauchen STARTTLS („STARTTLS“, secure: false). Eine Einstellung, die nicht zum Port passt, scheitert mit einer Zeitüberschreitung, einer abgebrochenen Verbindung oder „wrong version number“ – das kann wie eine Sperre aussehen.',
  'conn.check.tlsCertificate.title': 'Prüfen Sie das Zertifikat des Servers',
  'conn.check.tlsCertificate.text':
    'Sehen Sie sich das Zertifikat an, das {host} vorlegt: wer es ausgestellt hat, wann es abläuft und welche Hostnamen es abdeckt. Ein gültiges Zertifikat schließt ein Vertrauensproblem aus.',
  'conn.check.tlsCertificate.textNoHost':
    'Sehen Sie sich das Zertifikat an, das der Server vorlegt: wer es ausgestellt hat, wann es abläuft und welche Hostnamen es abdeckt. Ein gültiges Zertifikat schließt ein Vertrauensproblem aus.',
  'conn.check.credentials.title': 'Prüfen Sie die Anmeldung',
  'conn.check.credentials.text':
    'Melden Sie sich mit demselben Benutzernamen und Passwort im Webmail des Anbieters an. Klappt das, lehnt SMTP sie aber weiter ab, braucht das Konto ein App-Passwort oder hat die SMTP-Anmeldung abgeschaltet.',
  'conn.check.localFirewall.title': 'Prüfen Sie die Richtlinien auf diesem Rechner',
  'conn.check.localFirewall.text':
    '„Permission denied“ beim Verbinden kommt von diesem Rechner, nicht vom Netzwerk: SELinux (auf Systemen der Red-Hat-Familie der Schalter httpd_can_network_connect oder httpd_can_sendmail), eine Firewall-Regel auf dem Rechner oder ein „Mail-Schutz“ eines Virenscanners. Eine Zeitüberschreitung dagegen deutet auf das Netzwerk.',
  'conn.check.serverStatus.title': 'Prüfen Sie, ob der Mailserver läuft',
  'conn.check.serverStatus.text':
    'Prüfen Sie auf {host}, ob der Maildienst läuft und lauscht ({port}). Lauscht nichts, kommt „connection refused“; ein lauschender Server hinter einer Firewall führt zu einer Zeitüberschreitung.',
  'conn.check.serverStatus.textNoHost':
    'Prüfen Sie auf dem Mailserver, ob der Maildienst läuft und lauscht ({port}). Lauscht nichts, kommt „connection refused“; ein lauschender Server hinter einer Firewall führt zu einer Zeitüberschreitung.',
  'conn.check.senderDomainDns.title': 'Prüfen Sie SPF, DKIM und DMARC der Absenderdomain',
  'conn.check.senderDomainDns.text':
    'Schlagen Sie den SPF-Eintrag und die DMARC-Richtlinie der Absenderdomain nach, und prüfen Sie, ob ausgehende Mails mit DKIM signiert sind. Ein fehlender oder fehlschlagender Eintrag erklärt eine Ablehnung wegen Richtlinien; korrekte Einträge schließen sie aus.',
  'conn.check.ipBlocklist.title': 'Suchen Sie die sendende IP auf Sperrlisten',
  'conn.check.ipBlocklist.text':
    'Suchen Sie die öffentliche IP-Adresse des sendenden Servers auf Sperrlisten (zum Beispiel mit dem IP and Domain Reputation Checker von Spamhaus unter check.spamhaus.org), und prüfen Sie ihr Reverse-DNS (PTR). Ein Eintrag auf einer Liste oder ein fehlender PTR erklärt eine Ablehnung wegen schlechter Reputation.',
  'conn.check.retryLater.title': 'Versuchen Sie es in ein paar Minuten erneut',
  'conn.check.retryLater.text':
    'Vorübergehende Zustände (Greylisting, Drosselung, ein ausgelasteter Server) lösen sich von selbst: Dieselbe Nachricht geht nach einigen Minuten durch. Ein Fehler, der sich wiederholt, ist nicht vorübergehend.',
  'conn.check.serverLog.title': 'Lesen Sie das vollständige Log',
  'conn.check.serverLog.text':
    'Die vollständige Debug-Ausgabe des Programms oder das Log des Mailservers zeigt die genaue SMTP-Antwort, mit der die Sitzung endete; diese Antwort nennt die Ursache, wenn dieser Text allein es nicht tut.',

  'conn.notSendError.title': 'Das sieht nicht nach einem Fehler beim Senden einer E-Mail aus',
  'conn.notSendError.summary':
    'Nichts im Text liest sich wie ein gescheiterter Versuch, eine E-Mail zu senden: keine SMTP-Antwort, kein Verbindungsfehler eines Mailprogramms, keine Unzustellbarkeitsnachricht.',
  'conn.notSendError.hint':
    'Fügen Sie die ganze Fehlermeldung oder das Log ein, mit jedem Code wie 535, 5.7.8 oder ETIMEDOUT. Fehler beim Abrufen von Mails (IMAP oder POP) sind ein anderes Problem.',
  'conn.fact.port': 'Port',
  'conn.fact.host': 'Host',
  'conn.fact.replyCode': 'Antwortcode',
  'conn.fact.enhancedCode': 'Erweiterter Statuscode',
  'conn.fact.error': 'Fehler',
  'conn.fact.thisMachine': 'dieser Rechner',
  'conn.assumedPorts':
    '{count, plural, one {Der Text nennt keinen Port, daher geht diese Erklärung von Port {ports} aus. Prüfen Sie, welchen Port Ihre Einstellungen verwenden.} other {Der Text nennt keinen Port, daher geht diese Erklärung von den Ports {ports} aus. Prüfen Sie, welchen Port Ihre Einstellungen verwenden.}}',
  'conn.world.port.submission':
    '{clue}: Es geht um das Einliefern (eine App, eine Website oder ein Mailprogramm übergibt Mails an den eigenen Anbieter).',
  'conn.world.port.delivery':
    '{clue}: Es geht um die Zustellung von Server zu Server (ein Mailserver übergibt Mails an die MX-Hosts der Empfänger).',
  'conn.world.text.submission':
    'Das liest sich wie Einliefern (eine App, eine Website oder ein Mailprogramm übergibt Mails an den eigenen Anbieter). Hinweise: {clues}.',
  'conn.world.text.delivery':
    'Das liest sich wie Zustellung von Server zu Server (ein Mailserver übergibt Mails an die MX-Hosts der Empfänger). Hinweise: {clues}.',
  'conn.world.assumed':
    'Der Text verrät nicht, ob eine App oder ein Mailprogramm Mails an den eigenen Anbieter übergibt (Einliefern) oder ein Mailserver an die Server der Empfänger zustellt (Zustellung). Diese Erklärung geht vom häufigeren Fall aus, dem Einliefern; der letzte Schritt behandelt die Zustellung.',

  'conn.clue.submissionPort': 'Port {port} ist ein Einlieferungs-Port',
  'conn.clue.thePort': 'Der Port',
  'conn.clue.gmailMx': 'MX-Host von Gmail (gmail-smtp-in)',
  'conn.clue.googleMx': 'MX-Host von Google (aspmx)',
  'conn.clue.microsoftMx': 'MX-Host von Microsoft 365 (mail.protection.outlook.com)',
  'conn.clue.yahooMx': 'MX-Host von Yahoo (yahoodns.net)',
  'conn.clue.mxName': 'ein MX-Hostname (mx…)',
  'conn.clue.mxMention': 'eine Erwähnung von MX-Einträgen oder -Hosts',
  'conn.clue.postfixLog': 'Zustell-Log von Postfix (postfix/smtp)',
  'conn.clue.postfixQueue': 'Warteschlangen-Status von Postfix (status=deferred)',
  'conn.clue.postfixDiagnostic': 'Diagnose von Postfix (X-Postfix)',
  'conn.clue.postfixConnect25': 'Postfix verbindet sich mit einer IP auf Port 25',
  'conn.clue.eximRemote': 'Zustellung nach außen durch Exim (T=remote_smtp)',
  'conn.clue.bounceReport': 'eine Unzustellbarkeitsnachricht (Remote-MTA)',
  'conn.clue.relayhost': 'eine Smarthost- bzw. Relayhost-Einstellung',
  'conn.clue.selfHosted': 'ein selbst betriebener Mailserver',
  'conn.clue.dotnet': '.NET SmtpClient oder MailKit',
  'conn.clue.wordpress': 'ein Mail-Plugin für WordPress',
  'conn.clue.outlook': 'Outlook (Code 0x800CCC…)',
  'conn.clue.mailClient': 'ein Mailprogramm (Thunderbird)',
  'conn.clue.webmail': 'ein Webmail (Roundcube)',
  'conn.clue.smtpLogin': 'eine SMTP-Anmeldung (AUTH)',
  'conn.clue.providerHost': 'ein Einlieferungs-Host eines Anbieters (smtp.…)',

  'conn.reading.none': 'keiner',
  'conn.reading.lookupFailed': 'Die Abfrage ist fehlgeschlagen: {error}.',
  'conn.reading.host.nxdomainAnswer': 'existiert nicht (NXDOMAIN)',
  'conn.reading.host.nxdomain':
    'Diesen Hostnamen gibt es nicht: Prüfen Sie die Schreibweise in den Mail-Einstellungen.',
  'conn.reading.host.noIpv4Answer': 'keine IPv4-Adresse',
  'conn.reading.host.noIpv4':
    'Den Namen gibt es, aber ohne IPv4-Adresse: Mailprogramme, die eine brauchen, können sich nicht verbinden.',
  'conn.reading.host.resolves':
    'Der Name lässt sich auflösen. Hieß es im Fehler, er lasse sich nicht auflösen, liegt es am DNS des Rechners, der die Mail gesendet hat, nicht am Namen.',
  'conn.reading.mx.nxdomainAnswer': 'Domain existiert nicht',
  'conn.reading.mx.nxdomain': 'Die Domain existiert nicht: Die Adresse ist falsch geschrieben.',
  'conn.reading.mx.none':
    'Die Domain hat keinen MX-Eintrag: Sie empfängt keine Mails, Mails an sie kommen zurück.',
  'conn.reading.mx.found': 'Mails für {domain} empfängt {exchange}.',
  'conn.reading.mx.foundProvider': 'Mails für {domain} empfängt {exchange} ({provider}).',
  'conn.reading.spf.none':
    '{domain} hat keinen SPF-Eintrag: Empfänger können nicht erkennen, welche Server für die Domain senden dürfen, und strenge lehnen ihre Mails ab oder stufen sie als Spam ein.',
  'conn.reading.spf.plusAll':
    'SPF endet auf „+all“: Das erlaubt jedem Server der Welt das Senden, und Empfänger behandeln es wie gar kein SPF.',
  'conn.reading.spf.published':
    'SPF ist veröffentlicht. Der Server, der die Mails sendet, muss darin enthalten sein (ein Eintrag include: oder ip4:).',
  'conn.reading.dmarc.none':
    '{domain} hat keinen DMARC-Eintrag. Große Postfach-Anbieter erwarten einen von Domains, die an sie senden.',
  'conn.reading.dmarc.rejected':
    'DMARC-Richtlinie „{policy}“: Mails, die sowohl bei SPF als auch bei DKIM nicht zur Domain passen, werden abgelehnt.',
  'conn.reading.dmarc.quarantined':
    'DMARC-Richtlinie „{policy}“: Mails, die sowohl bei SPF als auch bei DKIM nicht zur Domain passen, landen im Spam.',
  'conn.reading.dmarc.reported':
    'DMARC-Richtlinie „{policy}“: Mails, die sowohl bei SPF als auch bei DKIM nicht zur Domain passen, werden nur gemeldet.',
  'conn.reading.srv.notOfferedAnswer': 'Dienst nicht angeboten',
  'conn.reading.srv.none':
    'Hier ist nichts angekündigt; die meisten Domains veröffentlichen nichts, über den Fehler sagt das also nichts aus.',
  'conn.reading.srv.found':
    'Die Domain kündigt ihren Einlieferungs-Server an: {target}, Port {port}, {mode}. Verwenden Sie diese Angaben in den Mail-Einstellungen.',
};
