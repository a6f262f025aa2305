import type { TranslationOf } from '../../catalog';
import type { probesUi as english } from '../en/probes';

export const probesUi: TranslationOf<typeof english> = {
  'probes.login.summary': 'Verificar o login',
  'probes.login.host': 'Servidor SMTP',
  'probes.login.hostPlaceholder': 'o servidor SMTP do seu provedor',
  'probes.login.port': 'Porta',
  'probes.login.user': 'Nome de usuário',
  'probes.login.pass': 'Senha ou senha de app',
  'probes.login.checking': 'Verificando…',
  'probes.login.check': 'Verificar login',
  'probes.login.hint':
    'Uma única tentativa de login a partir deste computador, pelo seu servidor de testes. A senha não é armazenada nem registrada.',
  'probes.login.chooseProvider': 'Escolha seu provedor',
  'probes.login.sendsTo': 'Sua senha será enviada para {target}',
  'probes.login.notProvider': '{target} não é um servidor de {provider}.',
  'probes.login.onlyProvider':
    'Envie sua senha apenas para um servidor que você sabe que é do seu provedor ({host}).',
  'probes.login.noProviderTarget':
    'Nenhum provedor de e-mail foi escolhido, então nada confirma este servidor.',
  'probes.login.noProvider': 'Nenhum provedor de e-mail foi escolhido.',
  'probes.login.checkTarget':
    'Confira se {target} é o servidor SMTP do seu provedor antes de enviar sua senha.',
  'probes.login.typeServer':
    'Digite o servidor SMTP do seu provedor e confira se ele é mesmo dele antes de enviar sua senha.',
  'probes.login.notRunning': 'O servidor de testes não está rodando.',
  'probes.login.startIt': 'Inicie-o neste computador:',
  'probes.login.copyStart': 'Copiar o comando de início',
  'probes.login.notTried': 'Não tentado:',
  'probes.login.accepted': 'Aceito:',
  'probes.login.acceptedDetail': 'o servidor na porta {port} aceitou este nome de usuário e esta senha.',
  'probes.login.rejected': 'Recusado:',
  'probes.login.rejectedCode': 'Recusado ({code}):',
  'probes.login.refused': 'o servidor recusou o login.',
  'probes.runner.noLogin': 'O servidor de testes não fez a verificação de login.',
  'probes.nativeLabel': 'o assistente do SMTP Doctor neste computador',
  'probes.dns.off': 'As verificações de DNS estão desativadas.',
  'probes.dns.chooseResolver': 'Escolha um resolvedor nas configurações',
  'probes.dns.title': 'Verificações de DNS',
  'probes.dns.host': 'Servidor SMTP',
  'probes.dns.domain': 'Seu domínio',
  'probes.dns.checking': 'Verificando…',
  'probes.dns.check': 'Verificar DNS',
  'probes.dns.asks': 'Consulta o {resolver} por HTTPS, só quando você clica no botão.',
  'probes.dns.results': 'Resultados de DNS',
  'probes.manual.server': 'No servidor',
  'probes.manual.typeHost':
    'Digite acima o servidor a testar para receber comandos que você mesmo pode executar.',
  'probes.manual.badHost': 'Esse nome de host não pode ser usado em um comando.',
  'probes.manual.title': 'Verificar você mesmo',
  'probes.manual.port': 'Porta',
  'probes.manual.platform': 'Sistema',
  'probes.manual.copy': 'Copiar o comando {tool}',
  'probes.manual.howToRead': 'Como ler o resultado',
};
