import type { TranslationOf } from '../../catalog';
import type { explainPolicy as english } from '../en/explain-policy';

export const explainPolicy: TranslationOf<typeof english> = {
  'policy.list.or': '{a} ou {b}',

  'policy.answer.cause.portBlocked': 'a rede bloqueia a porta de e-mail',
  'policy.answer.cause.serverUnreachable': 'o servidor de e-mail está fora do ar ou recusa a conexão',
  'policy.answer.cause.dnsFailure': 'o nome do servidor de e-mail está errado ou não é resolvido',
  'policy.answer.cause.tlsMismatch': 'a configuração de criptografia não combina com a porta',
  'policy.answer.headline.pageServerUnreachable':
    'O servidor por trás desta página não conseguiu alcançar o servidor de e-mail dele',
  'policy.answer.headline.couldNotConnect': 'Não foi possível conectar ao servidor de e-mail',
  'policy.answer.who.greylisted':
    'Ninguém precisa mudar nada: o servidor de destino só pediu para tentar de novo mais tarde.',
  'policy.answer.next.greylisted.seconds':
    'Aguarde {count, plural, one {{count} segundo} other {{count} segundos}} e clique em “Enviar” de novo.',
  'policy.answer.next.greylisted.minutes':
    'Aguarde {count, plural, one {{count} minuto} other {{count} minutos}} e clique em “Enviar” de novo.',
  'policy.answer.next.greylisted.fewMinutes': 'Aguarde alguns minutos e clique em “Enviar” de novo.',
  'policy.answer.next.greylisted.detail':
    'O webmail e a maioria dos apps não tentam de novo sozinhos; um servidor de e-mail com fila tenta.',
  'policy.answer.who.rateLimit': 'Você: o servidor limita quanto uma conta pode enviar.',
  'policy.answer.next.rateLimit.seconds':
    'Aguarde {count, plural, one {{count} segundo} other {{count} segundos}} antes de enviar de novo e envie menos mensagens de uma vez.',
  'policy.answer.next.rateLimit.minutes':
    'Aguarde {count, plural, one {{count} minuto} other {{count} minutos}} antes de enviar de novo e envie menos mensagens de uma vez.',
  'policy.answer.next.rateLimit.hourOrSo':
    'Aguarde mais ou menos uma hora antes de enviar de novo e envie menos mensagens de uma vez.',
  'policy.answer.who.recipientRejected': 'Você: o envio funcionou, o endereço não.',
  'policy.answer.next.recipientRejected':
    'Verifique se há erros de digitação no endereço do destinatário e envie de novo.',
  'policy.answer.who.mailboxFull': 'O destinatário: a caixa de correio dele está cheia.',
  'policy.answer.next.mailboxFull': 'Fale com ele de outra forma ou tente de novo mais tarde.',
  'policy.answer.who.domainAuth': 'Quem gerencia o DNS de {domain}, ou o seu provedor de e-mail.',
  'policy.answer.who.domainAuthUnnamed': 'Quem gerencia o DNS do seu domínio, ou o seu provedor de e-mail.',
  'policy.answer.next.domainAuth': 'Se você não gerencia {domain}, envie isto para quem gerencia.',
  'policy.answer.next.domainAuthUnnamed':
    'Se você não gerencia o seu domínio, envie isto para quem gerencia.',
  'policy.answer.copy.toDomainManager': 'Copiar mensagem para quem gerencia o domínio',
  'policy.answer.who.providerAccount': 'Você, na sua conta {provider}.',
  'policy.answer.link.providerHelp': 'Ajuda do provedor',
  'policy.answer.who.webmail':
    'O administrador de {host}: quem faz a conexão é o servidor do webmail, então nada no seu computador pode resolver isso.',
  'policy.answer.who.webmailThisSite':
    'O administrador deste site: quem faz a conexão é o servidor do webmail, então nada no seu computador pode resolver isso.',
  'policy.answer.next.webmail': 'Envie esta mensagem ao administrador do seu e-mail ou à sua hospedagem.',
  'policy.answer.copy.toAdministrator': 'Copiar mensagem para o administrador',
  'policy.answer.who.siteHost':
    'Quem administra {host}: a rede da hospedagem pode estar bloqueando a porta de e-mail.',
  'policy.answer.who.siteHostThisSite':
    'Quem administra este site: a rede da hospedagem pode estar bloqueando a porta de e-mail.',
  'policy.answer.next.siteHost':
    'Nas configurações de e-mail desta página, use a porta 587 com STARTTLS (ou a 465 com SSL/TLS); se ainda falhar, envie isto à sua hospedagem.',
  'policy.answer.copy.toHost': 'Copiar mensagem para a hospedagem',
  'policy.answer.who.siteSettings': 'Quem administra {host}, nas configurações de e-mail dele.',
  'policy.answer.who.siteSettingsThisSite': 'Quem administra este site, nas configurações de e-mail dele.',
  'policy.answer.who.providerServer':
    'O seu provedor de e-mail: ele administra o servidor cujo endereço foi recusado.',
  'policy.answer.next.providerServer': 'Envie isto ao suporte do seu provedor de e-mail.',
  'policy.answer.copy.toProvider': 'Copiar mensagem para o seu provedor de e-mail',
  'policy.answer.who.bounce':
    'Você ou o seu provedor de e-mail: o servidor dele aceitou a mensagem, mas não conseguiu entregá-la.',
  'policy.answer.who.undecided':
    'Você, ou quem administra a sua rede ou o servidor de e-mail: um teste mostra quem.',
  'policy.answer.next.undecided':
    'Tente enviar uma vez de outra rede, como o roteador do seu celular (hotspot).',
  'policy.answer.next.undecided.detail':
    'Se lá funcionar, a sua rede bloqueia a porta de e-mail; se falhar em todo lugar, o servidor ou o nome dele está errado.',
  'policy.answer.next.undecided.detailProbe':
    'Se lá funcionar, a sua rede bloqueia a porta de e-mail; se falhar em todo lugar, o servidor ou o nome dele está errado. Ou execute o teste abaixo.',
  'policy.answer.who.thisDevice': 'Você, nas configurações do seu app de e-mail ou do seu script.',
  'policy.answer.next.readFullError': 'Leia o erro completo abaixo.',
  'policy.answer.copy.settings': 'Copiar as configurações',
  'policy.answer.admin.greeting.there': 'Olá,',
  'policy.answer.admin.greeting.administrator': 'Olá, administrador,',
  'policy.answer.admin.greeting.supportTeam': 'Olá, equipe de suporte,',
  'policy.answer.admin.fails': 'o envio de e-mail está falhando. Este erro apareceu:',
  'policy.answer.admin.fails.from':
    'o envio de e-mail a partir de {pageHost} está falhando. Este erro apareceu:',
  'policy.answer.admin.fails.at': 'o envio de e-mail está falhando. Este erro apareceu em {time}:',
  'policy.answer.admin.fails.fromAt':
    'o envio de e-mail a partir de {pageHost} está falhando. Este erro apareceu em {time}:',
  'policy.answer.admin.check.connect':
    'Por favor, verifique se este servidor consegue abrir conexões de saída para {host} na porta {ports} (muitas hospedagens bloqueiam a porta 25; 587 com STARTTLS e 465 com SSL/TLS são as portas feitas para envio) e se o servidor de e-mail está no ar.',
  'policy.answer.admin.check.connectNoPort':
    'Por favor, verifique se este servidor consegue abrir conexões de saída para {host} na porta SMTP (muitas hospedagens bloqueiam a porta 25; 587 com STARTTLS e 465 com SSL/TLS são as portas feitas para envio) e se o servidor de e-mail está no ar.',
  'policy.answer.admin.check.connectNoHost':
    'Por favor, verifique se este servidor consegue abrir conexões de saída para o servidor de e-mail dele na porta {ports} (muitas hospedagens bloqueiam a porta 25; 587 com STARTTLS e 465 com SSL/TLS são as portas feitas para envio) e se o servidor de e-mail está no ar.',
  'policy.answer.admin.check.connectNoHostNoPort':
    'Por favor, verifique se este servidor consegue abrir conexões de saída para o servidor de e-mail dele na porta SMTP (muitas hospedagens bloqueiam a porta 25; 587 com STARTTLS e 465 com SSL/TLS são as portas feitas para envio) e se o servidor de e-mail está no ar.',
  'policy.answer.admin.check.tls':
    'Por favor, verifique a configuração de criptografia (465 = SSL/TLS, 587 = STARTTLS) e o certificado do servidor de e-mail.',
  'policy.answer.admin.check.auth':
    'Por favor, verifique o nome de usuário e a senha (ou senha de app) com que o servidor faz login no servidor de e-mail.',
  'policy.answer.admin.check.domain':
    'Por favor, verifique os registros SPF e DKIM de {domain} para o serviço que envia os e-mails dele.',
  'policy.answer.admin.check.domainUnnamed':
    'Por favor, verifique os registros SPF e DKIM do domínio remetente para o serviço que envia os e-mails dele.',
  'policy.answer.admin.check.ip':
    'Por favor, verifique o endereço IP do servidor de envio: as entradas dele em listas de bloqueio e o nome de DNS reverso.',
  'policy.answer.admin.check.sender':
    'Por favor, verifique com quais endereços de remetente o servidor de e-mail deixa esta conta enviar.',
  'policy.answer.admin.check.log': 'Por favor, verifique o log do servidor de e-mail nesse horário.',
  'policy.answer.admin.thanks': 'Obrigado.',

  'policy.term.starttls': 'a conexão começa sem criptografia e depois passa a ser criptografada (porta 587)',
  'policy.term.sslTls': 'a conexão é criptografada desde o início (porta 465)',
  'policy.term.smtp': 'o protocolo com que apps e servidores de e-mail enviam mensagens',
  'policy.term.mx': 'o registro DNS que indica os servidores que recebem o e-mail de um domínio',
  'policy.term.relay.name': 'serviço de retransmissão (relay)',
  'policy.term.relay': 'um serviço que encaminha o e-mail por você',
  'policy.term.spf': 'um registro DNS com os servidores autorizados a enviar em nome de um domínio',
  'policy.term.dkim': 'uma assinatura que comprova que a mensagem veio do domínio dela',
  'policy.term.dmarc': 'a regra do domínio para e-mails que não passam no SPF e no DKIM',
  'policy.term.appPassword.name': 'senha de app',
  'policy.term.appPassword': 'uma senha separada que o seu provedor cria para um único app de e-mail',
  'policy.term.greylisting.name': 'lista cinza (greylisting)',
  'policy.term.greylisting': 'o destinatário recusa um remetente novo uma vez e aceita a nova tentativa',
  // @end answer

  'policy.auth.readReply': 'Leia a resposta do servidor',
  'policy.auth.failed.title': 'O servidor recusou o nome de usuário ou a senha',
  'policy.auth.failed.summary':
    'A conexão com {host} na porta {ports} funcionou, mas o login foi recusado: a senha está errada ou o provedor exige outro tipo de senha para apps.',
  'policy.auth.failed.summary.noPort':
    'A conexão com {host} funcionou, mas o login foi recusado: a senha está errada ou o provedor exige outro tipo de senha para apps.',
  'policy.auth.failed.summary.noHost':
    'A conexão com o servidor de e-mail na porta {ports} funcionou, mas o login foi recusado: a senha está errada ou o provedor exige outro tipo de senha para apps.',
  'policy.auth.failed.summary.noHostNoPort':
    'A conexão com o servidor de e-mail funcionou, mas o login foi recusado: a senha está errada ou o provedor exige outro tipo de senha para apps.',
  'policy.auth.failed.why':
    'Muitos provedores recusam a sua senha normal em apps e dispositivos e pedem uma senha de app no lugar: Gmail (com a verificação em duas etapas ativada), Yahoo, iCloud, Zoho (com a autenticação de dois fatores ativada) e Fastmail. Serviços de retransmissão pedem a chave SMTP ou a chave de API deles, não a senha da sua conta. O nome de usuário costuma ser o endereço de e-mail completo.',
  'policy.auth.failed.confirm.webmail':
    'Faça login no webmail do provedor com o mesmo nome de usuário e a mesma senha',
  'policy.auth.failed.confirm.webmail.detail':
    'Se funcionar lá, mas o SMTP continuar recusando, a conta precisa de uma senha de app ou está com o login SMTP desativado.',
  'policy.auth.failed.step.reenter':
    'Digite de novo o nome de usuário (o seu endereço de e-mail completo) e a senha',
  'policy.auth.failed.step.reenter.detail':
    'Cuidado com espaços colados no início ou no fim e com um layout de teclado que troca caracteres.',
  'policy.auth.failed.step.appPassword': 'Crie uma senha de app e use-a no lugar da sua senha normal',
  'policy.auth.failed.step.appPassword.detail':
    'Google: myaccount.google.com/apppasswords (exige a verificação em duas etapas). Yahoo, iCloud, Zoho e Fastmail: nas configurações de segurança da conta. Uma senha de app só funciona para a conta que a criou.',
  'policy.auth.failed.step.relay':
    'Em um serviço de retransmissão, use as credenciais SMTP do painel do serviço',
  'policy.auth.failed.step.relay.detail':
    'SendGrid: nome de usuário “apikey” e uma chave de API. Amazon SES: credenciais SMTP, não as suas chaves de acesso da AWS. Brevo: a chave SMTP. Postmark: o token de API do servidor como nome de usuário e como senha.',
  'policy.auth.failed.step.securityHold':
    'Se a senha estiver certa, veja se a conta foi bloqueada por segurança',
  'policy.auth.failed.step.securityHold.detail':
    'Faça login pela web: os provedores suspendem logins de lugares novos até você confirmá-los.',
  'policy.auth.required.title': 'O servidor exige criptografia ou login primeiro',
  'policy.auth.required.summary':
    'O servidor respondeu, mas se recusou a aceitar a mensagem porque o programa não fez login ou não ativou a criptografia (STARTTLS) antes de tentar.',
  'policy.auth.required.why':
    'Servidores de envio só aceitam e-mail de usuários que fazem login, e a maioria só aceita o login por uma conexão criptografada. A porta 25 sem login só aceita e-mail endereçado aos próprios usuários daquele servidor.',
  'policy.auth.required.confirm.reply.detail':
    '“Must issue a STARTTLS command first” pede criptografia; “Authentication required” ou “Client not authenticated” pede login.',
  'policy.auth.required.step.encryption':
    'Ative a criptografia: STARTTLS na porta 587 ou SSL/TLS na porta 465',
  'policy.auth.required.step.login': 'Ative a autenticação com o nome de usuário e a senha da conta',
  'policy.auth.required.step.login.detail':
    'Outlook: “Meu servidor de saída (SMTP) requer autenticação”. Nodemailer: {nodemailerAuth}. PHPMailer: SMTPAuth = true com Username e Password.',
  'policy.auth.required.step.submissionPort': 'Use a porta de envio (587 ou 465) em vez da 25',
  'policy.auth.disabled.title': 'O login SMTP está desativado para esta conta',
  'policy.auth.disabled.summary':
    'O provedor recusou o login qualquer que fosse a senha: o login no SMTP com nome de usuário e senha simples (“autenticação básica”) está desativado para esta conta ou organização, ou só um login moderno (OAuth) é aceito.',
  'policy.auth.disabled.why':
    'O Microsoft 365 desativa o SMTP AUTH por padrão em organizações criadas desde janeiro de 2020 e o bloqueia sempre que os padrões de segurança estão ativados; além disso, a Microsoft está aposentando de vez a autenticação básica para SMTP AUTH (Centro de Mensagens MC786329). Contas pessoais do Outlook.com só aceitam OAuth desde setembro de 2024. O Google desativou o acesso de “apps menos seguros”, restando OAuth e senhas de app.',
  'policy.auth.disabled.confirm.reply.detail':
    '“SmtpClientAuthentication is disabled for the Tenant” ou “for the Mailbox”: a chave do SMTP AUTH está desligada. “security defaults policy”: os padrões de segurança o bloqueiam. “Basic authentication is not supported” (5.7.30): só OAuth vai funcionar.',
  'policy.auth.disabled.step.m365':
    'Microsoft 365: ative “SMTP autenticado” para a caixa de correio que envia',
  'policy.auth.disabled.step.m365.detail':
    'Centro de administração → Usuários → Usuários ativos → o usuário → Email → Gerenciar aplicativos de email → SMTP autenticado. A configuração da caixa de correio prevalece sobre a da organização inteira. No Exchange Online PowerShell:',
  'policy.auth.disabled.step.oauth': 'Prefira OAuth 2.0 quando o app oferecer suporte',
  'policy.auth.disabled.step.oauth.detail':
    'Microsoft 365, Outlook.com e Gmail aceitam SMTP com OAuth 2.0 (XOAUTH2); Thunderbird, Nodemailer, MailKit e PHPMailer (com um provedor OAuth) oferecem suporte. Com OAuth, os padrões de segurança continuam ativados.',
  'policy.auth.disabled.step.google':
    'Gmail e Google Workspace: use uma senha de app (exige a verificação em duas etapas) ou OAuth',
  'policy.auth.disabled.step.relay':
    'Para dispositivos e apps que não conseguem nenhum dos dois, envie por um serviço de retransmissão',
  'policy.auth.disabled.step.relay.detail':
    'Um serviço de retransmissão, ou as opções do próprio Microsoft 365: um conector de retransmissão SMTP, ou o envio direto para o host MX do seu locatário (…mail.protection.outlook.com, porta 25), que só alcança destinatários dentro da sua organização.',

  'policy.delivery.rateLimit.title': 'Limite de envio atingido',
  'policy.delivery.rateLimit.summary':
    'O servidor aceitou a conexão, mas por enquanto recusa mais e-mails: esta conta ou endereço enviou demais, rápido demais, ou esgotou uma cota diária.',
  'policy.delivery.rateLimit.why':
    'Os provedores limitam o envio para impedir abusos: mensagens por dia ou por hora, destinatários por mensagem, conexões simultâneas. Os limites costumam ser zerados em até um dia. Atingir um limite que você não esperava pode significar que outra pessoa está enviando pela conta.',
  'policy.delivery.rateLimit.confirm.limits':
    'Confira os limites de envio publicados pelo provedor e a pasta “Enviados” da conta',
  'policy.delivery.rateLimit.confirm.limits.detail':
    'Mensagens em “Enviados” que você não escreveu indicam que a conta foi invadida.',
  'policy.delivery.rateLimit.step.wait': 'Aguarde e envie de novo mais tarde',
  'policy.delivery.rateLimit.step.wait.temporary':
    'Esta resposta é temporária: um servidor de e-mail tenta de novo sozinho.',
  'policy.delivery.rateLimit.step.wait.daily': 'Limites diários costumam ser zerados em até 24 horas.',
  'policy.delivery.rateLimit.step.batches':
    'Envie em lotes menores: menos destinatários por mensagem, menos conexões ao mesmo tempo',
  'policy.delivery.rateLimit.step.service':
    'Para newsletters ou e-mails de apps em volume, use um serviço de e-mail feito para isso',
  'policy.delivery.rateLimit.step.service.detail':
    'Serviços transacionais e de envio em massa (SendGrid, Mailgun, Amazon SES, Postmark…) têm limites muito maiores.',
  'policy.delivery.rateLimit.step.password': 'Se você não enviou tanto assim, troque a senha',
  'policy.delivery.messageRejected.title': 'A própria mensagem foi recusada (tamanho ou conteúdo)',
  'policy.delivery.messageRejected.summary':
    'O servidor aceitou o remetente e os destinatários, mas recusou esta mensagem: ela é grande demais, ou o conteúdo pareceu spam ou violou uma política.',
  'policy.delivery.messageRejected.why':
    'Os servidores limitam o tamanho das mensagens, normalmente entre 10 e 50 MB, e os anexos crescem cerca de um terço ao serem codificados para e-mail. Filtros de spam recusam mensagens com links suspeitos, tipos de anexo arriscados (como .exe) ou frases típicas de spam.',
  'policy.delivery.messageRejected.confirm.codes': 'Leia os códigos',
  'policy.delivery.messageRejected.confirm.codes.detail':
    '552 ou 5.3.4 / 5.2.3 tratam do tamanho; 554 ou 5.7.1 com palavras como “spam” ou “content” tratam do conteúdo.',
  'policy.delivery.messageRejected.confirm.test':
    'Envie um teste curto em texto simples para o mesmo destinatário',
  'policy.delivery.messageRejected.confirm.test.detail':
    'Se ele chegar, o problema é a mensagem original, não a sua configuração.',
  'policy.delivery.messageRejected.step.size':
    'Grande demais: compartilhe arquivos grandes por link em vez de anexá-los',
  'policy.delivery.messageRejected.step.content':
    'Conteúdo: remova encurtadores de links e anexos arriscados e verifique se os domínios dos links não estão em listas de bloqueio',
  'policy.delivery.messageRejected.step.link': 'Siga o link da recusa, se houver',
  'policy.delivery.messageRejected.step.link.detail':
    'Os provedores indicam a política que a mensagem violou.',
  'policy.delivery.mailboxFull.title': 'A caixa de correio do destinatário está cheia',
  'policy.delivery.mailboxFull.summary':
    'A caixa de correio do destinatário passou do limite de armazenamento e não pode receber novos e-mails. Não há nada de errado com a sua configuração.',
  'policy.delivery.mailboxFull.why.temporary':
    'Toda caixa de correio tem um limite de tamanho, e caixas abandonadas se enchem de spam e continuam cheias. Esta resposta é temporária: o seu servidor de e-mail continua tentando por um tempo.',
  'policy.delivery.mailboxFull.why':
    'Toda caixa de correio tem um limite de tamanho, e caixas abandonadas se enchem de spam e continuam cheias. Uma resposta 4xx (452 4.2.2) é temporária e será tentada de novo; uma resposta 5xx (552 5.2.2) é definitiva.',
  'policy.delivery.mailboxFull.confirm.later':
    'Envie de novo mais tarde ou pergunte ao destinatário se a caixa de correio dele está cheia',
  'policy.delivery.mailboxFull.step.tell': 'Avise o destinatário de outra forma (telefone, outro endereço)',
  'policy.delivery.mailboxFull.step.again': 'Envie de novo quando ele tiver liberado espaço',
  'policy.delivery.mailboxFull.step.own':
    'Se for a sua própria caixa, apague mensagens grandes e esvazie a Lixeira e o Spam',
  'policy.delivery.greylisted.title': 'Adiado por enquanto (lista cinza): vai passar na nova tentativa',
  'policy.delivery.greylisted.summary':
    'O servidor de destino pediu ao remetente que volte mais tarde. É uma técnica antispam comum chamada lista cinza (greylisting): um servidor de e-mail de verdade tenta de novo após alguns minutos e é aceito.',
  'policy.delivery.greylisted.why':
    'Programas de spam muitas vezes nunca tentam de novo, por isso os destinatários recusam uma vez os e-mails de remetentes que ainda não conhecem. Servidores de e-mail de verdade guardam a mensagem na fila e tentam de novo sozinhos.',
  'policy.delivery.greylisted.confirm.wait.seconds':
    'Aguarde {count, plural, one {{count} segundo} other {{count} segundos}} e confira de novo',
  'policy.delivery.greylisted.confirm.wait.minutes':
    'Aguarde {count, plural, one {{count} minuto} other {{count} minutos}} e confira de novo',
  'policy.delivery.greylisted.confirm.wait.fewMinutes': 'Aguarde alguns minutos e confira de novo',
  'policy.delivery.greylisted.confirm.wait.detail': 'A mensagem deve passar na próxima tentativa.',
  'policy.delivery.greylisted.step.wait.seconds':
    'Aguarde {count, plural, one {{count} segundo} other {{count} segundos}} e clique em “Enviar” de novo',
  'policy.delivery.greylisted.step.wait.minutes':
    'Aguarde {count, plural, one {{count} minuto} other {{count} minutos}} e clique em “Enviar” de novo',
  'policy.delivery.greylisted.step.wait.fewMinutes': 'Aguarde alguns minutos e clique em “Enviar” de novo',
  'policy.delivery.greylisted.step.wait.detail':
    'O webmail e a maioria dos apps não tentam de novo sozinhos: enviar a mesma mensagem de novo após a espera é a nova tentativa que o servidor pediu. Um servidor de e-mail com fila tenta de novo por conta própria.',
  'policy.delivery.greylisted.step.script':
    'Se um script envia direto para o servidor do destinatário, faça-o tentar de novo ou enviar por um servidor de e-mail',
  'policy.delivery.greylisted.step.script.detail':
    'Um servidor de e-mail ou serviço de retransmissão coloca o e-mail na fila e tenta de novo automaticamente.',
  'policy.delivery.greylisted.step.notGreylisting':
    'Se ainda falhar depois de uma hora ou mais, não é lista cinza: leia a resposta completa',
  'policy.delivery.unknown.title': 'Erro ao enviar e-mail (causa não reconhecida)',
  'policy.delivery.unknown.summary':
    'O servidor respondeu {code}. É um erro ao enviar e-mail, mas não corresponde a nenhuma causa que conhecemos.',
  'policy.delivery.unknown.summary.meaning':
    'O servidor respondeu {code} ({meaning}). É um erro ao enviar e-mail, mas não corresponde a nenhuma causa que conhecemos.',
  'policy.delivery.unknown.summary.meaningDetail':
    'O servidor respondeu {code} ({meaning}; {detail}). É um erro ao enviar e-mail, mas não corresponde a nenhuma causa que conhecemos.',
  'policy.delivery.unknown.summary.noCode':
    'Parece um erro ao enviar e-mail, mas nenhuma das causas conhecidas se encaixa no texto.',
  'policy.delivery.unknown.why':
    'Respostas SMTP que começam com 4 são temporárias (o remetente tenta de novo); as que começam com 5 são permanentes (algo precisa mudar antes de enviar de novo). As palavras depois do código costumam dizer o motivo.',
  'policy.delivery.unknown.confirm.reply': 'Encontre a resposta completa do servidor',
  'policy.delivery.unknown.confirm.reply.detail':
    'O log de depuração do cliente ou o log do servidor de e-mail mostra a resposta completa que encerrou a sessão.',
  'policy.delivery.unknown.step.read':
    'Leia a resposta inteira: as palavras depois do código costumam dizer o motivo',
  'policy.delivery.unknown.step.read.detail': 'Pesquise o código nas páginas de ajuda do seu provedor.',
  'policy.delivery.unknown.step.probe': 'Teste o servidor a partir deste computador para descartar a rede',
  'policy.delivery.unknown.step.support': 'Envie o log completo ao suporte do seu provedor',

  'policy.senderRejected.title': 'O servidor não vai enviar e-mail por este remetente',
  'policy.senderRejected.summary':
    'O servidor se recusou a repassar a mensagem por causa do remetente: o programa não fez login, ou o endereço do remetente não pertence à conta que fez login.',
  'policy.senderRejected.why':
    'Os servidores só repassam e-mails dos próprios usuários que fizeram login (caso contrário, “Relaying denied”), e a maioria dos provedores só deixa você enviar com o seu próprio endereço ou com aliases verificados. O Microsoft 365 também exige a permissão “Enviar como” para enviar como outra caixa de correio.',
  'policy.senderRejected.confirm.compare': 'Compare o login com o endereço do remetente (From)',
  'policy.senderRejected.confirm.compare.detail':
    'Devem ser o mesmo endereço, ou o endereço do remetente deve ser um alias verificado do login.',
  'policy.senderRejected.step.login': 'Faça login (autenticação SMTP) antes de enviar',
  'policy.senderRejected.step.login.detail':
    'Sem login, um servidor só aceita e-mails para os próprios usuários.',
  'policy.senderRejected.step.address': 'Envie do endereço com que você faz login, ou de um alias verificado',
  'policy.senderRejected.step.address.detail':
    'Gmail: Configurações → Contas → “Enviar e-mail como”. Microsoft 365: dê à conta a permissão “Enviar como” na outra caixa de correio. Defina tanto o cabeçalho From quanto o remetente do envelope (Return-Path).',
  'policy.senderRejected.step.verify':
    'Em um serviço de retransmissão, verifique o endereço ou o domínio do remetente',
  'policy.senderRejected.step.verify.detail':
    'Amazon SES, SendGrid, Mailgun e outros só enviam por identidades que você verificou com eles.',
  'policy.senderRejected.step.ownServer':
    'Se você administra o servidor, deixe só as suas próprias máquinas repassarem sem login',
  'policy.senderRejected.step.ownServer.detail':
    'Por exemplo, com mynetworks no Postfix; nunca abra o repasse para a internet.',
  'policy.recipientRejected.title': 'O endereço do destinatário não existe',
  'policy.recipientRejected.summary':
    'O servidor de e-mail do destinatário diz que o endereço não existe ou não recebe e-mails. O seu envio funcionou; o problema é o endereço.',
  'policy.recipientRejected.why':
    'Um erro de digitação, uma pessoa que saiu da organização, uma conta excluída ou desativada, ou um endereço que o domínio de destino nunca teve.',
  'policy.recipientRejected.confirm.check':
    'Confira o endereço letra por letra e envie um teste para um endereço que você sabe que funciona',
  'policy.recipientRejected.step.correct':
    'Corrija o endereço (procure erros de digitação também na parte depois do @)',
  'policy.recipientRejected.step.ask': 'Peça à pessoa o endereço atual dela por outro meio',
  'policy.recipientRejected.step.remove': 'Tire das suas listas os endereços que voltam sempre',
  'policy.recipientRejected.step.remove.detail':
    'Enviar de novo e de novo para endereços mortos prejudica a sua reputação de remetente.',
  'policy.recipientRejected.step.ownDomain':
    'Se o endereço é do seu próprio domínio, verifique se a caixa de correio ou o alias existe',
  'policy.recipientRejected.step.ownDomain.detail':
    'Verifique também se os registros MX do domínio apontam para o servidor que guarda a caixa de correio.',
  'policy.domainAuth.title': 'O servidor do destinatário recusou a mensagem: SPF, DKIM ou DMARC falhou',
  'policy.domainAuth.summary':
    'O servidor de destino não conseguiu verificar que o seu domínio autorizou o envio desta mensagem de onde ela foi enviada, por isso a recusou.',
  'policy.domainAuth.why':
    'Os destinatários verificam se o servidor de envio está no registro SPF do domínio e se a mensagem tem uma assinatura DKIM válida, e então aplicam a política DMARC do domínio. O Gmail exige que todo remetente passe no SPF ou no DKIM (remetentes em massa precisam dos dois, além do DMARC). Enviar por um servidor que o domínio não lista, como uma hospedagem de sites ou um novo serviço de retransmissão, reprova nessas verificações.',
  'policy.domainAuth.confirm.lookup': 'Consulte os registros SPF e DMARC do domínio remetente',
  'policy.domainAuth.confirm.lookup.detail':
    'Deve existir exatamente um registro começando com v=spf1, e ele deve incluir o serviço que envia.',
  'policy.domainAuth.step.forward':
    'Se você não gerencia {domain}, envie este erro para quem cuida do DNS ou do e-mail dele',
  'policy.domainAuth.step.forwardUnnamed':
    'Se você não gerencia o seu domínio, envie este erro para quem cuida do DNS ou do e-mail dele',
  'policy.domainAuth.step.forward.detail':
    'A correção é uma mudança em registros DNS que só essa pessoa pode fazer; os passos abaixo são para ela.',
  'policy.domainAuth.step.spf': 'Adicione o serviço de envio ao seu registro SPF',
  'policy.domainAuth.step.spf.detail':
    'Use o include que o seu provedor documenta. Junte-o ao único registro existente: dois registros SPF são um erro.',
  'policy.domainAuth.step.spf.placeholder': 'domínio SPF do seu provedor',
  'policy.domainAuth.step.dkim': 'Ative a assinatura DKIM no provedor e publique a chave dele no DNS',
  'policy.domainAuth.step.dmarc': 'Publique uma política DMARC, começando só com monitoramento',
  'policy.domainAuth.step.from': 'Envie com um endereço de remetente (From) do domínio que você autentica',
  'policy.domainAuth.step.from.detail':
    'O DMARC só passa quando o domínio do SPF ou do DKIM corresponde ao domínio do From.',
  'policy.ipReputation.title': 'O endereço IP do servidor de envio está em uma lista de bloqueio',
  'policy.ipReputation.summary':
    'O servidor do destinatário recusou a conexão ou a mensagem por causa da reputação do endereço IP de envio, não por causa da mensagem em si.',
  'policy.ipReputation.why':
    'Listas de bloqueio como a Spamhaus incluem endereços que enviaram spam (muitas vezes uma conta invadida ou um dispositivo infectado na mesma rede). A PBL da Spamhaus inclui faixas de endereços residenciais e dinâmicos que nem deveriam enviar e-mail direto para outros servidores. Endereços de nuvem e de hospedagem compartilhada herdam o histórico de usuários anteriores.',
  'policy.ipReputation.confirm.lookup': 'Consulte o endereço IP',
  'policy.ipReputation.confirm.lookup.detail':
    'O IP and Domain Reputation Checker da Spamhaus (check.spamhaus.org) diz qual lista e por quê; a recusa muitas vezes também traz um link.',
  'policy.ipReputation.step.pbl':
    'Em um endereço residencial ou dinâmico (PBL), envie pelo servidor do seu provedor em vez de entregar diretamente',
  'policy.ipReputation.step.pbl.detail':
    'Use a porta de envio 587 ou 465 dele com login, ou um serviço de retransmissão.',
  'policy.ipReputation.step.spam':
    'Se o endereço foi listado por spam, encontre e elimine a causa e depois peça a remoção',
  'policy.ipReputation.step.spam.detail':
    'Causas típicas: uma conta de e-mail invadida, um computador infectado, um formulário de contato abusado, um relay aberto.',
  'policy.ipReputation.step.cloud': 'Em um servidor na nuvem, envie por um serviço de retransmissão',
  'policy.ipReputation.step.cloud.detail': 'Os endereços dele têm uma reputação cuidada.',
  'policy.reverseDns.title': 'O endereço IP do servidor de envio não tem DNS reverso (PTR) correspondente',
  'policy.reverseDns.summary':
    'O servidor do destinatário procurou o nome do endereço IP de envio (DNS reverso) e não encontrou nenhum, ou encontrou um que não aponta de volta para o mesmo endereço, por isso recusou a conexão.',
  'policy.reverseDns.why':
    'Os servidores de destino esperam que um servidor de e-mail de verdade tenha um registro PTR com o nome dele, e que esse nome aponte de volta para o mesmo endereço (DNS reverso confirmado). Conexões residenciais e servidores novos na nuvem muitas vezes não têm nenhum, ou têm um genérico.',
  'policy.reverseDns.confirm.lookup':
    'Consulte o PTR do IP público do servidor e depois o nome que ele retorna',
  'policy.reverseDns.step.ptr': 'Configure o registro PTR onde o endereço IP é gerenciado',
  'policy.reverseDns.step.ptr.detail':
    'Isso é o painel da sua hospedagem ou o seu provedor de internet, não a zona DNS do seu domínio.',
  'policy.reverseDns.step.helo':
    'Faça o nome do PTR apontar para o mesmo IP e use-o como nome HELO/EHLO do servidor',
  'policy.reverseDns.step.relay':
    'Se você não pode configurar um PTR (conexão residencial), envie por um serviço de retransmissão',

  'policy.audience.thisDevice.stepsHeading': 'Como resolver, passo a passo',
  'policy.audience.thisDevice.settingsPlace':
    'Abra as configurações do servidor de saída (SMTP) do app que envia o e-mail — o guia do seu app está abaixo.',
  'policy.audience.thisDevice.probesFrom': 'Testes a partir deste computador pelo seu backend de testes',
  'policy.audience.thisDevice.measuredFrom': 'Medido a partir deste computador:',
  'policy.audience.webServer.stepsHeading': 'Como o administrador do site resolve',
  'policy.audience.webServer.settingsPlace':
    'Abra as configurações de e-mail (SMTP) do site: a configuração do aplicativo web ou as configurações de e-mail do painel de hospedagem.',
  'policy.audience.webServer.probesFrom':
    'Testes a partir de onde o seu backend de testes roda: no servidor por trás desta página, eles mostram o que esse servidor alcança; neste computador, só o que esta rede alcança',
  'policy.audience.mailServer.stepsHeading': 'O que o remetente ou o dono do domínio pode fazer',
  'policy.audience.mailServer.settingsPlace':
    'Abra as configurações de retransmissão (smarthost) do servidor que envia o e-mail.',
  'policy.audience.mailServer.probesFrom': 'Testes a partir de onde o seu backend de testes roda',
  'policy.audience.probeBackend.measuredFrom': 'Medido pelo backend de testes:',

  'policy.glossary.port.25':
    'SMTP entre servidores de e-mail, para entrega aos hosts MX; a porta que provedores de internet e nuvens mais bloqueiam',
  'policy.glossary.port.465': 'envio com TLS implícito: criptografado desde o primeiro byte (RFC 8314)',
  'policy.glossary.port.587':
    'envio: começa sem criptografia e depois passa a criptografar com STARTTLS (RFC 6409)',
  'policy.glossary.port.2525':
    'porta de envio alternativa oferecida por serviços de retransmissão (não atribuída pela IANA)',
  'policy.glossary.port.2465': 'alternativa do Amazon SES à 465 (TLS implícito)',
  'policy.glossary.port.2587': 'alternativa do Amazon SES à 587 (STARTTLS)',
  'policy.glossary.errno.timedOut':
    'tempo de conexão esgotado: nenhuma resposta, típico de um firewall que descarta o tráfego em silêncio',
  'policy.glossary.errno.refused': 'conexão recusada: o host respondeu, mas nada aceita conexões nessa porta',
  'policy.glossary.errno.hostUnreachable': 'sem rota para o host: a rede não alcança esse endereço',
  'policy.glossary.errno.networkUnreachable':
    'rede inacessível: nenhuma rota (muitas vezes um endereço IPv6 em uma rede só IPv4)',
  'policy.glossary.errno.permission':
    'permissão negada: uma política deste computador (SELinux, um firewall local) bloqueou a conexão',
  'policy.glossary.errno.reset':
    'conexão redefinida: o outro lado (ou um equipamento no meio) cortou a conexão',
  'policy.glossary.errno.notFound': 'nome do host não encontrado no DNS',
  'policy.glossary.errno.dnsAgain': 'a consulta DNS falhou temporariamente (sem resposta do servidor DNS)',
  'policy.glossary.errno.nodemailerConnection': 'Nodemailer: a conexão com o servidor SMTP falhou',
  'policy.glossary.errno.nodemailerSocket': 'Nodemailer: um erro de rede (socket)',
  'policy.glossary.errno.nodemailerAuth': 'Nodemailer: o servidor recusou o login',
  'policy.glossary.errno.nodemailerNoAuth':
    'Nodemailer: o servidor exige login, mas nenhuma credencial foi informada',
  'policy.glossary.errno.nodemailerTls': 'Nodemailer: a configuração do TLS (criptografia) falhou',
  'policy.glossary.errno.nodemailerEnvelope':
    'Nodemailer: o servidor recusou o endereço do remetente ou de um destinatário',
  'policy.glossary.errno.nodemailerMessage': 'Nodemailer: o servidor recusou a mensagem',
  'policy.glossary.errno.nodemailerProtocol': 'Nodemailer: o servidor respondeu com algo que não é SMTP',
  'policy.glossary.errno.nodemailerDns': 'Nodemailer: o nome do host SMTP não pôde ser resolvido',
  'policy.glossary.reply.421': 'serviço indisponível, o servidor está fechando a conexão (temporário)',
  'policy.glossary.reply.432': 'é preciso trocar a senha',
  'policy.glossary.reply.450': 'caixa de correio indisponível no momento (temporário)',
  'policy.glossary.reply.451': 'erro local de processamento; tente de novo mais tarde (temporário)',
  'policy.glossary.reply.452': 'armazenamento insuficiente (temporário)',
  'policy.glossary.reply.454': 'falha temporária de autenticação, ou TLS indisponível no momento',
  'policy.glossary.reply.455': 'o servidor não consegue atender aos parâmetros (temporário)',
  'policy.glossary.reply.500': 'comando não reconhecido',
  'policy.glossary.reply.501': 'erro de sintaxe nos parâmetros',
  'policy.glossary.reply.502': 'comando não implementado',
  'policy.glossary.reply.503': 'sequência de comandos incorreta',
  'policy.glossary.reply.504': 'parâmetro de comando não implementado',
  'policy.glossary.reply.521': 'este host não aceita e-mail',
  'policy.glossary.reply.530': 'autenticação obrigatória (ou STARTTLS primeiro)',
  'policy.glossary.reply.534': 'mecanismo de autenticação fraco demais',
  'policy.glossary.reply.535': 'credenciais de autenticação inválidas',
  'policy.glossary.reply.538': 'criptografia obrigatória para este mecanismo de autenticação',
  'policy.glossary.reply.550': 'caixa de correio indisponível ou ação recusada por política',
  'policy.glossary.reply.551': 'usuário não local',
  'policy.glossary.reply.552': 'armazenamento alocado excedido (mensagem ou caixa de correio grande demais)',
  'policy.glossary.reply.553': 'nome de caixa de correio não permitido (endereço recusado)',
  'policy.glossary.reply.554': 'a transação falhou',
  'policy.glossary.reply.555': 'parâmetros de MAIL FROM / RCPT TO não reconhecidos',
  'policy.glossary.reply.556': 'o domínio não aceita e-mail',
  'policy.glossary.reply.temporary': 'falha temporária: o remetente pode tentar de novo mais tarde',
  'policy.glossary.reply.permanent': 'falha permanente: tentar de novo do mesmo jeito vai falhar outra vez',
  'policy.glossary.enhanced.0.0': 'outro status não definido',
  'policy.glossary.enhanced.1.0': 'outro status de endereço',
  'policy.glossary.enhanced.1.1': 'endereço da caixa de correio de destino inválido (usuário inexistente)',
  'policy.glossary.enhanced.1.2': 'endereço do sistema de destino inválido',
  'policy.glossary.enhanced.1.3': 'sintaxe inválida no endereço da caixa de correio de destino',
  'policy.glossary.enhanced.1.4': 'endereço da caixa de correio de destino ambíguo',
  'policy.glossary.enhanced.1.5': 'endereço de destino válido',
  'policy.glossary.enhanced.1.6': 'a caixa de correio de destino mudou, sem endereço de encaminhamento',
  'policy.glossary.enhanced.1.7': 'sintaxe inválida no endereço do remetente',
  'policy.glossary.enhanced.1.8': 'endereço do sistema do remetente inválido',
  'policy.glossary.enhanced.1.9': 'mensagem retransmitida para um servidor de e-mail não compatível',
  'policy.glossary.enhanced.1.10': 'o endereço do destinatário tem MX nulo (o domínio não recebe e-mail)',
  'policy.glossary.enhanced.2.0': 'outro status de caixa de correio ou não definido',
  'policy.glossary.enhanced.2.1': 'caixa de correio desativada, não aceita mensagens',
  'policy.glossary.enhanced.2.2': 'caixa de correio cheia',
  'policy.glossary.enhanced.2.3': 'o tamanho da mensagem excede o limite administrativo',
  'policy.glossary.enhanced.2.4': 'problema ao expandir a lista de e-mails',
  'policy.glossary.enhanced.3.0': 'outro status do sistema de e-mail ou não definido',
  'policy.glossary.enhanced.3.1': 'sistema de e-mail cheio',
  'policy.glossary.enhanced.3.2': 'o sistema não aceita mensagens da rede',
  'policy.glossary.enhanced.3.3': 'o sistema não oferece os recursos selecionados',
  'policy.glossary.enhanced.3.4': 'mensagem grande demais para o sistema',
  'policy.glossary.enhanced.3.5': 'sistema configurado incorretamente',
  'policy.glossary.enhanced.4.0': 'outro status de rede ou roteamento, ou não definido',
  'policy.glossary.enhanced.4.1': 'sem resposta do host',
  'policy.glossary.enhanced.4.2': 'conexão ruim',
  'policy.glossary.enhanced.4.3': 'falha do servidor de diretório (muitas vezes o DNS)',
  'policy.glossary.enhanced.4.4': 'não foi possível rotear',
  'policy.glossary.enhanced.4.5': 'congestionamento do sistema de e-mail',
  'policy.glossary.enhanced.4.6': 'loop de roteamento detectado',
  'policy.glossary.enhanced.4.7': 'prazo de entrega expirado',
  'policy.glossary.enhanced.5.0': 'outro status de protocolo ou não definido',
  'policy.glossary.enhanced.5.1': 'comando inválido',
  'policy.glossary.enhanced.5.2': 'erro de sintaxe',
  'policy.glossary.enhanced.5.3': 'destinatários demais',
  'policy.glossary.enhanced.5.4': 'argumentos de comando inválidos',
  'policy.glossary.enhanced.5.5': 'versão de protocolo errada',
  'policy.glossary.enhanced.5.6': 'linha da troca de autenticação longa demais',
  'policy.glossary.enhanced.6.0': 'outro erro de mídia ou não definido',
  'policy.glossary.enhanced.6.1': 'mídia não suportada',
  'policy.glossary.enhanced.6.2': 'conversão necessária, mas proibida',
  'policy.glossary.enhanced.6.3': 'conversão necessária, mas não suportada',
  'policy.glossary.enhanced.6.4': 'conversão feita com perda',
  'policy.glossary.enhanced.6.5': 'a conversão falhou',
  'policy.glossary.enhanced.6.6': 'conteúdo da mensagem indisponível',
  'policy.glossary.enhanced.6.7': 'endereços não ASCII não permitidos para esse remetente ou destinatário',
  'policy.glossary.enhanced.6.8': 'resposta em UTF-8 exigida, mas não permitida pelo cliente',
  'policy.glossary.enhanced.6.9': 'o cabeçalho UTF-8 não pode ser transferido para um destinatário',
  'policy.glossary.enhanced.6.10':
    'resposta em UTF-8 exigida, mas não permitida pelo cliente (duplicata obsoleta de X.6.8)',
  'policy.glossary.enhanced.7.0': 'outro status de segurança ou não definido',
  'policy.glossary.enhanced.7.1': 'entrega não autorizada, mensagem recusada',
  'policy.glossary.enhanced.7.2': 'expansão de lista de e-mails proibida',
  'policy.glossary.enhanced.7.3': 'conversão de segurança necessária, mas impossível',
  'policy.glossary.enhanced.7.4': 'recursos de segurança não suportados',
  'policy.glossary.enhanced.7.5': 'falha criptográfica',
  'policy.glossary.enhanced.7.6': 'algoritmo criptográfico não suportado',
  'policy.glossary.enhanced.7.7': 'falha de integridade da mensagem',
  'policy.glossary.enhanced.7.8': 'credenciais de autenticação inválidas',
  'policy.glossary.enhanced.7.9': 'mecanismo de autenticação fraco demais',
  'policy.glossary.enhanced.7.10': 'criptografia necessária',
  'policy.glossary.enhanced.7.11': 'criptografia obrigatória para o mecanismo de autenticação pedido',
  'policy.glossary.enhanced.7.12': 'é preciso trocar a senha',
  'policy.glossary.enhanced.7.13': 'conta de usuário desativada',
  'policy.glossary.enhanced.7.14': 'relação de confiança necessária',
  'policy.glossary.enhanced.7.15': 'nível de prioridade baixo demais',
  'policy.glossary.enhanced.7.16': 'mensagem grande demais para a prioridade indicada',
  'policy.glossary.enhanced.7.17': 'o dono da caixa de correio mudou',
  'policy.glossary.enhanced.7.18': 'o dono do domínio mudou',
  'policy.glossary.enhanced.7.19': 'o teste RRVS não pode ser concluído',
  'policy.glossary.enhanced.7.20': 'nenhuma assinatura DKIM válida encontrada',
  'policy.glossary.enhanced.7.21': 'nenhuma assinatura DKIM aceitável encontrada',
  'policy.glossary.enhanced.7.22': 'nenhuma assinatura DKIM válida correspondente ao autor encontrada',
  'policy.glossary.enhanced.7.23': 'a validação SPF falhou',
  'policy.glossary.enhanced.7.24': 'erro na validação SPF',
  'policy.glossary.enhanced.7.25': 'a validação do DNS reverso falhou',
  'policy.glossary.enhanced.7.26': 'várias verificações de autenticação falharam',
  'policy.glossary.enhanced.7.27': 'o endereço do remetente tem MX nulo',
  'policy.glossary.enhanced.7.28': 'enxurrada de e-mails detectada',
  'policy.glossary.enhanced.7.29': 'falha na validação ARC',
  'policy.glossary.enhanced.7.30': 'suporte a REQUIRETLS obrigatório',
  'policy.glossary.subject.0': 'outro problema',
  'policy.glossary.subject.1': 'problema de endereço',
  'policy.glossary.subject.2': 'problema de caixa de correio',
  'policy.glossary.subject.3': 'problema do sistema de e-mail',
  'policy.glossary.subject.4': 'problema de rede e roteamento',
  'policy.glossary.subject.5': 'problema do protocolo de entrega',
  'policy.glossary.subject.6': 'problema do conteúdo da mensagem',
  'policy.glossary.subject.7': 'problema de segurança ou de política',
  'policy.glossary.kind.success': 'sucesso',
  'policy.glossary.kind.temporary': 'temporário',
  'policy.glossary.kind.permanent': 'permanente',
  'policy.glossary.enhanced.known': '{kind}: {detail}',
  'policy.glossary.enhanced.bySubject': '{kind}, {problem}',
};
