import type { Catalog } from '../../catalog';

/** The provider records' prose in this language, by key (lib/providers/prose.ts). */
export const providerData: Catalog = {
  'provider.gmail.auth.0':
    'O Google não aceita mais a senha da conta em apps de e-mail. Use uma senha de app (exige a verificação em duas etapas) ou um app que faça login com o Google (OAuth).',
  'provider.gmail.auth.1':
    'Apps que oferecem “Fazer login com o Google” (OAuth2) não precisam de senha de app.',
  'provider.gmail.note.0':
    'O acesso de “apps menos seguros” (login com senha) foi desativado nas contas pessoais em 2022-05-30.',
  'provider.gmail.server.1':
    'Google: “Use a porta 465, ou a porta 587 se o seu cliente começar em texto simples antes de enviar o comando STARTTLS”.',
  'provider.google-workspace.auth.0':
    'Desde 2024-09-30, as contas do Workspace só aceitam OAuth ou senhas de app em apps de e-mail; o login com senha (“apps menos seguros”) está desativado.',
  'provider.google-workspace.auth.1':
    'Apps que fazem login com o Google (OAuth2) não precisam de senha de app.',
  'provider.google-workspace.server.1':
    'Google: “Use a porta 465, ou a porta 587 se o seu cliente começar em texto simples antes de enviar o comando STARTTLS”.',
  'provider.google-workspace.variant.smtp-relay':
    'Serviço de relay SMTP do Workspace (configurado pelo administrador; IP ou SMTP-AUTH)',
  'provider.outlook-com.auth.0':
    'Desde 2024-09-16, as contas pessoais da Microsoft só aceitam autenticação moderna (OAuth2); senhas e senhas de app não funcionam mais para SMTP. Use um app de e-mail que faça login com a Microsoft.',
  'provider.microsoft-365.auth.0':
    'O SMTP AUTH vem desativado nas organizações criadas depois de janeiro de 2020. Um administrador precisa permiti-lo no locatário (SmtpClientAuthenticationDisabled) e na caixa de correio (“SMTP autenticado”), e os padrões de segurança não podem bloqueá-lo.',
  'provider.microsoft-365.auth.1':
    'A autenticação básica (Basic) do SMTP AUTH está sendo descontinuada (veja o aviso com as datas); o OAuth2 continua funcionando.',
  'provider.microsoft-365.server.0': 'O Microsoft 365 não oferece a porta 465.',
  'provider.microsoft-365.username':
    'O nome principal de usuário (UPN) da caixa de correio, em geral o próprio endereço.',
  'provider.yahoo.auth.0':
    'Apps de e-mail que não usam a página de login do próprio Yahoo precisam de uma senha de app (“Gerar senha de app” em Segurança da conta).',
  'provider.yahoo.auth.1': 'Apps que fazem login pela página do Yahoo (OAuth2) não precisam de senha de app.',
  'provider.yahoo.server.1': 'Informada por guias de terceiros; o Thunderbird lista só a 465.',
  'provider.aol.auth.0':
    'A AOL aceita OAuth2 ou uma senha. Nenhuma fonte armazenada confirma se ela exige uma senha de app para apps de e-mail.',
  'provider.aol.server.1': 'Listada pelo Nodemailer; o Thunderbird lista só a 465.',
  'provider.icloud.auth.0':
    'O iCloud recusa a senha da Conta Apple via SMTP: crie uma senha específica de app (exige a autenticação de dois fatores).',
  'provider.icloud.server.0': 'Use a 587: os relatos sobre a 465 divergem.',
  'provider.icloud.username': 'Seu endereço do iCloud, também quando você envia de um domínio personalizado.',
  'provider.zoho.auth.0':
    'Com a autenticação de dois fatores ativada, os apps de e-mail precisam de uma senha específica de aplicativo.',
  'provider.zoho.note.0': 'Use o host do data center em que sua conta está (zoho.eu, zoho.in, …).',
  'provider.zoho.variant.eu': 'Data center da UE',
  'provider.zoho.variant.in': 'Data center da Índia',
  'provider.zoho.variant.au': 'Data center da Austrália',
  'provider.zoho.variant.jp': 'Data center do Japão',
  'provider.zoho.variant.ca': 'Data center do Canadá',
  'provider.zoho.variant.org': 'Contas de organização (domínio personalizado), data center dos EUA',
  'provider.fastmail.auth.0':
    'Fastmail: “Você não pode usar sua senha normal do Fastmail” em apps de e-mail; crie uma senha de app.',
  'provider.fastmail.auth.1': 'O plano Basic não tem acesso SMTP.',
  'provider.fastmail.server.0': 'Fastmail: “Criptografia SSL/TLS ativada, mas não STARTTLS”.',
  'provider.proton-bridge.auth.0': 'Use a senha que o Bridge mostra, não a senha da sua conta Proton.',
  'provider.proton-bridge.auth.1': 'O Bridge exige um plano pago do Proton.',
  'provider.proton-bridge.server.0':
    'O Proton Bridge roda no seu computador; use a porta SMTP que o Bridge mostra (em geral 1025). O certificado dele é autoassinado.',
  'provider.gmx.auth.0':
    'Contas gmx.net precisam permitir uma vez o “acesso via POP3 e IMAP” (“access via POP3 & IMAP”) nas configurações de e-mail (segundo o ISPDB do Thunderbird; não está confirmado se só o envio já exige isso).',
  'provider.gmx.variant.net': 'Contas gmx.net / gmx.de / gmx.at / gmx.ch',
  'provider.web-de.auth.0':
    'Permita uma vez o “acesso via POP3 e IMAP” (“access via POP3 & IMAP”) nas configurações de e-mail do WEB.DE (segundo o ISPDB do Thunderbird; não está confirmado se só o envio já exige isso).',
  'provider.web-de.username': 'O ISPDB do Thunderbird indica a parte antes do @.',
  'provider.mail-com.note.0':
    'O mail.com tem cerca de 190 domínios de endereço; o arquivo do ISPDB lista todos eles.',
  'provider.yandex.auth.0':
    'Apps de e-mail fazem login com uma senha de app; com a autenticação de dois fatores ativada, as senhas de app são obrigatórias.',
  'provider.yandex.auth.1': 'O servidor SMTP do Yandex também aceita OAuth (XOAUTH2).',
  'provider.yandex.variant.ru': 'Nome de host russo',
  'provider.sendgrid.auth.0': 'A senha é uma chave de API com pelo menos a permissão “Mail”.',
  'provider.sendgrid.username': 'Exatamente o texto “apikey”, não a própria chave.',
  'provider.mailgun.auth.0': 'As credenciais SMTP são definidas por domínio de envio.',
  'provider.mailgun.note.0':
    'EUA e UE são infraestruturas separadas: use o host da região em que seu domínio foi criado.',
  'provider.mailgun.username':
    'O login SMTP do seu domínio de envio (Sending → Domain settings → SMTP credentials), por exemplo postmaster@mg.example.com.',
  'provider.mailgun.variant.eu': 'Região UE (domínios criados na UE)',
  'provider.amazon-ses.auth.0': 'Crie credenciais SMTP para a região de onde você envia.',
  'provider.amazon-ses.note.0': 'O SES exige TLS em todas as conexões.',
  'provider.amazon-ses.note.1':
    'Em vez da 2525, o SES oferece a 2587 (STARTTLS) e a 2465 (TLS Wrapper) quando a 587/465 está bloqueada.',
  'provider.amazon-ses.note.2':
    'O EC2 restringe a porta 25 por padrão: a partir do EC2, use a 587 ou a 2587.',
  'provider.amazon-ses.server.1': 'Modo TLS Wrapper.',
  'provider.amazon-ses.server.3': 'Modo TLS Wrapper.',
  'provider.amazon-ses.username':
    'Credenciais SMTP do SES criadas no console do SES — não as suas chaves de acesso da AWS.',
  'provider.amazon-ses.variant.us-east-2': 'Leste dos EUA (Ohio)',
  'provider.amazon-ses.variant.us-west-1': 'Oeste dos EUA (Norte da Califórnia)',
  'provider.amazon-ses.variant.us-west-2': 'Oeste dos EUA (Oregon)',
  'provider.amazon-ses.variant.ca-central-1': 'Canadá (Central)',
  'provider.amazon-ses.variant.sa-east-1': 'América do Sul (São Paulo)',
  'provider.amazon-ses.variant.eu-central-1': 'Europa (Frankfurt)',
  'provider.amazon-ses.variant.eu-north-1': 'Europa (Estocolmo)',
  'provider.amazon-ses.variant.eu-west-1': 'Europa (Irlanda)',
  'provider.amazon-ses.variant.eu-west-2': 'Europa (Londres)',
  'provider.amazon-ses.variant.eu-west-3': 'Europa (Paris)',
  'provider.amazon-ses.variant.ap-northeast-1': 'Ásia-Pacífico (Tóquio)',
  'provider.amazon-ses.variant.ap-northeast-2': 'Ásia-Pacífico (Seul)',
  'provider.amazon-ses.variant.ap-northeast-3': 'Ásia-Pacífico (Osaka)',
  'provider.amazon-ses.variant.ap-south-1': 'Ásia-Pacífico (Mumbai)',
  'provider.amazon-ses.variant.ap-southeast-1': 'Ásia-Pacífico (Singapura)',
  'provider.amazon-ses.variant.ap-southeast-2': 'Ásia-Pacífico (Sydney)',
  'provider.amazon-ses.variant.us-gov-east-1': 'GovCloud (Leste dos EUA)',
  'provider.amazon-ses.variant.us-gov-west-1': 'GovCloud (Oeste dos EUA)',
  'provider.postmark.auth.0': 'O Server API Token (Server → API Tokens) como nome de usuário e como senha.',
  'provider.postmark.server.0':
    'O Postmark não tem porta 465: configurada para a 465, a conexão fica travada.',
  'provider.postmark.username': 'O Server API Token, usado como nome de usuário e também como senha.',
  'provider.postmark.variant.broadcast': 'Fluxo de mensagens Broadcast',
  'provider.brevo.auth.0': 'Use uma chave SMTP, não a chave de API nem a sua senha do Brevo.',
  'provider.brevo.note.0':
    'O Brevo lista a 587 e a 2525 como portas “não criptografadas”; os clientes passam a criptografá-las com STARTTLS.',
  'provider.brevo.username': 'O login SMTP mostrado em SMTP & API → SMTP.',
  'provider.smtp2go.auth.0': 'Crie um usuário SMTP e verifique o seu remetente.',
  'provider.smtp2go.note.0':
    'Aqui as portas 80 e 443 também transportam SMTP: útil quando todas as portas de e-mail estão bloqueadas.',
  'provider.smtp2go.username': 'Um usuário SMTP de Sending → SMTP Users.',
  'provider.smtp2go.variant.us': 'EUA',
  'provider.smtp2go.variant.eu': 'UE/Reino Unido',
  'provider.smtp2go.variant.eu2': 'Somente UE',
  'provider.smtp2go.variant.au': 'Austrália',
  'provider.mailjet.auth.0': 'Chave de API como nome de usuário, chave secreta como senha.',
  'provider.mailjet.server.1': 'O tutorial do Google Compute Engine faz o relay por in-v3.mailjet.com:2525.',
  'provider.mailjet.server.2': 'Listada apenas por guias de terceiros.',
  'provider.mailjet.username': 'Sua chave de API do Mailjet (a senha é a chave secreta).',
  'provider.sparkpost.auth.0':
    'A senha é uma chave de API com a permissão “Enviar via SMTP” (“Send via SMTP”).',
  'provider.sparkpost.server.1':
    'SparkPost: “uma porta alternativa para os casos em que a porta 587 está bloqueada (como em um ambiente do Google Compute Engine)”.',
  'provider.sparkpost.variant.eu': 'SparkPost EU',
  'provider.cpanel.auth.0':
    'cPanel: “IMAP, POP3 e SMTP exigem autenticação” com a senha da caixa de correio.',
  'provider.cpanel.note.0':
    'Em Contas de e-mail → Conectar dispositivos (“Email Accounts → Connect Devices”) aparecem o host e as portas exatos da sua conta.',
  'provider.cpanel.server.0':
    'As “Configurações SSL/TLS seguras” (“Secure SSL/TLS Settings”) do cPanel indicam o nome de host do próprio servidor (por exemplo host55.registrar-servers.com); mail.<domain> com SSL muitas vezes falha na verificação do certificado.',
  'provider.cpanel.server.1':
    'Algumas hospedagens com cPanel também aceitam conexões na 26 (ou na 25) quando a 587 está bloqueada.',
  'provider.cpanel.username': 'O endereço completo da caixa de correio criada no cPanel.',
  'provider.plesk.auth.0':
    'Por padrão, o relay exige autorização (“authorization is required”): faça login com o endereço e a senha da caixa de correio.',
  'provider.plesk.server.0':
    'Os administradores do Plesk “também podem pedir aos seus clientes que especifiquem a porta 587” depois que o envio (submission) é ativado.',
  'provider.plesk.server.1': 'Oferecida com frequência; não confirmada por uma página do Plesk armazenada.',
  'provider.directadmin.auth.0':
    'Faça login com o endereço e a senha da caixa de correio (o habitual em painéis de hospedagem; nenhuma fonte armazenada confirma isso para o DirectAdmin).',
  'provider.directadmin.server.0':
    'Nenhuma fonte armazenada confirma as configurações padrão do próprio DirectAdmin; este é o formato habitual mail.<domain> (o Thunderbird tenta smtp., depois mail. e depois o próprio domínio).',
  'policy.aws.summary':
    'A AWS bloqueia (antes “limitava”) a porta 25 de saída em todas as instâncias EC2. Funções Lambda só podem enviar pela 25 a partir de uma VPC atrás de um gateway NAT.',
  'policy.aws.how':
    'Envie o formulário “Solicitação para remover as limitações de envio de e-mail” (“Request to remove email sending limitations”) para a conta e a região. Ou envie por um relay na 587/2587/465.',
  'policy.gcp.summary':
    'O Google Cloud bloqueia a porta 25 de saída, sem exceção. “Embora a porta 25 esteja bloqueada, você pode usar a porta 465, a 587 ou uma porta não padrão para enviar e-mails por um relay.”',
  'policy.gcp.how': 'Não há exceção. Envie pelo seu provedor de e-mail na 587/465 ou por um relay na 2525.',
  'policy.gcp.note.0':
    'Até por volta de 2018, o Google também bloqueava a 465 e a 587, exceto para endereços do Google; hoje elas estão abertas.',
  'policy.azure.summary':
    'O Azure bloqueia a porta 25 de saída, exceto nas assinaturas Enterprise Agreement e MCA-E. O relay autenticado na 587 “não tem restrição, seja qual for o tipo de assinatura”.',
  'policy.azure.how':
    'Só as assinaturas Enterprise Agreement / MCA-E podem enviar pela 25. Todos os demais usam um relay autenticado na 587 (por exemplo Azure Communication Services, SendGrid).',
  'policy.azure.note.0': 'O bloqueio começou para a maioria das novas assinaturas em 2017-11-15.',
  'policy.digitalocean.summary':
    'A DigitalOcean bloqueia o SMTP na porta 25 a partir dos Droplets de contas novas e não retira o bloqueio; ela recomenda um relay como o SendGrid.',
  'policy.digitalocean.how':
    'Nenhuma exceção é oferecida. Envie pelo seu provedor na 587/465 ou por um relay (2525).',
  'policy.digitalocean.note.0':
    'As fontes divergem sobre a 465 e a 587: um levantamento de 2026 diz que elas também estão bloqueadas (inclusive nos Reserved IPs); uma resposta do suporte de 2019 dizia que podem ser usadas. Teste-as antes de contar com qualquer uma das duas versões.',
  'policy.linode.summary':
    'A Linode restringe as conexões de saída nas portas 25, 465 e 587 em todos os Linodes de contas criadas depois de 2019-11-05.',
  'policy.linode.how':
    'Configure registros A e de DNS reverso válidos e depois abra um chamado no suporte com os dados que o guia “Running a Mail Server” pede.',
  'policy.vultr.summary':
    'A Vultr bloqueia a porta 25 de saída por padrão. Alguns usuários relatam que o suporte a libera a pedido; outros, que isso não acontece mais.',
  'policy.vultr.how': 'Abra um chamado no suporte explicando o caso de uso; a aprovação não é garantida.',
  'policy.hetzner.summary':
    'Hetzner: “O tráfego de saída para as portas 25 e 465 é bloqueado por padrão em todos os Cloud Servers.” A porta 587 continua aberta.',
  'policy.hetzner.how':
    'Envie uma solicitação de limite (limit request) pedindo o desbloqueio, com um caso de uso válido — só depois que a conta tiver um mês e a primeira fatura estiver paga. A Hetzner decide caso a caso.',
  'policy.hetzner.note.0':
    'O bloqueio fica na rede, antes do servidor: o ufw e o iptables parecem limpos enquanto a 465 esgota o tempo sem nenhum aviso.',
  'policy.ovh.summary':
    'A OVHcloud não bloqueia a porta 25 por padrão, mas a fecha no nível da rede quando o sistema antispam dela detecta spam vindo do servidor.',
  'policy.ovh.how':
    'Pare de enviar, limpe o servidor e depois peça o desbloqueio no painel de controle. “Não é possível entrar em uma lista de permissões.”',
  'policy.oracle-cloud.summary':
    'A Oracle Cloud bloqueia a porta 25 de saída (contas Free Tier criadas depois de 2021-06-25, segundo o documento 2787393.1 do Oracle Support).',
  'policy.oracle-cloud.how':
    'Contas pagas podem pedir ao suporte da Oracle; os pedidos de contas Always Free foram recusados.',
  'policy.scaleway.summary':
    'Scaleway: “Por padrão, as portas SMTP remotas (25, 465 e 587) ficam bloqueadas” nas Instances.',
  'policy.scaleway.how':
    'Ative o SMTP no grupo de segurança da Instance, no console (exige uma identidade verificada). O Terraform não consegue ativá-lo.',
  'policy.scaleway.note.0': 'Os Serverless Containers da Scaleway bloqueiam a 25 e a 465 de saída.',
  'policy.upcloud.summary':
    'A UpCloud fecha a porta 25 de saída “por padrão em todas as contas novas”; o teste gratuito só permite as portas web padrão.',
  'policy.upcloud.how':
    'Entre em contato com o suporte com uma prova de identidade ou da forma de pagamento e descreva o caso de uso.',
  'policy.contabo.summary':
    'Não foi encontrada nenhuma política de portas publicada pela Contabo. Usuários relatam que os VPS da Contabo conseguem enviar pela porta 25.',
  'policy.contabo.how': 'Pergunte ao suporte da Contabo.',
  'policy.comcast.summary':
    'Desde 2012-08-01, a Comcast “não permite mais, por padrão, o acesso à porta 25 para nossos usuários residenciais de Internet”; ela recomenda a 587 com autenticação ou a 465 com SSL.',
  'policy.comcast.how':
    'O bloqueio é retirado “mediante solicitação à nossa equipe Customer Security Assurance” (os servidores comcast.net continuam recusando o envio pela 25).',
  'policy.spectrum.summary':
    'Quando há suspeita de que um computador envia spam, um filtro no modem a cabo bloqueia a porta 25 de saída “não destinada aos servidores TWC Mail”. Mude o cliente para a 587.',
  'policy.spectrum.how': 'Limpe o computador infectado; enquanto isso, envie pela 587.',
  'policy.cox.summary':
    'A Cox filtra a porta 25 nos dois sentidos: “o SMTP só é permitido na saída para servidores SMTP fornecidos pela Cox”. O bloqueio começou em junho de 2003.',
  'policy.cox.how': 'Use a porta de envio do seu provedor (587/465) em vez da 25.',
  'policy.deutsche-telekom.summary':
    'Quando detecta spam vindo de uma linha, a Telekom bloqueia a porta 25/tcp para outras redes. Os smarthosts da Telekom (mailto.t-online.de, smtpmail.t-online.de, smtprelay.t-online.de e securesmtp.t-online.de), o webmail e os smarthosts de outros provedores em portas não padrão continuam funcionando.',
  'policy.deutsche-telekom.how':
    'Siga os passos da equipe de segurança para proteger a linha; depois disso, o bloqueio é retirado.',
  'policy.deutsche-telekom.note.0':
    'Roteadores Speedport com a opção “sichere E-Mail-Server” ativada só permitem as portas 25 e 587 para os servidores da lista: “a 587 esgota o tempo” pode ser culpa do roteador, não do servidor de e-mail.',
  'policy.swisscom.summary':
    'A Swisscom filtra a porta 25 de saída para servidores de e-mail e só a permite em condições específicas; ela recomenda a porta 587.',
  'policy.swisscom.how': 'Use a porta 587 com autenticação.',
  'policy.wessex-internet.summary':
    'A Wessex Internet impede que a banda larga residencial e empresarial use a porta TCP 25 de saída, exceto para o relay dela.',
  'policy.wessex-internet.how': 'Use o relay da Wessex ou a 587/465 do seu provedor.',
};
