import type { TranslationOf } from '../../catalog';
import type { cli as english } from '../en/cli';

export const cli: TranslationOf<typeof english> = {
  'cli.usage.title': 'Uso:',
  'cli.usage.explain': 'explicar un error de envío de correo (TEXTO o stdin)',
  'cli.usage.settings': 'descubrir los ajustes de envío',
  'cli.usage.probe': 'probar los puertos SMTP desde esta máquina',
  'cli.usage.serve': 'iniciar el servidor de pruebas',
  'cli.usage.native': 'dejar que la extensión pruebe desde este equipo (sin servidor)',
  'cli.unknownCommand': 'comando desconocido «{name}»',
  'cli.explain.confidence': 'confianza {percent}',
  'cli.explain.rule': 'regla {rule}',
  'cli.explain.evidence': 'Pruebas',
  'cli.explain.facts': 'Datos',
  'cli.explain.assumed': 'supuesto',
  'cli.explain.delivery': 'Tipo de envío: entrega',
  'cli.explain.submission': 'Tipo de envío: envío de cliente',
  'cli.explain.why': 'Por qué',
  'cli.explain.confirm': 'Cómo confirmarlo',
  'cli.explain.fix': 'Cómo arreglarlo',
  'cli.explain.alternatives': 'También podría ser',
  'cli.explain.tellApart': 'Para distinguirlo: {title}. {text}',
};
