import type { TranslationOf } from '../../catalog';
import type { optionsPage as english } from '../en/options-page';

export const optionsPage: TranslationOf<typeof english> = {
  'options.detect.address': 'Seu endereço de e-mail',
  'options.detect.submit': 'Detectar configurações',
  'options.detect.busy': 'Procurando as configurações…',
  'options.detect.enterAddress': 'Digite um endereço de e-mail, como {example}.',
  'options.detect.isProvider': '{domain} é {name}.',
  'options.detect.found': 'Configurações encontradas para {domain}.',
  'options.detect.none':
    'Nenhuma configuração encontrada para {domain}. Escolha o provedor na lista ou pergunte ao seu provedor de e-mail qual é o servidor SMTP dele.',
  'options.detect.attempts': 'O que foi consultado',
  'options.detect.outcome.found': 'encontrado',
  'options.detect.outcome.notFound': 'não encontrado',
  'options.detect.outcome.error': 'erro',
  'options.detect.outcome.skipped': 'ignorado',

  'options.native.intro':
    'Instale o assistente uma vez (ele precisa do Node.js 20 ou mais recente) e depois teste-o. Nenhum servidor fica em execução: o navegador inicia o assistente quando você executa um teste.',
  'options.native.copyInstall': 'Copiar o comando de instalação',
  'options.native.permission':
    'O navegador precisa permitir que o SMTP Doctor converse com programas neste computador (mensagens nativas).',
  'options.native.allow': 'Permitir testes locais',
  'options.native.reloadNeeded':
    'Permitido. O navegador libera isso só nas páginas abertas a partir de agora: recarregue esta página.',
  'options.native.reload': 'Recarregar',
  'options.native.testing': 'Testando…',
  'options.native.test': 'Testar o assistente',
  'options.native.connected': 'Assistente do SMTP Doctor {version} neste computador',
  'options.native.notRunning': 'O assistente não está instalado ou não foi iniciado.',
  'options.native.runThis': 'Execute isto em um terminal e teste novamente:',

  'options.check.connected': 'Conectado: {who}.',
  'options.check.connectedPorts': 'Conectado: {who}, testando as portas {ports}.',
  'options.check.connectedLab': 'Conectado: {who} (modo de laboratório: destinos de loopback permitidos).',
  'options.check.connectedPortsLab':
    'Conectado: {who}, testando as portas {ports} (modo de laboratório: destinos de loopback permitidos).',
  'options.check.unauthorized': 'O servidor de testes recusou o token. Copie-o novamente do que ele mostra.',
  'options.check.broken': 'Algo respondeu, mas não funcionou: {error}.',

  'options.builtIn.missing':
    'O navegador não permite que o SMTP Doctor leia os sites de webmail e de painéis de hospedagem que ele monitora ({sites} …), então ele não consegue encontrar erros de envio neles.',
  'options.builtIn.denied': 'O acesso não foi concedido.',
  'options.builtIn.allow': 'Permitir acesso a estes sites',

  'options.sites.invalid': 'Digite um nome de host, como {example} ou {wildcard}.',
  'options.sites.refused': 'O navegador recusou a solicitação: {error}',
  'options.sites.denied': 'O acesso não foi concedido, então o site não é monitorado.',
  'options.sites.failed': 'Não foi possível começar a monitorar o site: {error}',

  'options.import.notJson': 'O arquivo não é um JSON válido.',
  'options.import.notOurs': 'Este não é um arquivo de configurações do SMTP Doctor.',
  'options.import.unknownVersion': 'O arquivo tem uma versão de configurações desconhecida.',
  'options.import.newer':
    'O arquivo é de uma versão mais nova (configurações v{version}); atualize a extensão.',
  'options.import.empty': 'O arquivo não contém configurações.',

  'options.problem.notObject': 'não é um objeto',
  'options.problem.notText': 'não é um texto',
  'options.problem.incompleteServer': 'configurações de servidor incompletas',
  'options.problem.unknownPlace': 'local desconhecido',
  'options.problem.notHttp': 'não é um endereço http(s)',
  'options.problem.unknownRoute': 'via de teste desconhecida',
  'options.problem.notSite': 'não é um site',
  'options.problem.notSitePattern': 'não é um padrão de site: {pattern}',
  'options.problem.notList': 'não é uma lista',
  'options.problem.unknownResolver': 'resolvedor desconhecido',
  'options.problem.unknownLanguage': 'idioma desconhecido: {value}',
  'options.problem.unreadable': 'não pôde ser lido',
};
