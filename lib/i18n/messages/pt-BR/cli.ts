import type { TranslationOf } from '../../catalog';
import type { cli as english } from '../en/cli';

export const cli: TranslationOf<typeof english> = {
  'cli.usage.title': 'Uso:',
  'cli.usage.explain': 'explicar um erro de envio de e-mail (TEXTO ou stdin)',
  'cli.usage.settings': 'descobrir as configurações de envio',
  'cli.usage.probe': 'testar as portas SMTP a partir desta máquina',
  'cli.usage.serve': 'iniciar o servidor de testes',
  'cli.usage.native': 'deixar a extensão testar a partir deste computador (sem servidor)',
  'cli.unknownCommand': 'comando desconhecido “{name}”',
  'cli.explain.confidence': 'confiança {percent}',
  'cli.explain.rule': 'regra {rule}',
  'cli.explain.evidence': 'Evidências',
  'cli.explain.facts': 'Fatos',
  'cli.explain.assumed': 'presumido',
  'cli.explain.delivery': 'Tipo de envio: entrega',
  'cli.explain.submission': 'Tipo de envio: submissão',
  'cli.explain.why': 'Por quê',
  'cli.explain.confirm': 'Como confirmar',
  'cli.explain.fix': 'Como corrigir',
  'cli.explain.alternatives': 'Também pode ser',
  'cli.explain.tellApart': 'Para diferenciar: {title}. {text}',
};
