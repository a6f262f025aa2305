import type { TranslationOf } from '../../catalog';
import type { cli as english } from '../en/cli';

export const cli: TranslationOf<typeof english> = {
  'cli.usage.title': 'Использование:',
  'cli.usage.explain': 'объяснить ошибку отправки почты (ТЕКСТ или stdin)',
  'cli.usage.settings': 'найти настройки отправки',
  'cli.usage.probe': 'проверить SMTP-порты с этой машины',
  'cli.usage.serve': 'запустить сервер проверок',
  'cli.usage.native': 'разрешить расширению проверять с этого компьютера (без сервера)',
  'cli.unknownCommand': 'неизвестная команда «{name}»',
  'cli.explain.confidence': 'уверенность {percent}',
  'cli.explain.rule': 'правило {rule}',
  'cli.explain.evidence': 'Признаки',
  'cli.explain.facts': 'Факты',
  'cli.explain.assumed': 'предположительно',
  'cli.explain.delivery': 'Вид отправки: доставка',
  'cli.explain.submission': 'Вид отправки: отправка клиентом',
  'cli.explain.why': 'Почему',
  'cli.explain.confirm': 'Как подтвердить',
  'cli.explain.fix': 'Как исправить',
  'cli.explain.alternatives': 'Может быть также',
  'cli.explain.tellApart': 'Как отличить: {title}. {text}',
  'cli.help.options': 'Параметры:',
  'cli.help.exitStatus': 'Код возврата:',
  'cli.help.help': 'показать эту справку',
  'cli.error.unknownOption': 'неизвестный параметр «{option}»',
  'cli.explain.help.about':
    'Объясняет ошибку отправки почты: вероятную причину, признаки и способ исправить.\nАргументы TEXT соединяются пробелами; без TEXT ошибка читается из стандартного ввода.\nТекст читается как ошибка, которую вы передали сами (режим объяснения): учитываются и слабые признаки,\nа ответ — наиболее вероятная причина с альтернативами.',
  'cli.explain.help.json': 'вывести один объект JSON:',
  'cli.explain.help.jsonl':
    'пакетный режим: читать по одной строке в кодировке JSON на строку стандартного ввода\nи выводить по одному такому объекту на строку, в том же порядке',
  'cli.explain.help.scan':
    'читать строго, как расширение читает текст страницы, о котором никто не спрашивал',
  'cli.explain.help.endOfOptions': 'конец параметров (для текста, начинающегося с «-»)',
  'cli.explain.help.exit0': 'найдена ошибка отправки (--jsonl: каждая строка была строкой JSON)',
  'cli.explain.help.exit1': 'текст не является ошибкой отправки почты',
  'cli.explain.help.exit2':
    'неверный вызов: неизвестный параметр, --json вместе с --jsonl, нет ввода (--jsonl: какая-то строка\nне была строкой JSON или была длиннее {limit}; на неё ответили {noMatch}\nи сообщили в stderr), или стандартный ввод был длиннее {limit}: объяснены только его последние\n{limit}',
  'cli.explain.error.jsonWithJsonl': '--json и --jsonl нельзя использовать вместе',
  'cli.explain.error.jsonlWithText': '--jsonl читает только стандартный ввод; уберите TEXT',
  'cli.explain.error.noInput': 'нечего объяснять: передайте ошибку как TEXT или через стандартный ввод',
  'cli.explain.error.empty': 'ввод пуст: нечего объяснять',
  'cli.explain.error.lineNotJson': 'строка {line}: не строка в кодировке JSON; ответ match:false',
  'cli.explain.error.lineTooLong': 'строка {line}: длиннее {limit}; ответ match:false',
  'cli.explain.error.cut':
    'ввод обрезан: байт в нём было: {bytes}; объяснены только последние {limit} (код возврата 2)',
};
