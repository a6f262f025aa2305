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
  'cli.help.options': 'Opciones:',
  'cli.help.exitStatus': 'Código de salida:',
  'cli.help.help': 'mostrar esta ayuda',
  'cli.error.unknownOption': 'opción desconocida «{option}»',
  'cli.explain.help.about':
    'Explica un error al enviar correo: la causa probable, las pruebas y cómo solucionarlo.\nLos argumentos TEXT se unen con espacios; sin TEXT, el error se lee de la entrada estándar.\nEl texto se lee como un error que tú has entregado (modo explicación): cuentan también los indicios débiles\ny la respuesta es la mejor hipótesis, con alternativas.',
  'cli.explain.help.json': 'mostrar un objeto JSON:',
  'cli.explain.help.jsonl':
    'modo por lotes: leer una cadena codificada en JSON por línea de la entrada estándar\ny mostrar un objeto así por línea, en el mismo orden',
  'cli.explain.help.scan':
    'leer de forma estricta, como la extensión lee el texto de una página que nadie ha consultado',
  'cli.explain.help.endOfOptions': 'fin de las opciones (para texto que empieza por «-»)',
  'cli.explain.help.exit0': 'se encontró un error de envío (--jsonl: cada línea era una cadena JSON)',
  'cli.explain.help.exit1': 'el texto no es un error de envío de correo',
  'cli.explain.help.exit2':
    'uso incorrecto: opción desconocida, --json con --jsonl, sin entrada (--jsonl: alguna línea\nno era una cadena JSON o superaba {limit}; se respondió con {noMatch}\ny se indicó en stderr), o la entrada estándar superaba {limit}: solo se explicaron\nsus últimos {limit}',
  'cli.explain.error.jsonWithJsonl': '--json y --jsonl no se pueden usar juntos',
  'cli.explain.error.jsonlWithText': '--jsonl solo lee la entrada estándar; quita el TEXT',
  'cli.explain.error.noInput':
    'nada que explicar: indica el error como TEXT o pásalo por la entrada estándar',
  'cli.explain.error.empty': 'la entrada está vacía: nada que explicar',
  'cli.explain.error.lineNotJson': 'línea {line}: no es una cadena codificada en JSON; respuesta match:false',
  'cli.explain.error.lineTooLong': 'línea {line}: supera {limit}; respuesta match:false',
  'cli.explain.error.cut':
    'la entrada se recortó: tenía {bytes} bytes; solo se explicaron sus últimos {limit} (código de salida 2)',
};
