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
};
