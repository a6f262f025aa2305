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
};
