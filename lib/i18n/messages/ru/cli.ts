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
};
