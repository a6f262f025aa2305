import type { TranslationOf } from '../../catalog';
import type { optionsPage as english } from '../en/options-page';

export const optionsPage: TranslationOf<typeof english> = {
  'options.detect.address': 'Ihre E-Mail-Adresse',
  'options.detect.submit': 'Einstellungen ermitteln',
  'options.detect.busy': 'Die Einstellungen werden gesucht…',
  'options.detect.enterAddress': 'Geben Sie eine E-Mail-Adresse ein, zum Beispiel {example}.',
  'options.detect.isProvider': '{domain} gehört zu {name}.',
  'options.detect.found': 'Einstellungen für {domain} gefunden.',
  'options.detect.none':
    'Keine Einstellungen für {domain} gefunden. Wählen Sie den Anbieter aus der Liste, oder fragen Sie Ihren Mail-Anbieter nach seinem SMTP-Server.',
  'options.detect.attempts': 'Was abgefragt wurde',
  'options.detect.outcome.found': 'gefunden',
  'options.detect.outcome.notFound': 'nicht gefunden',
  'options.detect.outcome.error': 'Fehler',
  'options.detect.outcome.skipped': 'übersprungen',

  'options.native.intro':
    'Installieren Sie das Hilfsprogramm einmal (es braucht Node.js 20 oder neuer) und testen Sie es dann. Kein Server läuft dauerhaft: Der Browser startet das Hilfsprogramm, wenn Sie einen Test ausführen.',
  'options.native.copyInstall': 'Installationsbefehl kopieren',
  'options.native.permission':
    'Der Browser muss SMTP Doctor erlauben, mit Programmen auf diesem Computer zu sprechen (Native Messaging).',
  'options.native.allow': 'Lokale Tests erlauben',
  'options.native.reloadNeeded':
    'Erlaubt. Der Browser gibt den Zugriff nur Seiten, die ab jetzt geöffnet werden: Laden Sie diese Seite neu.',
  'options.native.reload': 'Neu laden',
  'options.native.testing': 'Wird getestet…',
  'options.native.test': 'Hilfsprogramm testen',
  'options.native.connected': 'Hilfsprogramm von SMTP Doctor {version} auf diesem Computer',
  'options.native.notRunning': 'Das Hilfsprogramm ist nicht installiert oder ist nicht gestartet.',
  'options.native.runThis': 'Führen Sie dies in einem Terminal aus und testen Sie dann erneut:',

  'options.check.connected': 'Verbunden: {who}.',
  'options.check.connectedPorts': 'Verbunden: {who}, testet die Ports {ports}.',
  'options.check.connectedLab': 'Verbunden: {who} (Labormodus: Ziele auf Loopback erlaubt).',
  'options.check.connectedPortsLab':
    'Verbunden: {who}, testet die Ports {ports} (Labormodus: Ziele auf Loopback erlaubt).',
  'options.check.unauthorized':
    'Der Test-Server hat das Token abgelehnt. Kopieren Sie es erneut aus seiner Ausgabe.',
  'options.check.broken': 'Etwas hat geantwortet, aber es hat nicht funktioniert: {error}.',

  'options.builtIn.missing':
    'Der Browser lässt SMTP Doctor die beobachteten Webmail- und Hosting-Panel-Seiten ({sites} …) nicht lesen, daher findet es dort keine Sendefehler.',
  'options.builtIn.denied': 'Der Zugriff wurde nicht gewährt.',
  'options.builtIn.allow': 'Zugriff auf diese Seiten erlauben',

  'options.sites.invalid': 'Geben Sie einen Hostnamen ein, zum Beispiel {example} oder {wildcard}.',
  'options.sites.refused': 'Der Browser hat die Anfrage abgelehnt: {error}',
  'options.sites.denied': 'Der Zugriff wurde nicht gewährt, daher wird die Seite nicht beobachtet.',
  'options.sites.failed': 'Die Seite konnte nicht beobachtet werden: {error}',

  'options.import.notJson': 'Die Datei ist kein gültiges JSON.',
  'options.import.notOurs': 'Dies ist keine Einstellungsdatei von SMTP Doctor.',
  'options.import.unknownVersion': 'Die Datei hat eine unbekannte Einstellungsversion.',
  'options.import.newer':
    'Die Datei stammt aus einer neueren Version (Einstellungen v{version}); aktualisieren Sie die Erweiterung.',
  'options.import.empty': 'Die Datei enthält keine Einstellungen.',

  'options.problem.notObject': 'kein Objekt',
  'options.problem.notText': 'kein Text',
  'options.problem.incompleteServer': 'unvollständige Servereinstellungen',
  'options.problem.unknownPlace': 'unbekannter Ort',
  'options.problem.notHttp': 'keine http(s)-Adresse',
  'options.problem.unknownRoute': 'unbekannter Testweg',
  'options.problem.notSite': 'keine Seite',
  'options.problem.notSitePattern': 'kein Seitenmuster: {pattern}',
  'options.problem.notList': 'keine Liste',
  'options.problem.unknownResolver': 'unbekannter Resolver',
  'options.problem.unknownLanguage': 'unbekannte Sprache: {value}',
  'options.problem.unreadable': 'konnte nicht gelesen werden',
};
