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
  'cli.help.options': 'Opções:',
  'cli.help.exitStatus': 'Código de saída:',
  'cli.help.help': 'mostrar esta ajuda',
  'cli.error.unknownOption': 'opção desconhecida “{option}”',
  'cli.explain.help.about':
    'Explica um erro de envio de e-mail: a causa provável, as evidências e como corrigir.\nOs argumentos TEXT são unidos com espaços; sem TEXT, o erro é lido da entrada padrão.\nO texto é lido como um erro que você entregou (modo explicação): indícios fracos também contam\ne a resposta é o melhor palpite, com alternativas.',
  'cli.explain.help.json': 'mostrar um objeto JSON:',
  'cli.explain.help.jsonl':
    'modo em lote: ler uma string codificada em JSON por linha da entrada padrão\ne mostrar um objeto desses por linha, na mesma ordem',
  'cli.explain.help.scan': 'ler de forma estrita, como a extensão lê o texto de uma página que ninguém pediu',
  'cli.explain.help.endOfOptions': 'fim das opções (para texto que começa com “-”)',
  'cli.explain.help.exit0': 'um erro de envio foi encontrado (--jsonl: cada linha era uma string JSON)',
  'cli.explain.help.exit1': 'o texto não é um erro de envio de e-mail',
  'cli.explain.help.exit2':
    'uso incorreto: opção desconhecida, --json com --jsonl, sem entrada (--jsonl: alguma linha\nnão era uma string JSON ou passava de {limit}; recebeu a resposta {noMatch}\ne foi informada no stderr), ou a entrada padrão passava de {limit}: só os últimos\n{limit} foram explicados',
  'cli.explain.error.jsonWithJsonl': '--json e --jsonl não podem ser usados juntos',
  'cli.explain.error.jsonlWithText': '--jsonl só lê a entrada padrão; tire o TEXT',
  'cli.explain.error.noInput': 'nada a explicar: informe o erro como TEXT ou envie-o pela entrada padrão',
  'cli.explain.error.empty': 'a entrada está vazia: nada a explicar',
  'cli.explain.error.lineNotJson': 'linha {line}: não é uma string codificada em JSON; resposta match:false',
  'cli.explain.error.lineTooLong': 'linha {line}: passa de {limit}; resposta match:false',
  'cli.explain.error.cut':
    'a entrada foi cortada: tinha {bytes} bytes; só os últimos {limit} foram explicados (código de saída 2)',
};
