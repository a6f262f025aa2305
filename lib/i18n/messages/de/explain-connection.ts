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
};
