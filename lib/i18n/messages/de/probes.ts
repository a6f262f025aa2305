import type { TranslationOf } from '../../catalog';
import type { probesUi as english } from '../en/probes';

export const probesUi: TranslationOf<typeof english> = {
  'probes.login.summary': 'Anmeldung prüfen',
  'probes.login.host': 'SMTP-Server',
  'probes.login.hostPlaceholder': 'SMTP-Server Ihres Anbieters',
  'probes.login.port': 'Port',
  'probes.login.user': 'Benutzername',
  'probes.login.pass': 'Passwort oder App-Passwort',
  'probes.login.checking': 'Wird geprüft …',
  'probes.login.check': 'Anmeldung prüfen',
  'probes.login.hint':
    'Ein einziger Anmeldeversuch von diesem Computer, über Ihren Test-Server. Das Passwort wird weder gespeichert noch protokolliert.',
  'probes.login.chooseProvider': 'Anbieter wählen',
  'probes.login.sendsTo': 'Ihr Passwort wird an {target} gesendet.',
  'probes.login.notProvider': '{target} ist kein Server von {provider}.',
  'probes.login.onlyProvider':
    'Senden Sie Ihr Passwort nur an einen Server, von dem Sie wissen, dass er Ihrem Anbieter gehört ({host}).',
  'probes.login.noProviderTarget': 'Kein Mail-Anbieter gewählt, daher bestätigt nichts diesen Server.',
  'probes.login.noProvider': 'Kein Mail-Anbieter gewählt.',
  'probes.login.checkTarget':
    'Prüfen Sie, ob {target} der SMTP-Server Ihres Anbieters ist, bevor Sie Ihr Passwort senden.',
  'probes.login.typeServer':
    'Geben Sie den SMTP-Server Ihres Anbieters ein und prüfen Sie, ob er wirklich ihm gehört, bevor Sie Ihr Passwort senden.',
  'probes.login.notRunning': 'Der Test-Server läuft nicht.',
  'probes.login.startIt': 'Starten Sie ihn auf diesem Computer:',
  'probes.login.copyStart': 'Startbefehl kopieren',
  'probes.login.notTried': 'Nicht versucht:',
  'probes.login.accepted': 'Angenommen:',
  'probes.login.acceptedDetail':
    'Der Server an Port {port} hat diesen Benutzernamen und dieses Passwort akzeptiert.',
  'probes.login.rejected': 'Abgelehnt:',
  'probes.login.rejectedCode': 'Abgelehnt ({code}):',
  'probes.login.refused': 'Der Server hat die Anmeldung abgelehnt.',
  'probes.runner.noLogin': 'Der Test-Server hat die Anmeldeprüfung nicht ausgeführt.',
  'probes.nativeLabel': 'das Hilfsprogramm von SMTP Doctor auf diesem Computer',
  'probes.dns.off': 'DNS-Prüfungen sind ausgeschaltet.',
  'probes.dns.chooseResolver': 'Resolver in den Einstellungen wählen',
  'probes.dns.title': 'DNS-Prüfungen',
  'probes.dns.host': 'SMTP-Server',
  'probes.dns.domain': 'Ihre Domain',
  'probes.dns.checking': 'Wird geprüft …',
  'probes.dns.check': 'DNS prüfen',
  'probes.dns.asks': 'Fragt {resolver} über HTTPS, nur wenn Sie den Knopf drücken.',
  'probes.dns.results': 'DNS-Ergebnisse',
  'probes.manual.server': 'Auf dem Server',
  'probes.manual.typeHost':
    'Geben Sie oben den zu testenden Server ein, um Befehle zu erhalten, die Sie selbst ausführen können.',
  'probes.manual.badHost': 'Dieser Servername kann in keinem Befehl verwendet werden.',
  'probes.manual.title': 'Selbst prüfen',
  'probes.manual.port': 'Port',
  'probes.manual.platform': 'System',
  'probes.manual.copy': 'Befehl {tool} kopieren',
  'probes.manual.howToRead': 'So lesen Sie das Ergebnis',
  'probes.client.timeout': 'der Test-Server unter {url} hat nicht innerhalb von {ms} ms geantwortet',
  'probes.client.notRunning':
    'unter {url} antwortet kein Test-Server. Starten Sie ihn auf diesem Computer mit: {command}',
  'probes.client.notRunningWhy':
    'unter {url} antwortet kein Test-Server. Starten Sie ihn auf diesem Computer mit: {command} ({why})',
  'probes.client.unexpectedAnswer': 'unerwartete Antwort von {url} (HTTP {status})',
  'probes.client.notBackend': '{url} hat mit HTTP {status} geantwortet, aber nicht wie der Test-Server',
  'probes.client.tokenRefused': 'der Test-Server hat das Token abgelehnt: {error}',
  'probes.client.tokenMissing':
    'der Test-Server hat das Token abgelehnt: Es fehlt (Authorization: Bearer <token>)',
  'probes.client.tokenWrong': 'der Test-Server hat das Token abgelehnt: Es ist falsch',
  'probes.client.refused': 'die Anfrage wurde abgelehnt: {error}',
  'probes.client.notJson': '{url} hat nicht mit JSON geantwortet: Ist das wirklich der Test-Server?',
  'probes.client.malformedJson': '{url} hat fehlerhaftes JSON gesendet',
  'probes.client.noBody': 'der Test-Server hat eine leere Antwort gesendet',
  'probes.client.malformedLine': 'der Test-Server hat eine fehlerhafte Zeile gesendet',
  'probes.client.probeFailed': 'der Test ist fehlgeschlagen: {error}',
  'probes.client.unexpectedLine': 'der Test-Server hat eine unerwartete Zeile gesendet',
  'probes.client.cutShort': 'der Test-Server hat die Antwort vor dem Ergebnis abgebrochen',
  'probes.client.notSmtpDoctor': '{url} ist kein Test-Server von SMTP Doctor',
  'probes.client.notProbeResults': 'der Test-Server hat geantwortet, aber ohne Testergebnisse',
  'probes.native.noApi':
    'lokale Tests sind in diesem Browser nicht aktiviert (die Berechtigung „nativeMessaging“ fehlt, oder diese Seite wurde vor der Freigabe geöffnet)',
  'probes.native.notEnabled': 'lokale Tests sind in diesem Browser nicht aktiviert ({why})',
  'probes.native.timeout':
    'das Hilfsprogramm von SMTP Doctor auf diesem Computer hat nicht innerhalb von {ms} ms geantwortet',
  'probes.native.notInstalled':
    'das Hilfsprogramm von SMTP Doctor auf diesem Computer ist nicht installiert oder ist nicht gestartet. Installieren Sie es mit: {command}',
  'probes.native.notInstalledWhy':
    'das Hilfsprogramm von SMTP Doctor auf diesem Computer ist nicht installiert oder ist nicht gestartet. Installieren Sie es mit: {command} ({why})',
  'probes.native.unexpected':
    'das Hilfsprogramm von SMTP Doctor auf diesem Computer hat eine unerwartete Nachricht gesendet',
  'probes.native.unreachable':
    'das Hilfsprogramm von SMTP Doctor auf diesem Computer war nicht erreichbar ({why})',
  'probes.native.notHost': 'das Hilfsprogramm auf diesem Computer ist kein Test-Programm von SMTP Doctor',
  'probes.refusal.hostEmpty': 'kein Server angegeben',
  'probes.refusal.hostTooLong': 'der Servername ist zu lang',
  'probes.refusal.notAHost': '„{host}“ ist weder ein Servername noch eine IP-Adresse',
  'probes.refusal.notAHostPort':
    '„{host}“ ist weder ein Servername noch eine IP-Adresse (geben Sie Ports getrennt an)',
  'probes.refusal.invalidHostName': '„{host}“ ist kein gültiger Servername',
  'probes.refusal.address': 'Ziel abgelehnt: {address} ist {range}',
  'probes.refusal.notAnIp': 'Ziel abgelehnt: „{address}“ ist keine IP-Adresse',
  'probes.refusal.resolves': 'Ziel abgelehnt: {name} verweist auf {range}',
  'probes.refusal.resolvesNotIp':
    'Ziel abgelehnt: {name} verweist auf „{address}“, und das ist keine IP-Adresse',
  'probes.refusal.localName': 'Ziel abgelehnt: „{name}“ ist ein lokaler Name',
  'probes.refusal.singleLabel':
    'Ziel abgelehnt: „{name}“ ist ein Name ohne Punkt (er würde innerhalb dieses Netzwerks aufgelöst)',
  'probes.refusal.notAPortList': '„{text}“ ist keine Liste von Ports',
  'probes.refusal.portsNotAllowed':
    '{count, plural, one {Port {ports} ist nicht erlaubt; dieser Test-Server prüft {allowed}} other {Ports {ports} sind nicht erlaubt; dieser Test-Server prüft {allowed}}}',
  'probes.refusal.loginNeedsLoopback':
    'die Anmeldeprüfung gibt es nur, wenn der Test-Server auf der Loopback-Adresse lauscht',
  'probes.refusal.busy':
    '{running, plural, one {ausgelastet: # Test läuft gerade, versuchen Sie es gleich noch einmal} other {ausgelastet: # Tests laufen gerade, versuchen Sie es gleich noch einmal}}',
  'probes.refusal.rateLimited':
    '{seconds, plural, one {zu viele Anfragen (höchstens {max}), versuchen Sie es in # Sekunde erneut} other {zu viele Anfragen (höchstens {max}), versuchen Sie es in # Sekunden erneut}}',
  'probes.refusal.tokenMissing': 'Token fehlt (Authorization: Bearer <token>)',
  'probes.refusal.tokenWrong': 'falsches Token',
  'probes.refusal.internal': 'interner Fehler',
  'probes.range.private': 'eine private Adresse',
  'probes.range.loopback': 'eine Loopback-Adresse',
  'probes.range.linkLocal': 'eine link-lokale Adresse',
  'probes.range.multicast': 'eine Multicast-Adresse',
  'probes.range.uniqueLocal': 'eine lokale IPv6-Adresse (Unique Local)',
  'probes.range.ipv4Mapped': 'eine IPv6-Adresse mit eingebetteter IPv4-Adresse (IPv4-mapped)',
  'probes.range.rfc6145': 'eine übersetzte IPv6-Adresse (IPv4-translated)',
  'probes.range.rfc6052': 'eine NAT64-Adresse',
  'probes.range.6to4': 'eine 6to4-Adresse',
  'probes.range.teredo': 'eine Teredo-Adresse',
  'probes.range.carrierGradeNat': 'eine Carrier-Grade-NAT-Adresse',
  'probes.range.reserved': 'eine reservierte Adresse',
  'probes.range.unspecified': 'die unspezifizierte Adresse',
  'probes.range.broadcast': 'die Broadcast-Adresse',
  'probes.range.metadata': 'eine Cloud-Metadaten-Adresse',
  'probes.range.ipv4Compatible': 'eine IPv4-kompatible IPv6-Adresse',
  'probes.range.special': 'eine Adresse für besondere Zwecke ({range})',
  'probes.verdict.best.starttls': 'Port {port} mit STARTTLS funktioniert',
  'probes.verdict.best.tls': 'Port {port} mit SSL/TLS funktioniert',
  'probes.verdict.best.plain': 'Port {port} antwortet, aber ohne Verschlüsselung',
  'probes.verdict.bestHere.starttls': 'Port {port} mit STARTTLS funktioniert von hier aus',
  'probes.verdict.bestHere.tls': 'Port {port} mit SSL/TLS funktioniert von hier aus',
  'probes.verdict.bestHere.plain': 'Port {port} antwortet von hier aus, aber ohne Verschlüsselung',
  'probes.verdict.fix.starttls': 'verwenden Sie Port {port} mit STARTTLS',
  'probes.verdict.fix.tls': 'verwenden Sie Port {port} mit SSL/TLS (implizites TLS)',
  'probes.verdict.fix.plain':
    'verwenden Sie Port {port} (er bietet keine Verschlüsselung: senden Sie darüber kein Passwort)',
  'probes.verdict.dns': '{host} lässt sich von hier aus nicht auflösen',
  'probes.verdict.dnsWhy': '{host} lässt sich von hier aus nicht auflösen ({error})',
  'probes.verdict.dnsFix':
    'prüfen Sie den Namen des SMTP-Servers auf Tippfehler und ob er im DNS existiert (Ihr Anbieter nennt ihn in seiner Einrichtungsanleitung)',
  'probes.verdict.blockedButWorks':
    '{ports}: von hier aus blockiert (Zeitüberschreitung beim Verbinden); {works}',
  'probes.verdict.plainOnTls':
    'Port {port} antwortet mit unverschlüsseltem SMTP (erwartet wird STARTTLS, nicht SSL/TLS)',
  'probes.verdict.tlsOnPlain':
    'Port {port} spricht TLS ab dem ersten Byte (erwartet wird SSL/TLS, nicht STARTTLS)',
  'probes.verdict.fixChooseTls': 'wählen Sie für Port {port} SSL/TLS (implizites TLS) statt STARTTLS',
  'probes.verdict.fixChooseStarttls': 'wählen Sie für Port {port} STARTTLS statt SSL/TLS',
  'probes.verdict.certUntrusted': 'dem Zertifikat auf Port {port} wird nicht vertraut: {error}',
  'probes.verdict.unknownReason': 'unbekannter Grund',
  'probes.verdict.fixCertName':
    'verwenden Sie den Hostnamen, den das Zertifikat nennt ({names}), als SMTP-Server, oder bitten Sie den Anbieter, das Zertifikat zu korrigieren',
  'probes.verdict.fixCertOperator':
    'bitten Sie den Betreiber des Servers, ein gültiges Zertifikat zu installieren; schalten Sie die Zertifikatsprüfung in Ihrem E-Mail-Programm nicht ab',
  'probes.verdict.handshakeFails': 'der TLS-Handshake auf Port {port} schlägt fehl: {error}',
  'probes.verdict.fixHandshake':
    'der Server und dieser Rechner haben keine gemeinsame TLS-Version oder Verschlüsselung: aktualisieren Sie das E-Mail-Programm (TLS 1.2+) oder bitten Sie den Betreiber, TLS 1.2/1.3 zu aktivieren',
  'probes.verdict.allTimedOut':
    'bei jedem Port kam es zur Zeitüberschreitung ({ports}): eine Firewall verwirft SMTP zwischen diesem Netzwerk und {host}',
  'probes.verdict.someTimedOut':
    'Zeitüberschreitung bei {ports}, und sonst antwortet nichts: eine Firewall verwirft SMTP zwischen diesem Netzwerk und {host}',
  'probes.verdict.fixFirewall':
    'versuchen Sie es aus einem anderen Netzwerk (zum Beispiel über einen Handy-Hotspot): Wenn es dort funktioniert, blockiert dieses Netzwerk SMTP — fragen Sie dessen Betreiber, oder verwenden Sie ein Relay auf Port 2525 oder eine HTTPS-E-Mail-API',
  'probes.verdict.refused': '{ports}: Verbindung abgelehnt',
  'probes.verdict.unreachable': '{ports}: nicht erreichbar (keine Route)',
  'probes.verdict.silent': '{ports}: Verbindung angenommen, aber keine SMTP-Begrüßung gesendet',
  'probes.verdict.answered': 'Port {port} hat „{banner}“ geantwortet',
  'probes.verdict.noPortAnswered': 'kein Port hat geantwortet',
  'probes.verdict.fixUnreachable':
    'prüfen Sie Servername und Port in der Einrichtungsanleitung Ihres Anbieters; dort, wohin die Einstellungen zeigen, lauscht nichts Brauchbares',
  'probes.verdict.port.notUsable': '{port} nicht nutzbar',
  'probes.verdict.port.refused': '{port} abgelehnt',
  'probes.verdict.port.unreachable': '{port} nicht erreichbar',
  'probes.verdict.port.dnsError': '{port} DNS-Fehler',
  'probes.verdict.port.timeout': '{port} Zeitüberschreitung',
};
