import type { TranslationOf } from '../../catalog';
import type { cli as english } from '../en/cli';

export const cli: TranslationOf<typeof english> = {
  'cli.usage.title': 'Aufruf:',
  'cli.usage.explain': 'einen Fehler beim E-Mail-Versand erklären (TEXT oder stdin)',
  'cli.usage.settings': 'Einstellungen für den Postausgang ermitteln',
  'cli.usage.probe': 'SMTP-Ports von diesem Rechner aus testen',
  'cli.usage.serve': 'den Test-Server starten',
  'cli.usage.native': 'die Erweiterung von diesem Computer aus testen lassen (ohne Server)',
  'cli.unknownCommand': 'unbekannter Befehl „{name}“',
  'cli.explain.confidence': 'Sicherheit {percent}',
  'cli.explain.rule': 'Regel {rule}',
  'cli.explain.evidence': 'Belege',
  'cli.explain.facts': 'Fakten',
  'cli.explain.assumed': 'angenommen',
  'cli.explain.delivery': 'Art des Versands: Zustellung',
  'cli.explain.submission': 'Art des Versands: Einlieferung',
  'cli.explain.why': 'Warum',
  'cli.explain.confirm': 'So bestätigen Sie es',
  'cli.explain.fix': 'So beheben Sie es',
  'cli.explain.alternatives': 'Es könnte auch sein',
  'cli.explain.tellApart': 'Unterscheiden: {title}. {text}',
  'cli.help.options': 'Optionen:',
  'cli.help.exitStatus': 'Rückgabewert:',
  'cli.help.help': 'diese Hilfe anzeigen',
  'cli.error.unknownOption': 'unbekannte Option „{option}“',
  'cli.explain.help.about':
    'Erklärt einen Fehler beim E-Mail-Versand: die wahrscheinliche Ursache, die Belege und die Lösung.\nTEXT-Argumente werden mit Leerzeichen verbunden; ohne TEXT wird der Fehler von der Standardeingabe gelesen.\nDer Text gilt als Fehler, den Sie übergeben haben (Erklär-Modus): Auch schwache Hinweise zählen,\nund die Antwort ist die beste Vermutung mit Alternativen.',
  'cli.explain.help.json': 'ein JSON-Objekt ausgeben:',
  'cli.explain.help.jsonl':
    'Stapelmodus: je Zeile der Standardeingabe einen JSON-kodierten String lesen\nund je Zeile ein solches Objekt ausgeben, in derselben Reihenfolge',
  'cli.explain.help.scan':
    'streng lesen, so wie die Erweiterung Seitentext liest, nach dem niemand gefragt hat',
  'cli.explain.help.endOfOptions': 'Ende der Optionen (für Text, der mit „-“ beginnt)',
  'cli.explain.help.exit0': 'ein Versandfehler wurde gefunden (--jsonl: jede Zeile war ein JSON-String)',
  'cli.explain.help.exit1': 'der Text ist kein Fehler beim E-Mail-Versand',
  'cli.explain.help.exit2':
    'falscher Aufruf: unbekannte Option, --json zusammen mit --jsonl, keine Eingabe (--jsonl: eine Zeile\nwar kein JSON-String oder länger als {limit}; sie wurde mit {noMatch} beantwortet\nund auf stderr gemeldet), oder die Standardeingabe war länger als {limit}: nur die letzten\n{limit} wurden erklärt',
  'cli.explain.error.jsonWithJsonl': '--json und --jsonl lassen sich nicht zusammen verwenden',
  'cli.explain.error.jsonlWithText': '--jsonl liest nur die Standardeingabe; lassen Sie TEXT weg',
  'cli.explain.error.noInput':
    'nichts zu erklären: Geben Sie den Fehler als TEXT an oder leiten Sie ihn auf die Standardeingabe',
  'cli.explain.error.empty': 'die Eingabe ist leer: nichts zu erklären',
  'cli.explain.error.lineNotJson': 'Zeile {line}: kein JSON-kodierter String; beantwortet mit match:false',
  'cli.explain.error.lineTooLong': 'Zeile {line}: länger als {limit}; beantwortet mit match:false',
  'cli.explain.error.cut':
    'die Eingabe wurde gekürzt: Sie hatte {bytes} Bytes; nur die letzten {limit} wurden erklärt (Rückgabewert 2)',
};
