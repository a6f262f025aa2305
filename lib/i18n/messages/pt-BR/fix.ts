import type { TranslationOf } from '../../catalog';
import type { fix as english } from '../en/fix';

export const fix: TranslationOf<typeof english> = {
  'fix.label.server': 'Servidor',
  'fix.label.port': 'Porta',
  'fix.label.security': 'Segurança',
  'fix.label.username': 'Nome de usuário',
  'fix.security.ssl': 'SSL/TLS (criptografado desde o primeiro byte)',
  'fix.secret.password': 'a senha da sua caixa de correio',
  'fix.secret.appPassword': 'uma senha de app',
  'fix.secret.apiKey': 'a chave de API',
  'fix.secret.smtpPassword': 'a senha SMTP',
  'fix.secret.bridgePassword': 'a senha do Bridge',
  'fix.providerFallback': 'seu provedor de e-mail',

  'fix.walkthrough.title': 'Enviar pelo {provider}: {host}, porta {port}, {security}',
  'fix.walkthrough.server': 'Defina o servidor (host) como {host}.',
  'fix.walkthrough.port': 'Defina a porta como {port} e a segurança da conexão como {security}.',
  'fix.walkthrough.username': 'Ative a autenticação e digite o nome de usuário {username}.',
  'fix.walkthrough.create.appPassword':
    'Crie uma senha de app para {provider} e cole-a como senha — não a sua senha normal de login.',
  'fix.walkthrough.create.apiKey':
    'Crie a chave de API para {provider} e cole-a como senha — não a sua senha normal de login.',
  'fix.walkthrough.create.smtpPassword':
    'Crie a senha SMTP para {provider} e cole-a como senha — não a sua senha normal de login.',
  'fix.walkthrough.create.bridgePassword':
    'Crie a senha do Bridge para {provider} e cole-a como senha — não a sua senha normal de login.',
  'fix.walkthrough.createLink.appPassword': 'Criar uma senha de app',
  'fix.walkthrough.createLink.apiKey': 'Criar a chave de API',
  'fix.walkthrough.createLink.smtpPassword': 'Criar a senha SMTP',
  'fix.walkthrough.createLink.bridgePassword': 'Criar a senha do Bridge',
  'fix.walkthrough.enter.password': 'Digite a senha da sua caixa de correio como senha.',
  'fix.walkthrough.enter.appPassword': 'Digite uma senha de app como senha.',
  'fix.walkthrough.enter.apiKey': 'Digite a chave de API como senha.',
  'fix.walkthrough.enter.smtpPassword': 'Digite a senha SMTP como senha.',
  'fix.walkthrough.enter.bridgePassword': 'Digite a senha do Bridge como senha.',
  'fix.walkthrough.test': 'Salve e depois envie uma mensagem de teste para você mesmo.',
  'fix.walkthrough.note.ssl':
    'A porta {port} espera TLS desde o primeiro byte: escolher STARTTLS aqui faz a conexão travar ou falhar com “wrong version number”.',
  'fix.walkthrough.note.starttls':
    'A porta {port} começa sem criptografia e muda para TLS com STARTTLS: escolher SSL/TLS aqui faz a conexão falhar.',

  'fix.port25.tcp.open': 'conectado',
  'fix.port25.tcp.timeout': 'sem resposta (o tempo da conexão esgotou)',
  'fix.port25.tcp.refused': 'conexão recusada',
  'fix.port25.tcp.unreachable': 'rede inacessível',
  'fix.port25.tcp.dnsError': 'não foi possível resolver o nome do host',
  'fix.port25.evidence.line': 'Porta {port}: {result}',
  'fix.port25.evidence.lineTo': 'Porta {port} para {host}: {result}',
  'fix.port25.evidence.after': 'após {ms} ms',
  'fix.port25.evidence.greeting': '(saudação: “{banner}”)',
  'fix.port25.evidence.tested': '— testado em {time} UTC',
  'fix.port25.why.port25':
    'A porta 25 é por onde os servidores de e-mail passam mensagens uns aos outros. Computadores infectados e servidores alugados abusam dela para enviar spam direto aos servidores dos destinatários, por isso a maioria dos provedores de internet e de nuvem a bloqueia na saída.',
  'fix.port25.why.submission':
    'Apps de e-mail e sites não precisam da porta 25: eles entregam o e-mail ao provedor pela 587 (STARTTLS) ou pela 465 (SSL/TLS) com nome de usuário e senha, e essas portas são feitas para os clientes.',
  'fix.port25.why.timeout':
    'Uma porta bloqueada aparece como uma conexão que esgota o tempo, não como senha errada — trocar as credenciais não vai ajudar.',
  'fix.port25.why.otherPort':
    'Algo entre este remetente e o servidor descarta as conexões para a porta {port}.',
  'fix.port25.submission.title.admin': 'Enviar pelo provedor de e-mail na 587 ou na 465',
  'fix.port25.submission.title.sender': 'Enviar pelo seu provedor na 587 ou na 465',
  'fix.port25.submission.settings.admin':
    'Nas configurações de e-mail do site (o aplicativo web ou o painel de hospedagem), use {host}, porta {port}, {security}, com autenticação. Se você tem seu próprio servidor de e-mail, faça-o repassar por este servidor (um “smarthost”) em vez de entregar pela porta 25.',
  'fix.port25.submission.settings.sender':
    'Configure o app com {host}, porta {port}, {security}, com autenticação. Se você tem seu próprio servidor de e-mail, faça-o repassar por este servidor (um “smarthost”) em vez de entregar pela porta 25.',
  'fix.port25.submission.generic.admin':
    'Nas configurações de e-mail do site, use o servidor de envio do provedor de e-mail na 587 (STARTTLS) ou na 465 (SSL/TLS) com o nome de usuário e a senha da caixa de correio, ou faça o servidor repassar por ele (um “smarthost”) em vez de entregar pela porta 25.',
  'fix.port25.submission.generic.sender':
    'Use o servidor de envio do seu provedor de e-mail na 587 (STARTTLS) ou na 465 (SSL/TLS) com seu nome de usuário e senha. Se você tem seu próprio servidor de e-mail, faça-o repassar por um servidor assim (um “smarthost”) em vez de entregar pela porta 25.',
  'fix.port25.submission.createAppPassword': 'Criar a senha de app',
  'fix.port25.submission.blockedOne.policy':
    'Observação: a {port} também está bloqueada aqui (política de {policy}).',
  'fix.port25.submission.blockedOne.probe': 'Observação: a {port} também está bloqueada aqui (teste).',
  'fix.port25.submission.blockedBoth.policy':
    'Observação: a {first} e a {second} também estão bloqueadas aqui (política de {policy}).',
  'fix.port25.submission.blockedBoth.probe':
    'Observação: a {first} e a {second} também estão bloqueadas aqui (teste).',
  'fix.port25.relay.title': 'Usar um serviço de relay na porta 2525',
  'fix.port25.relay.text':
    'Serviços de relay escutam na 2525 para redes que bloqueiam as portas usuais: {relays}. Cadastre-se, verifique seu domínio de envio e use o host deles com a porta 2525 e STARTTLS.',
  'fix.port25.relay.blocked': 'Observação: o teste também não alcançou a 2525 daqui.',
  'fix.port25.ask.title.policy': 'Pedir à {policy} que desbloqueie a porta {port}',
  'fix.port25.ask.title.admin': 'Pedir ao provedor de hospedagem que desbloqueie a porta {port}',
  'fix.port25.ask.title.sender':
    'Pedir ao seu provedor de internet ou de hospedagem que desbloqueie a porta {port}',
  'fix.port25.ask.text.admin':
    'Pergunte à empresa que hospeda o servidor se a porta de saída {port} está bloqueada lá e como conseguir uma exceção. A solicitação abaixo informa a porta.',
  'fix.port25.ask.text.sender':
    'Pergunte ao seu provedor de internet ou de hospedagem se a porta de saída {port} está bloqueada e como conseguir uma exceção. A solicitação abaixo informa a porta e as medições.',
  'fix.port25.ask.howLink': '{policy}: como solicitar',
  'fix.port25.title.policy': '{policy} bloqueia a porta de saída {port}',
  'fix.port25.title.admin': 'A rede do servidor pode estar bloqueando a porta de saída {port}',
  'fix.port25.title.sender': 'A porta de saída {port} está bloqueada nesta rede',
  'fix.port25.request.greeting.policy': 'Olá, suporte da {policy},',
  'fix.port25.request.greeting.generic': 'Olá, equipe de suporte,',
  'fix.port25.request.allow.server':
    'Peço que liberem as conexões de saída para a porta TCP {port} (SMTP) a partir do meu servidor.',
  'fix.port25.request.allow.serverHost':
    'Peço que liberem as conexões de saída para a porta TCP {port} (SMTP) a partir do meu servidor {host}.',
  'fix.port25.request.allow.connection':
    'Peço que liberem as conexões de saída para a porta TCP {port} (SMTP) a partir da minha conexão.',
  'fix.port25.request.allow.connectionHost':
    'Peço que liberem as conexões de saída para a porta TCP {port} (SMTP) a partir da minha conexão {host}.',
  'fix.port25.request.measured': 'O que medi a partir dessa máquina:',
  'fix.port25.request.noEvidence':
    'As conexões dela para servidores de e-mail na porta {port} esgotam o tempo, enquanto outras portas funcionam.',
  'fix.port25.request.documentation': 'A documentação de vocês diz: {summary}',
  'fix.port25.request.whatSends':
    'O que envia o e-mail: [descreva — p. ex. meu próprio servidor de e-mail para example.com, cerca de N mensagens por dia para meus clientes].',
  'fix.port25.request.hygiene':
    'O servidor tem um registro de DNS reverso (PTR) válido, SPF e DKIM para o meu domínio, e não é um relay aberto. [ajuste à sua configuração]',
  'fix.port25.request.remove':
    'Peço que removam a restrição da porta de saída {port} ou me digam o que mais precisam de mim.',
  'fix.port25.request.thanks': 'Obrigado,',
  'fix.port25.request.signature': '[seu nome, número de cliente ou de conta]',
  'fix.port25.request.to.admin': 'o provedor de hospedagem',
  'fix.port25.request.to.sender': 'seu provedor de internet ou de hospedagem',
  'fix.port25.request.subject': 'Solicitação de desbloqueio da porta TCP de saída {port}',
  'fix.port25.request.subjectHost': 'Solicitação de desbloqueio da porta TCP de saída {port} para {host}',
  'fix.client.outlook.name': 'Outlook (versão clássica para desktop)',
  'fix.client.appleMail.name': 'Apple Mail (Mac)',
  'fix.client.gmailSendAs.name': 'Gmail “Enviar e-mail como”',
  'fix.client.thunderbird.open':
    'Abra as Configurações de contas e selecione “Servidor de envio (SMTP)” no painel à esquerda.',
  'fix.client.thunderbird.select':
    'Selecione o servidor que sua conta usa e clique em “Editar…” (ou “Adicionar…” para um novo).',
  'fix.client.thunderbird.serverName': 'Nome do servidor: {host}',
  'fix.client.thunderbird.port': 'Porta: {port}',
  'fix.client.thunderbird.security': 'Segurança da conexão: {security}',
  'fix.client.thunderbird.auth': 'Método de autenticação: Senha normal (OAuth2 se o provedor exigir)',
  'fix.client.thunderbird.username': 'Nome de usuário: {username}',
  'fix.client.thunderbird.ok':
    'Clique em OK. O Thunderbird pede a senha no próximo envio; digite então: {secret}.',
  'fix.client.thunderbird.note':
    'Um mesmo servidor de envio pode atender várias contas: alterá-lo afeta todas elas.',
  'fix.client.outlook.open':
    'Escolha Arquivo → Configurações de Conta → Configurações de Conta e clique duas vezes na conta.',
  'fix.client.outlook.server': 'Servidor de envio de e-mails (SMTP): {host}',
  'fix.client.outlook.auth':
    'Abra Mais Configurações → Servidor de Saída e marque “Meu servidor de saída (SMTP) requer autenticação”.',
  'fix.client.outlook.advanced':
    'Na guia Avançado, defina a porta do servidor de saída como {port} e a criptografia como {security}.',
  'fix.client.outlook.credentials': 'Nome de usuário: {username}; senha: {secret}.',
  'fix.client.outlook.test': 'Clique em OK e em Avançar e deixe o Outlook testar as configurações.',
  'fix.client.outlook.note':
    'Contas do Outlook.com e do Microsoft 365 adicionadas com “Entrar com a Microsoft” usam OAuth e não precisam de nada disso.',
  'fix.client.appleMail.open':
    'Escolha Mail → Ajustes (Preferências em versões antigas do macOS) → Contas, selecione a conta e clique em Configurações do Servidor.',
  'fix.client.appleMail.list': 'Abra o menu local Conta de Saída e escolha Editar Lista de Servidores SMTP.',
  'fix.client.appleMail.host': 'Nome do Host: {host}',
  'fix.client.appleMail.credentials': 'Nome de Usuário: {username}; Senha: {secret}',
  'fix.client.appleMail.port':
    'Desative “Gerenciar automaticamente os ajustes de conexão”, defina a porta como {port} e ative TLS/SSL.',
  'fix.client.appleMail.save': 'Clique em OK e depois em Salvar.',
  'fix.client.appleMail.note':
    'Com “Gerenciar automaticamente os ajustes de conexão” ativado, o Mail tenta sozinho outras portas e modos TLS quando um envio falha.',
  'fix.client.gmailSendAs.open':
    'No Gmail, abra Configurações → Ver todas as configurações → Contas e importação.',
  'fix.client.gmailSendAs.add':
    'Em “Enviar e-mail como”, clique em “Adicionar outro endereço de e-mail”, digite o nome e o endereço e clique em Próxima etapa.',
  'fix.client.gmailSendAs.server': 'Servidor SMTP: {host}; Porta: {port}',
  'fix.client.gmailSendAs.credentials': 'Nome de usuário: {username}; Senha: {secret}',
  'fix.client.gmailSendAs.ssl':
    'Escolha “Conexão segura usando SSL” (SSL desde o primeiro byte, em geral a porta 465).',
  'fix.client.gmailSendAs.tls':
    'Escolha “Conexão segura usando TLS” (o nome que o Google dá ao STARTTLS, em geral a porta 587).',
  'fix.client.gmailSendAs.confirm':
    'Clique em Adicionar conta e confirme o código que o Gmail envia para esse endereço.',
  'fix.client.gmailSendAs.note':
    'Aqui o Gmail envia pelo servidor do outro provedor, então valem as regras desse provedor para senhas de app.',
  'fix.client.wp.open': 'No WordPress, abra WP Mail SMTP → Configurações e escolha o mailer “Outro SMTP”.',
  'fix.client.wp.host': 'Host SMTP: {host}',
  'fix.client.wp.encryption': 'Criptografia: {encryption}; Porta SMTP: {port}',
  'fix.client.wp.auth': 'Autenticação: ativada',
  'fix.client.wp.credentials': 'Nome de usuário SMTP: {username}; Senha SMTP: {secret}',
  'fix.client.wp.test': 'Salve e depois use WP Mail SMTP → Ferramentas → Teste de e-mail.',
  'fix.client.wp.config':
    'Ou coloque as configurações no wp-config.php (abaixo), o que mantém a senha fora do banco de dados.',
  'fix.client.wp.target': 'wp-config.php, acima da linha “That’s all, stop editing!”',
  'fix.client.wp.note':
    'No WP Mail SMTP (como no PHPMailer), “TLS” significa STARTTLS e “SSL” significa TLS desde o primeiro byte.',
  'fix.client.wp.comment.ssl': "'ssl' = SSL/TLS (465), 'tls' = STARTTLS (587)",
  'fix.client.phpmailer.step':
    'Defina as propriedades SMTP como abaixo; guarde a senha na variável de ambiente SMTP_PASSWORD.',
  'fix.client.phpmailer.target': 'seu código PHP que envia e-mails',
  'fix.client.nodemailer.step':
    'Crie o transporte como abaixo; guarde a senha na variável de ambiente SMTP_PASSWORD.',
  'fix.client.nodemailer.target': 'seu código Node.js',
  'fix.client.nodemailer.comment.starttls': 'conexão sem criptografia, depois STARTTLS',
  'fix.client.nodemailer.comment.requireTls': 'recusar o envio se o STARTTLS não for oferecido',
  'fix.client.python.step': 'Envie como abaixo; guarde a senha na variável de ambiente SMTP_PASSWORD.',
  'fix.client.python.target': 'seu código Python',
  'fix.client.python.note.ssl': 'SMTP_SSL fala TLS desde o primeiro byte (porta 465).',
  'fix.client.python.note.starttls':
    'smtplib.SMTP conecta sem criptografia; starttls() muda para TLS antes do login.',
  'fix.client.laravel.comment.scheme':
    'smtps = SSL/TLS desde o primeiro byte; smtp = conexão sem criptografia, com STARTTLS quando oferecido',
  'fix.client.laravel.comment.legacy':
    'O Laravel 10 e anteriores leem MAIL_ENCRYPTION em vez de MAIL_SCHEME:',
  'fix.client.laravel.step':
    'Coloque estas linhas no .env, troque o marcador da senha e execute php artisan config:clear.',
  'fix.client.laravel.target.current': '.env (Laravel 11.x / 12)',
  'fix.client.laravel.target.legacy': '.env (Laravel 10 e anteriores)',
  'fix.client.laravel.note':
    'O Laravel atual ignora MAIL_ENCRYPTION: o symfony/mailer escolhe TLS pelo MAIL_SCHEME (ou pela porta 465 quando o esquema está vazio).',
  'fix.client.postfix.comment.wrapper': 'a porta 465 fala TLS desde o primeiro byte',
  'fix.client.postfix.note':
    'Assim o Postfix entrega cada mensagem ao relay: ele não precisa mais da porta 25 de saída.',
  'fix.client.postfix.colon':
    'O nome de usuário contém “:”, que o sasl_passwd usa como separador: confirme com seu provedor.',
  'fix.client.postfix.hostCleaned':
    'Caracteres que não podem aparecer em um nome de host foram removidos do nome do servidor.',
  'fix.client.postfix.mainCf':
    'Adicione as linhas abaixo ao /etc/postfix/main.cf (substituindo qualquer relayhost existente).',
  'fix.client.postfix.saslPasswd':
    'Crie /etc/postfix/sasl_passwd com o nome de usuário e a senha (aqui: {secret}).',
  'fix.client.postfix.commands':
    'Gere o hash, proteja o arquivo e recarregue o Postfix com os comandos abaixo.',
  'fix.client.postfix.target.shell': 'terminal',
  'fix.client.comment.sslFirstByte': 'SSL/TLS desde o primeiro byte',
  'fix.manual.tcp.open': 'a porta está acessível a partir desta rede',
  'fix.manual.tcp.timeoutOutput': 'timed out (depois de uma longa espera)',
  'fix.manual.tcp.timeout':
    'algo descarta a conexão: normalmente seu provedor de internet, sua rede ou um firewall bloqueando esta porta',
  'fix.manual.tcp.refusedOutput': 'Connection refused (na hora)',
  'fix.manual.tcp.refused':
    'o servidor (ou um firewall) recusa: nada está escutando ali, ou o nome do host está errado',
  'fix.manual.tcp.unreachable': 'a rede não consegue alcançar o servidor de jeito nenhum',
  'fix.manual.tcp.dns': 'o nome do host não existe no DNS: verifique se há erros de digitação',
  'fix.manual.tls.ok': 'o TLS funciona e o certificado é confiável para este nome',
  'fix.manual.tls.untrusted':
    'o TLS funciona, mas o certificado não é confiável: os programas de e-mail vão recusá-lo',
  'fix.manual.tls.plainOn465':
    'a porta fala SMTP sem criptografia: use STARTTLS (em geral a porta 587) em vez de SSL/TLS',
  'fix.manual.tls.noStarttls': 'o servidor não oferece STARTTLS nesta porta',
  'fix.manual.tls.greetingOutput': '220 … ESMTP depois do certificado',
  'fix.manual.tls.greeting': 'o servidor SMTP cumprimenta via TLS: SSL/TLS é o certo nesta porta',
  'fix.manual.tls.hangsOutput': 'nada depois de CONNECTED (fica travado até você apertar Ctrl+C)',
  'fix.manual.tls.hangs': 'a porta talvez espere TLS direto (SSL/TLS) em vez de STARTTLS, ou está bloqueada',
  'fix.manual.tls.noProtocol': 'nenhuma versão de TLS em comum: o servidor ou o cliente é antigo demais',
  'fix.manual.openssl.implicit':
    'A porta {port} fala TLS desde o início (SSL/TLS), e o certificado dela é confiável?',
  'fix.manual.openssl.starttls': 'A porta {port} oferece STARTTLS, e o certificado dela é confiável?',
  'fix.manual.tcpPurpose': 'Este computador consegue abrir uma conexão TCP com {host} na porta {port}?',
  'fix.manual.powershell.failedOutput': 'TcpTestSucceeded : False (depois de ~20 s, “TCP connect … failed”)',
  'fix.manual.powershell.failed':
    'bloqueada ou recusada: uma espera longa indica bloqueio (provedor de internet, firewall); uma falha rápida, que nada está escutando',
  'fix.manual.telnet.purposeWindows':
    'Algum servidor responde na porta {port}? (Windows: ative antes o recurso Cliente Telnet.)',
  'fix.manual.telnet.purpose': 'Algum servidor responde na porta {port}?',
  'fix.manual.telnet.garbageOutput': 'caracteres sem sentido ou nada, depois desconecta',
  'fix.manual.telnet.garbageWindows':
    'normal para SSL/TLS na 465: a porta está acessível (o teste com openssl mostra o TLS)',
  'fix.manual.telnet.greetsWindows':
    'a porta está acessível e um servidor SMTP responde (digite QUIT para sair)',
  'fix.manual.telnet.failed': 'bloqueada ou recusada (veja quanto tempo levou)',
  'fix.manual.telnet.blankOutput': 'uma tela em branco, sem 220',
  'fix.manual.telnet.blank': 'conectado, mas sem saudação: a porta talvez espere SSL/TLS',
  'fix.manual.telnet.connectedGarbageOutput': 'Connected, depois caracteres sem sentido ou nada',
  'fix.manual.telnet.garbage':
    'normal para SSL/TLS na 465: a porta está acessível (o teste com openssl mostra o TLS)',
  'fix.manual.telnet.greets': 'acessível, e um servidor SMTP responde (digite QUIT para sair)',
  'fix.manual.doctor.purpose':
    'Execute na máquina cujo e-mail falha (seu servidor web, por exemplo): testa dali cada porta SMTP e aponta a causa.',
  'fix.manual.doctor.portBlocked': 'a rede dessa máquina descarta a porta: use a porta que o veredito indica',
  'fix.manual.doctor.tlsMismatch': 'a porta e a configuração SSL/TLS ou STARTTLS não combinam',
  'fix.manual.doctor.tlsCertificate': 'o certificado do servidor não é confiável',
  'fix.manual.doctor.works': 'essa máquina alcança o servidor: verifique o login ou as configurações do app',
  'fix.manual.serve.purpose':
    'Inicia o serviço de testes neste computador, para que a extensão possa fazer essas verificações sozinha.',
  'fix.manual.serve.listening': 'em execução: cole o token exibido nas opções da extensão',
};
