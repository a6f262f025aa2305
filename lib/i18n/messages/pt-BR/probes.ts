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
  'probes.client.timeout': 'o servidor de testes em {url} não respondeu em {ms} ms',
  'probes.client.notRunning':
    'nenhum servidor de testes responde em {url}. Inicie-o neste computador com: {command}',
  'probes.client.notRunningWhy':
    'nenhum servidor de testes responde em {url}. Inicie-o neste computador com: {command} ({why})',
  'probes.client.unexpectedAnswer': 'resposta inesperada de {url} (HTTP {status})',
  'probes.client.notBackend': '{url} respondeu HTTP {status}, mas não como o servidor de testes',
  'probes.client.tokenRefused': 'o servidor de testes recusou o token: {error}',
  'probes.client.tokenMissing':
    'o servidor de testes recusou o token: ele está faltando (Authorization: Bearer <token>)',
  'probes.client.tokenWrong': 'o servidor de testes recusou o token: ele está incorreto',
  'probes.client.refused': 'a solicitação foi recusada: {error}',
  'probes.client.notJson': '{url} não respondeu com JSON: é mesmo o servidor de testes?',
  'probes.client.malformedJson': '{url} enviou JSON malformado',
  'probes.client.noBody': 'o servidor de testes enviou uma resposta vazia',
  'probes.client.malformedLine': 'o servidor de testes enviou uma linha malformada',
  'probes.client.probeFailed': 'o teste falhou: {error}',
  'probes.client.unexpectedLine': 'o servidor de testes enviou uma linha inesperada',
  'probes.client.cutShort': 'o servidor de testes interrompeu a resposta antes do veredito',
  'probes.client.notSmtpDoctor': '{url} não é um servidor de testes do SMTP Doctor',
  'probes.client.notProbeResults': 'o servidor de testes respondeu, mas sem resultados de testes',
  'probes.native.noApi':
    'os testes locais não estão ativados neste navegador (a permissão “nativeMessaging” não foi concedida, ou esta página foi aberta antes da permissão)',
  'probes.native.notEnabled': 'os testes locais não estão ativados neste navegador ({why})',
  'probes.native.timeout': 'o assistente do SMTP Doctor neste computador não respondeu em {ms} ms',
  'probes.native.notInstalled':
    'o assistente do SMTP Doctor neste computador não está instalado ou não foi iniciado. Instale-o com: {command}',
  'probes.native.notInstalledWhy':
    'o assistente do SMTP Doctor neste computador não está instalado ou não foi iniciado. Instale-o com: {command} ({why})',
  'probes.native.unexpected': 'o assistente do SMTP Doctor neste computador enviou uma mensagem inesperada',
  'probes.native.unreachable':
    'não foi possível contatar o assistente do SMTP Doctor neste computador ({why})',
  'probes.native.notHost': 'o programa neste computador não é o assistente de testes do SMTP Doctor',
  'probes.refusal.hostEmpty': 'nenhum servidor informado',
  'probes.refusal.hostTooLong': 'o nome do servidor é longo demais',
  'probes.refusal.notAHost': '“{host}” não é um nome de servidor nem um endereço IP',
  'probes.refusal.notAHostPort':
    '“{host}” não é um nome de servidor nem um endereço IP (informe as portas separadamente)',
  'probes.refusal.invalidHostName': '“{host}” não é um nome de servidor válido',
  'probes.refusal.address': 'destino recusado: {address} é {range}',
  'probes.refusal.notAnIp': 'destino recusado: “{address}” não é um endereço IP',
  'probes.refusal.resolves': 'destino recusado: {name} aponta para {range}',
  'probes.refusal.resolvesNotIp':
    'destino recusado: {name} aponta para “{address}”, que não é um endereço IP',
  'probes.refusal.localName': 'destino recusado: “{name}” é um nome local',
  'probes.refusal.singleLabel':
    'destino recusado: “{name}” é um nome sem ponto (seria resolvido dentro desta rede)',
  'probes.refusal.notAPortList': '“{text}” não é uma lista de portas',
  'probes.refusal.portsNotAllowed':
    '{count, plural, one {a porta {ports} não é permitida; este servidor de testes verifica {allowed}} other {as portas {ports} não são permitidas; este servidor de testes verifica {allowed}}}',
  'probes.refusal.loginNeedsLoopback':
    'a verificação de login só está disponível quando o servidor de testes escuta no endereço de loopback',
  'probes.refusal.busy':
    '{running, plural, one {ocupado: # teste em andamento, tente de novo em instantes} other {ocupado: # testes em andamento, tente de novo em instantes}}',
  'probes.refusal.rateLimited':
    '{seconds, plural, one {solicitações demais (limite {max}), tente de novo em # segundo} other {solicitações demais (limite {max}), tente de novo em # segundos}}',
  'probes.refusal.tokenMissing': 'token ausente (Authorization: Bearer <token>)',
  'probes.refusal.tokenWrong': 'token incorreto',
  'probes.refusal.internal': 'erro interno',
  'probes.range.private': 'um endereço privado',
  'probes.range.loopback': 'um endereço de loopback',
  'probes.range.linkLocal': 'um endereço link-local',
  'probes.range.multicast': 'um endereço multicast',
  'probes.range.uniqueLocal': 'um endereço IPv6 local único',
  'probes.range.ipv4Mapped': 'um endereço IPv6 que contém um IPv4 (IPv4-mapped)',
  'probes.range.rfc6145': 'um endereço IPv6 traduzido de IPv4',
  'probes.range.rfc6052': 'um endereço NAT64',
  'probes.range.6to4': 'um endereço 6to4',
  'probes.range.teredo': 'um endereço Teredo',
  'probes.range.carrierGradeNat': 'um endereço de NAT da operadora (CGNAT)',
  'probes.range.reserved': 'um endereço reservado',
  'probes.range.unspecified': 'o endereço não especificado',
  'probes.range.broadcast': 'o endereço de broadcast',
  'probes.range.metadata': 'um endereço de metadados de nuvem',
  'probes.range.ipv4Compatible': 'um endereço IPv6 compatível com IPv4',
  'probes.range.special': 'um endereço de uso especial ({range})',
  'probes.verdict.best.starttls': 'a porta {port} com STARTTLS funciona',
  'probes.verdict.best.tls': 'a porta {port} com SSL/TLS funciona',
  'probes.verdict.best.plain': 'a porta {port} responde, mas sem criptografia',
  'probes.verdict.bestHere.starttls': 'a porta {port} com STARTTLS funciona daqui',
  'probes.verdict.bestHere.tls': 'a porta {port} com SSL/TLS funciona daqui',
  'probes.verdict.bestHere.plain': 'a porta {port} responde daqui, mas sem criptografia',
  'probes.verdict.fix.starttls': 'use a porta {port} com STARTTLS',
  'probes.verdict.fix.tls': 'use a porta {port} com SSL/TLS (TLS implícito)',
  'probes.verdict.fix.plain':
    'use a porta {port} (ela não oferece criptografia: não envie uma senha por ela)',
  'probes.verdict.dns': '{host} não é resolvido daqui',
  'probes.verdict.dnsWhy': '{host} não é resolvido daqui ({error})',
  'probes.verdict.dnsFix':
    'verifique se o nome do servidor SMTP não tem erros de digitação e se ele existe no DNS (seu provedor informa o nome no guia de configuração)',
  'probes.verdict.blockedButWorks': '{ports}: conexão bloqueada daqui (tempo limite excedido); {works}',
  'probes.verdict.plainOnTls':
    'a porta {port} responde em SMTP sem criptografia (ela espera STARTTLS, não SSL/TLS)',
  'probes.verdict.tlsOnPlain':
    'a porta {port} fala TLS desde o primeiro byte (ela espera SSL/TLS, não STARTTLS)',
  'probes.verdict.fixChooseTls': 'na porta {port}, escolha SSL/TLS (TLS implícito) em vez de STARTTLS',
  'probes.verdict.fixChooseStarttls': 'na porta {port}, escolha STARTTLS em vez de SSL/TLS',
  'probes.verdict.certUntrusted': 'o certificado da porta {port} não é confiável: {error}',
  'probes.verdict.unknownReason': 'motivo desconhecido',
  'probes.verdict.fixCertName':
    'use como servidor SMTP o nome de host que o certificado indica ({names}) ou peça ao provedor para corrigir o certificado',
  'probes.verdict.fixCertOperator':
    'peça ao administrador do servidor para instalar um certificado válido; não desative a verificação de certificados no seu programa de e-mail',
  'probes.verdict.handshakeFails': 'o handshake TLS na {port} falha: {error}',
  'probes.verdict.fixHandshake':
    'o servidor e esta máquina não têm nenhuma versão de TLS ou cifra em comum: atualize o programa de e-mail (TLS 1.2+) ou peça ao administrador para ativar TLS 1.2/1.3',
  'probes.verdict.allTimedOut':
    'todas as portas excederam o tempo limite ({ports}): um firewall bloqueia SMTP entre esta rede e {host}',
  'probes.verdict.someTimedOut':
    'tempo limite excedido em {ports} e nada mais responde: um firewall bloqueia SMTP entre esta rede e {host}',
  'probes.verdict.fixFirewall':
    'tente de outra rede (por exemplo, o hotspot de um celular): se funcionar lá, esta rede bloqueia SMTP — fale com quem a administra ou use um relay na porta 2525 ou uma API de e-mail via HTTPS',
  'probes.verdict.refused': '{ports}: conexão recusada',
  'probes.verdict.unreachable': '{ports}: inalcançável (sem rota)',
  'probes.verdict.silent': '{ports}: conexão aceita, mas sem saudação SMTP',
  'probes.verdict.answered': 'a porta {port} respondeu “{banner}”',
  'probes.verdict.noPortAnswered': 'nenhuma porta respondeu',
  'probes.verdict.fixUnreachable':
    'confira o nome do servidor e a porta no guia de configuração do seu provedor; nada utilizável escuta onde as configurações apontam',
  'probes.verdict.port.notUsable': '{port} inutilizável',
  'probes.verdict.port.refused': '{port} recusada',
  'probes.verdict.port.unreachable': '{port} inalcançável',
  'probes.verdict.port.dnsError': '{port} erro de DNS',
  'probes.verdict.port.timeout': '{port} tempo esgotado',
};
