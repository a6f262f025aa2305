import type { TranslationOf } from '../../catalog';
import type { explainConnection as english } from '../en/explain-connection';

export const explainConnection: TranslationOf<typeof english> = {
  'conn.duration.seconds': '{count, plural, one {# segundo} other {# segundos}}',
  'conn.duration.minutes': '{count, plural, one {# minuto} other {# minutos}}',
  'conn.port.unknown': 'porta SMTP',
  'conn.port.numbered': 'porta {ports}',
  'conn.target.hostOnPort': '{host}, {port}',
  'conn.fallback.mailServer': 'servidor de e-mail',

  'conn.snippet.server': 'servidor: {host}',
  'conn.snippet.port587': 'porta 587, criptografia STARTTLS, autenticação ativada',
  'conn.snippet.port465': 'ou porta 465, criptografia SSL/TLS, autenticação ativada',
  'conn.snippet.login':
    'nome de usuário: seu endereço de e-mail completo; senha: sua senha ou uma senha de app',
  'conn.snippet.postfixThen': 'depois: {command}',
  'conn.snippet.orBroader': 'ou, mais amplo:',
  'conn.snippet.mailClients': 'Clientes de e-mail: segurança da conexão "{mode}"',
  'conn.snippet.dotnetStartTlsOnly': '(só STARTTLS: não funciona na porta 465)',

  'conn.portBlocked.title.local': 'Este computador está bloqueando a conexão ({port})',
  'conn.portBlocked.title.delivery':
    'A porta 25 de saída está bloqueada: seu servidor não consegue alcançar outros servidores de e-mail',
  'conn.portBlocked.title.network': 'A porta {ports} está bloqueada nesta rede',
  'conn.portBlocked.title.networkNoPort': 'A porta SMTP está bloqueada nesta rede',
  'conn.portBlocked.summary.local':
    'A conexão ({target}) foi interrompida antes de sair deste computador. “Permission denied” vem de uma política de segurança deste computador, não do servidor de e-mail nem do seu provedor de internet.',
  'conn.portBlocked.summary.delivery':
    'Seu servidor de e-mail tentou entregar a mensagem ao servidor de e-mail do destinatário ({host}) na porta 25, e a conexão nunca foi concluída: a rede em que seu servidor está bloqueia a porta 25 de saída.',
  'conn.portBlocked.summary.deliveryNoHost':
    'Seu servidor de e-mail tentou entregar a mensagem ao servidor de e-mail do destinatário (o host MX dele) na porta 25, e a conexão nunca foi concluída: a rede em que seu servidor está bloqueia a porta 25 de saída.',
  'conn.portBlocked.summary.network':
    'Sua mensagem nunca chegou ao servidor de e-mail: a conexão ({target}) ficou sem resposta em algum ponto do caminho. Seu nome de usuário e sua senha nem chegaram a ser verificados.',
  'conn.portBlocked.why.local':
    'Em sistemas da família Red Hat (RHEL, CentOS, Rocky, AlmaLinux, Fedora), o SELinux impede que o servidor web, e o PHP que roda dentro dele, abra conexões de rede se o booleano httpd_can_sendmail ou httpd_can_network_connect não estiver ativado. Uma regra do firewall da máquina ou um “escudo de e-mail” de antivírus pode fazer o mesmo.',
  'conn.portBlocked.why.port25':
    'Provedores de internet e de nuvem bloqueiam a porta 25 de saída na maioria das conexões residenciais e dos servidores (entre eles AWS, Google Cloud, Azure e Hetzner). Computadores infectados enviavam spam direto aos servidores dos destinatários pela porta 25; o bloqueio impede isso, enquanto as portas de envio 587 e 465, protegidas por login, continuam abertas.',
  'conn.portBlocked.why.otherPort':
    'Algumas redes bloqueiam mais do que a porta 25: planos de hospedagem, firewalls de empresas e escolas, Wi-Fi público e alguns roteadores domésticos só deixam passar as portas de e-mail para servidores aprovados. Um tempo esgotado ({port}) também pode significar que o servidor está fora do ar, então confirme com um teste das portas.',
  'conn.portBlocked.confirm.selinux':
    'Verifique se o SELinux está em modo enforcing e quais booleanos estão desativados',
  'conn.portBlocked.confirm.auditLog': 'Procure a negação no log de auditoria',
  'conn.portBlocked.confirm.probe': 'Teste as portas SMTP a partir da máquina em que o envio falha',
  'conn.portBlocked.confirm.probeDetail':
    'Um tempo esgotado ({port}) enquanto outras portas respondem significa que essa porta está filtrada. No Windows: {command}.',
  'conn.portBlocked.confirm.otherNetwork':
    'Teste as mesmas configurações em outra rede, como o hotspot do celular',
  'conn.portBlocked.confirm.otherNetworkDetail':
    'Se o envio funcionar lá, a rede em que você estava está bloqueando a porta.',
  'conn.portBlocked.confirm.hostDocs25':
    'Consulte a documentação do seu provedor de hospedagem sobre a porta 25 de saída',
  'conn.portBlocked.confirm.hostDocs25Detail':
    'A maioria dos provedores de nuvem informa isso nas perguntas frequentes sobre envio de e-mail ou portas bloqueadas.',
  'conn.portBlocked.confirm.hostDocs':
    'Consulte a documentação do provedor de hospedagem sobre conexões de saída ({port})',
  'conn.portBlocked.confirm.hostDocsDetail':
    'Quem abre a conexão é o servidor web, então valem as regras da hospedagem dele, não as da rede em que você navega. A maioria dos provedores informa essas regras nas perguntas frequentes sobre envio de e-mail ou portas bloqueadas.',
  'conn.portBlocked.step.selinux': 'Permita que o servidor web se conecte às portas de e-mail (SELinux)',
  'conn.portBlocked.step.selinuxDetail':
    'httpd_can_sendmail permite as portas de e-mail padrão; httpd_can_network_connect permite qualquer porta (necessário para a 2525). -P mantém a configuração depois de reiniciar.',
  'conn.portBlocked.step.firewall':
    'Se o SELinux não for a causa, verifique o firewall da máquina e o antivírus',
  'conn.portBlocked.step.firewallDetail':
    'Procure regras que rejeitem conexões de saída para 25, 465 ou 587 (firewalld, nftables/iptables, Firewall do Windows).',
  'conn.portBlocked.step.submit':
    'Envie por {host} na porta 587 com STARTTLS, ou na porta 465 com TLS implícito (SSL/TLS), e faça login',
  'conn.portBlocked.step.submitNoHost':
    'Envie pelo servidor SMTP do seu provedor na porta 587 com STARTTLS, ou na porta 465 com TLS implícito (SSL/TLS), e faça login',
  'conn.portBlocked.step.submitDetail':
    'As portas de envio são feitas para apps e clientes de e-mail e raramente são bloqueadas. Combine a criptografia com a porta: 465 = SSL/TLS, 587 = STARTTLS. A porta 25 sem login serve só para entrega de servidor para servidor.',
  'conn.portBlocked.step.try587': 'Tente a porta 587 com STARTTLS',
  'conn.portBlocked.step.try465': 'Tente a porta 465 com TLS implícito (SSL/TLS)',
  'conn.portBlocked.step.tryStandard': 'Tente as portas de envio padrão: 587 com STARTTLS ou 465 com SSL/TLS',
  'conn.portBlocked.step.tryDetail':
    'É comum as redes bloquearem uma porta de envio e não a outra (a Hetzner Cloud, por exemplo, bloqueia a 465, mas não a 587).',
  'conn.portBlocked.step.relay2525':
    'Se a 587 e a 465 também estiverem bloqueadas, use um serviço de relay na porta 2525',
  'conn.portBlocked.step.relay2525Detail':
    '{relays} aceitam login na porta 2525. A maioria também oferece uma API HTTPS, que sai pela porta 443 como qualquer site.',
  'conn.portBlocked.step.askProvider':
    'Ou peça ao seu provedor de internet ou de hospedagem para remover o bloqueio',
  'conn.portBlocked.step.askProviderDetail':
    'Provedores residenciais costumam desbloquear a porta 25 quando solicitado; provedores de nuvem têm um formulário ou chamado (a AWS tem; o Google Cloud nunca desbloqueia). Informe a porta e este erro.',
  'conn.portBlocked.step.askHost': 'Ou peça ao provedor de hospedagem para abrir a porta para este servidor',
  'conn.portBlocked.step.askHostDetail':
    'A hospedagem compartilhada costuma permitir só o próprio servidor de e-mail, ou a 587 e a 465 para qualquer servidor; provedores de nuvem têm um formulário ou chamado. Informe a porta, o horário e este erro.',
  'conn.portBlocked.step.ownServer':
    'Você tem seu próprio servidor de e-mail (Postfix, Exim…) que entrega direto aos destinatários? Então mudar a porta não vai adiantar',
  'conn.portBlocked.step.ownServerDetail':
    'Os servidores de e-mail dos destinatários só aceitam e-mails recebidos na porta 25: envie por um relay (smarthost) ou peça à sua hospedagem para abrir a porta 25 para o servidor.',
  'conn.portBlocked.step.keepPort':
    'Não mude a porta: os servidores de e-mail dos destinatários só aceitam e-mails de outros servidores na porta 25',
  'conn.portBlocked.step.keepPortDetail':
    'As portas 587 e 465 servem para entregar e-mails ao seu próprio provedor, com login. {host} não recebe e-mails nelas, então mudar a porta não resolve a entrega de servidor para servidor.',
  'conn.portBlocked.step.keepPortDetailNoHost':
    'As portas 587 e 465 servem para entregar e-mails ao seu próprio provedor, com login. O host MX não recebe e-mails nelas, então mudar a porta não resolve a entrega de servidor para servidor.',
  'conn.portBlocked.step.smarthost':
    'Envie por um relay (smarthost) em que você faça login na 587, 465 ou 2525',
  'conn.portBlocked.step.smarthostDetail':
    'Seu provedor de e-mail ou um serviço de relay (SendGrid, Mailgun, Postmark, Brevo, SMTP2GO, Amazon SES…) faz então a entrega pela porta 25 por você. O relay precisa permitir o seu domínio de remetente. No Postfix:',
  'conn.portBlocked.step.open25':
    'Ou peça à sua hospedagem para abrir a porta 25 de saída para este servidor',
  'conn.portBlocked.step.open25Detail':
    'Provedores de nuvem decidem caso a caso, muitas vezes só para contas estabelecidas com um registro de DNS reverso (PTR) configurado: a AWS tem um formulário, a Hetzner avalia depois da primeira fatura paga, o Google Cloud nunca abre. Conexões residenciais são um lugar ruim para um servidor de e-mail: os endereços delas estão em listas como a PBL da Spamhaus.',

  'conn.unreachable.title.local': 'Nenhum servidor de e-mail está rodando nesta máquina',
  'conn.unreachable.title.remote': 'O servidor de e-mail não está aceitando conexões',
  'conn.unreachable.summary.local':
    'Seu app está configurado para enviar por um servidor de e-mail nesta mesma máquina ({host}), mas nada está escutando ({port}): nenhum servidor de e-mail está instalado, ou ele está parado.',
  'conn.unreachable.summary.remote':
    'A conexão ({target}) falhou: o servidor a recusou ou nunca respondeu direito. O nome do host ou a porta podem estar errados, ou o serviço de e-mail está fora do ar.',
  'conn.unreachable.why':
    '“Connection refused” significa que a máquina respondeu, mas nenhum programa escuta nessa porta: host ou porta errados, serviço de e-mail parado ou o firewall do próprio servidor. “No route to host” significa que o endereço não pode ser alcançado. Um servidor que aceita a conexão mas nunca envia a saudação está sobrecarregado ou não é um servidor de e-mail.',
  'conn.unreachable.confirm.probe': 'Teste as portas SMTP do host',
  'conn.unreachable.confirm.probeDetail':
    '“refused” em todas as portas: nada escuta ali. Um tempo esgotado, por outro lado, indica um bloqueio no caminho.',
  'conn.unreachable.confirm.listens':
    'Se você administra o servidor, verifique se o serviço de e-mail está escutando',
  'conn.unreachable.step.settings':
    'Confira o nome do host e a porta com a página de configurações do seu provedor',
  'conn.unreachable.step.settingsDetail':
    'A maioria dos provedores usa smtp.<domínio deles> na 587 (STARTTLS) ou na 465 (SSL/TLS). Um erro de digitação ou um nome de servidor antigo também termina aqui.',
  'conn.unreachable.step.local': 'Instale ou inicie um servidor de e-mail local, ou envie pelo seu provedor',
  'conn.unreachable.step.localDetail':
    'Apps web costumam usar localhost por padrão. Apontá-los para o seu provedor na 587 ou na 465 com login evita manter um servidor de e-mail.',
  'conn.unreachable.step.start':
    'Se você administra o servidor de e-mail, inicie o serviço e abra a porta no firewall dele',
  'conn.unreachable.step.otherPort': 'Use uma porta que o servidor ofereça',
  'conn.unreachable.step.otherPortDetail':
    'Muitos servidores escutam na 587 e na 465, mas não na 25, para envio, ou o contrário.',

  'conn.dns.title': 'O nome do servidor de e-mail não foi encontrado',
  'conn.dns.summary':
    'Não foi possível resolver o nome {host} no DNS, então nenhuma conexão chegou a ser tentada.',
  'conn.dns.summaryNoHost':
    'Não foi possível resolver o nome do servidor SMTP no DNS, então nenhuma conexão chegou a ser tentada.',
  'conn.dns.why':
    'Normalmente é um erro de digitação ou um nome que não existe (smtp.example.com quando o provedor usa mail.example.com), um domínio expirado ou a falta de um DNS funcionando na máquina que envia (contêineres e servidores recém-instalados às vezes não têm). “Temporary failure in name resolution” (EAI_AGAIN) significa que o servidor DNS não respondeu.',
  'conn.dns.confirm.lookup': 'Consulte o nome',
  'conn.dns.confirm.lookupDetail':
    'Nenhuma resposta também de um resolvedor público (1.1.1.1): o nome está errado. Resposta lá, mas não localmente: o DNS desta máquina está com problema.',
  'conn.dns.step.copy': 'Copie o nome exato do host SMTP da página de configurações do seu provedor',
  'conn.dns.step.fixDns': 'Corrija o DNS desta máquina se os resolvedores públicos conhecem o nome',
  'conn.dns.step.fixDnsDetail': 'Verifique /etc/resolv.conf ou a opção --dns do contêiner.',
  'conn.dns.step.retry': 'Tente de novo: uma falha temporária de DNS costuma se resolver sozinha',

  'conn.tlsMismatch.title': 'A porta e a configuração de criptografia não combinam',
  'conn.tlsMismatch.summary.465':
    'A porta 465 espera criptografia desde o primeiro byte (TLS implícito), mas o programa começou em texto puro e esperou uma saudação que nunca chegou de um jeito que ele conseguisse ler.',
  'conn.tlsMismatch.summary.port':
    'A porta {port} começa em texto puro e passa para criptografia com STARTTLS, mas o programa tentou criptografar logo de início (TLS implícito), e os dois lados não se entenderam.',
  'conn.tlsMismatch.summary.noPort':
    'O programa e o servidor discordam sobre quando a criptografia começa: logo de início (TLS implícito) ou depois de um comando STARTTLS.',
  'conn.tlsMismatch.why':
    'O envio de e-mail tem duas formas de criptografar: TLS implícito na porta 465 (RFC 8314), em que a conexão é criptografada desde o início, e STARTTLS na porta 587, em que ela começa em texto puro e depois é protegida. Os apps usam nomes confusos: “SSL” ou “SSL/TLS” geralmente significa TLS implícito (465), e “TLS” ou “STARTTLS” significa STARTTLS (587).',
  'conn.tlsMismatch.confirm.mode': 'Verifique qual modo a porta usa',
  'conn.tlsMismatch.confirm.modeDetail':
    'Na 465, um certificado aparece na hora; na 587, o servidor primeiro cumprimenta em texto puro (“220 …”) e oferece STARTTLS na resposta ao EHLO.',
  'conn.tlsMismatch.step.implicit': 'Para a porta 465, ative o TLS implícito (SSL/TLS)',
  'conn.tlsMismatch.step.startTls': 'Para a porta {port}, use STARTTLS e desative o TLS implícito',
  'conn.tlsMismatch.step.switch587': 'Ou mude para a porta 587 com STARTTLS',
  'conn.tlsMismatch.step.switch587Detail':
    'O .NET System.Net.Mail.SmtpClient só fala STARTTLS, então precisa da 587 (ou de uma biblioteca como o MailKit para a 465).',

  'conn.tlsCertificate.title': 'O certificado de segurança do servidor não é confiável',
  'conn.tlsCertificate.summary':
    'A conexão criptografada ({target}) foi interrompida porque o certificado não pôde ser considerado confiável: ele é autoassinado, expirou ou foi emitido para um nome diferente daquele a que você se conecta.',
  'conn.tlsCertificate.why':
    'Causas comuns: conectar a mail.seudominio.com.br quando o certificado traz o nome do servidor da hospedagem (hospedagens compartilhadas como o cPanel mostram o nome real em “Connect Devices”); um certificado expirado; um certificado autoassinado em um servidor privado; um antivírus ou proxy da empresa que intercepta e-mails criptografados; ou um sistema antigo sem os certificados raiz mais novos.',
  'conn.tlsCertificate.confirm.look': 'Veja o certificado que o servidor apresenta',
  'conn.tlsCertificate.confirm.lookDetail':
    'Compare os nomes (subject, subjectAltName) com o host configurado e confira as datas e o emissor.',
  'conn.tlsCertificate.step.hostName': 'Conecte usando o nome de host para o qual o certificado foi emitido',
  'conn.tlsCertificate.step.hostNameDetail':
    'Em hospedagem compartilhada, geralmente é o nome do servidor mostrado no painel de controle, não mail.seudominio.com.br.',
  'conn.tlsCertificate.step.renew': 'Se você administra o servidor, renove ou substitua o certificado',
  'conn.tlsCertificate.step.renewDetail':
    'Sirva a cadeia completa (certificado mais intermediários), por exemplo do Let’s Encrypt.',
  'conn.tlsCertificate.step.update': 'Atualize o sistema operacional ou o ambiente de execução',
  'conn.tlsCertificate.step.updateDetail':
    'Versões antigas de Java, PHP, OpenSSL ou Windows não têm os certificados raiz mais novos.',
  'conn.tlsCertificate.step.keepChecks': 'Não desative a verificação de certificados de vez',
  'conn.tlsCertificate.step.keepChecksDetail':
    'Configurações como rejectUnauthorized: false ou verify_peer => false escondem o problema e expõem sua senha a qualquer um no meio do caminho. Use-as só para um teste pontual.',

  'conn.tlsProtocol.title': 'A negociação de criptografia falhou (versão do TLS ou cifras)',
  'conn.tlsProtocol.summary':
    'Os dois lados não conseguiram combinar como criptografar a conexão ({target}): um deles só oferece versões de TLS ou cifras que o outro recusa.',
  'conn.tlsProtocol.why':
    'O TLS 1.0 e o 1.1 estão obsoletos (RFC 8996, e RFC 8997 para e-mail), por isso servidores e bibliotecas atualizados os desativam, enquanto sistemas antigos (PHP ou OpenSSL antigos, apps antigos de Java ou .NET Framework, impressoras e scanners) talvez não ofereçam nada mais novo. O contrário também acontece: um servidor privado antigo que só fala TLS antigo, recusado por um cliente atualizado.',
  'conn.tlsProtocol.confirm.versions': 'Veja quais versões de TLS o servidor aceita',
  'conn.tlsProtocol.confirm.versionsDetail':
    'Uma negociação com -tls1_2 ou -tls1_3 que dá certo mostra que o servidor está bem e o cliente é antigo demais.',
  'conn.tlsProtocol.step.update':
    'Atualize o programa que envia, o ambiente de execução dele e o sistema operacional',
  'conn.tlsProtocol.step.updateDetail':
    'Apps do .NET Framework podem precisar que o TLS 1.2 seja ativado explicitamente:',
  'conn.tlsProtocol.step.server': 'Se você administra o servidor, ative o TLS 1.2 e 1.3 com cifras atuais',
  'conn.tlsProtocol.step.relay': 'Para dispositivos que não podem ser atualizados, envie por um relay local',
  'conn.tlsProtocol.step.relayDetail':
    'Um servidor de e-mail na sua rede aceita o dispositivo antigo e encaminha com TLS moderno.',

  'conn.check.probePorts.title': 'Teste as portas SMTP a partir desta rede',
  'conn.check.probePorts.text':
    'Conecte a {host} nas portas 25, 465, 587 e 2525 a partir da máquina em que o envio falha. Tempo esgotado em uma porta enquanto outras respondem significa que essa porta é filtrada no caminho; “refused” significa que o host é alcançável, mas nada escuta ali; todas as portas com tempo esgotado apontam para o host ou para a rede inteira.',
  'conn.check.probePorts.textNoHost':
    'Conecte ao host SMTP nas portas 25, 465, 587 e 2525 a partir da máquina em que o envio falha. Tempo esgotado em uma porta enquanto outras respondem significa que essa porta é filtrada no caminho; “refused” significa que o host é alcançável, mas nada escuta ali; todas as portas com tempo esgotado apontam para o host ou para a rede inteira.',
  'conn.check.resolveHost.title': 'Consulte o nome do host no DNS',
  'conn.check.resolveHost.text':
    'Resolva {host}. Nenhum endereço (NXDOMAIN) significa que o nome está errado ou não existe; um endereço que responde em outro lugar, mas não aqui, indica um problema de DNS nesta máquina.',
  'conn.check.resolveHost.textNoHost':
    'Resolva o nome do host SMTP. Nenhum endereço (NXDOMAIN) significa que o nome está errado ou não existe; um endereço que responde em outro lugar, mas não aqui, indica um problema de DNS nesta máquina.',
  'conn.check.tlsMode.title': 'Compare a porta com o modo TLS',
  'conn.check.tlsMode.text':
    'A porta 465 precisa de TLS implícito (“SSL/TLS”, secure: true); as portas 587 e 25 precisam de STARTTLS (“STARTTLS”, secure: false). Uma configuração que não combina com a porta falha com tempo esgotado, conexão derrubada ou “wrong version number”, o que pode parecer um bloqueio.',
  'conn.check.tlsCertificate.title': 'Examine o certificado do servidor',
  'conn.check.tlsCertificate.text':
    'Veja o certificado que {host} apresenta: quem o emitiu, quando expira e quais nomes de host ele cobre. Um certificado válido descarta um problema de confiança.',
  'conn.check.tlsCertificate.textNoHost':
    'Veja o certificado que o servidor apresenta: quem o emitiu, quando expira e quais nomes de host ele cobre. Um certificado válido descarta um problema de confiança.',
  'conn.check.credentials.title': 'Verifique o login',
  'conn.check.credentials.text':
    'Entre no webmail do provedor com o mesmo nome de usuário e senha. Se funcionar, mas o SMTP continuar recusando, a conta precisa de uma senha de app ou está com o login SMTP desativado.',
  'conn.check.localFirewall.title': 'Verifique as políticas desta máquina',
  'conn.check.localFirewall.text':
    '“Permission denied” ao conectar vem desta máquina, não da rede: SELinux (em sistemas da família Red Hat, o booleano httpd_can_network_connect ou httpd_can_sendmail), uma regra do firewall da máquina ou um “escudo de e-mail” de antivírus. Já um tempo esgotado aponta para a rede.',
  'conn.check.serverStatus.title': 'Verifique se o servidor de e-mail está rodando',
  'conn.check.serverStatus.text':
    'Em {host}, verifique se o serviço de e-mail está rodando e escutando ({port}). Nada escutando dá “connection refused”; um servidor escutando atrás de um firewall dá tempo esgotado.',
  'conn.check.serverStatus.textNoHost':
    'No servidor de e-mail, verifique se o serviço de e-mail está rodando e escutando ({port}). Nada escutando dá “connection refused”; um servidor escutando atrás de um firewall dá tempo esgotado.',
  'conn.check.senderDomainDns.title': 'Verifique SPF, DKIM e DMARC do domínio remetente',
  'conn.check.senderDomainDns.text':
    'Consulte o registro SPF e a política DMARC do domínio remetente e confirme que os e-mails enviados são assinados com DKIM. Um registro ausente ou com falha explica uma rejeição por política; registros corretos a descartam.',
  'conn.check.ipBlocklist.title': 'Procure o IP de envio em listas de bloqueio',
  'conn.check.ipBlocklist.text':
    'Procure o endereço IP público do servidor que envia em listas de bloqueio (por exemplo, no IP and Domain Reputation Checker da Spamhaus, em check.spamhaus.org) e verifique o DNS reverso dele (PTR). Estar em uma lista ou não ter PTR explica uma rejeição por reputação.',
  'conn.check.retryLater.title': 'Tente de novo em alguns minutos',
  'conn.check.retryLater.text':
    'Condições temporárias (greylisting, limitação de envio, um servidor ocupado) se resolvem sozinhas: a mesma mensagem enviada de novo depois de alguns minutos passa. Uma falha que se repete não é temporária.',
  'conn.check.serverLog.title': 'Leia o log completo',
  'conn.check.serverLog.text':
    'A saída de depuração completa do cliente ou o log do servidor de e-mail mostra a resposta SMTP exata que encerrou a sessão; essa resposta indica a causa quando este texto sozinho não indica.',

  'conn.notSendError.title': 'Isto não parece um erro de envio de e-mail',
  'conn.notSendError.summary':
    'Nada no texto parece uma tentativa frustrada de enviar e-mail: nenhuma resposta SMTP, nenhum erro de conexão de um programa de e-mail, nenhuma mensagem de devolução.',
  'conn.notSendError.hint':
    'Cole a mensagem de erro ou o log inteiro, com qualquer código como 535, 5.7.8 ou ETIMEDOUT. Erros ao receber e-mails (IMAP ou POP) são outro problema.',
  'conn.fact.port': 'Porta',
  'conn.fact.host': 'Host',
  'conn.fact.replyCode': 'Código de resposta',
  'conn.fact.enhancedCode': 'Código de status estendido',
  'conn.fact.error': 'Erro',
  'conn.fact.thisMachine': 'esta máquina',
  'conn.assumedPorts':
    '{count, plural, one {O texto não cita nenhuma porta, então esta explicação supõe a porta {ports}. Verifique qual porta suas configurações usam.} other {O texto não cita nenhuma porta, então esta explicação supõe as portas {ports}. Verifique qual porta suas configurações usam.}}',
  'conn.world.port.submission':
    '{clue}: trata-se de envio (um app, site ou cliente de e-mail entregando e-mails ao próprio provedor).',
  'conn.world.port.delivery':
    '{clue}: trata-se de entrega de servidor para servidor (um servidor de e-mail entregando e-mails aos hosts MX dos destinatários).',
  'conn.world.text.submission':
    'Isto parece envio (um app, site ou cliente de e-mail entregando e-mails ao próprio provedor). Pistas: {clues}.',
  'conn.world.text.delivery':
    'Isto parece entrega de servidor para servidor (um servidor de e-mail entregando e-mails aos hosts MX dos destinatários). Pistas: {clues}.',
  'conn.world.assumed':
    'O texto não diz se um app ou cliente de e-mail está entregando e-mails ao próprio provedor (envio) ou se um servidor de e-mail está entregando aos servidores dos destinatários (entrega). Esta explicação supõe envio, o caso mais comum; o último passo cobre a entrega.',

  'conn.clue.submissionPort': 'a porta {port} é uma porta de envio',
  'conn.clue.thePort': 'A porta',
  'conn.clue.gmailMx': 'host MX do Gmail (gmail-smtp-in)',
  'conn.clue.googleMx': 'host MX do Google (aspmx)',
  'conn.clue.microsoftMx': 'host MX do Microsoft 365 (mail.protection.outlook.com)',
  'conn.clue.yahooMx': 'host MX do Yahoo (yahoodns.net)',
  'conn.clue.mxName': 'um nome de host MX (mx…)',
  'conn.clue.mxMention': 'uma menção a registros ou hosts MX',
  'conn.clue.postfixLog': 'log de entrega do Postfix (postfix/smtp)',
  'conn.clue.postfixQueue': 'status da fila do Postfix (status=deferred)',
  'conn.clue.postfixDiagnostic': 'diagnóstico do Postfix (X-Postfix)',
  'conn.clue.postfixConnect25': 'Postfix conectando a um IP na porta 25',
  'conn.clue.eximRemote': 'entrega remota do Exim (T=remote_smtp)',
  'conn.clue.bounceReport': 'um relatório de devolução (Remote-MTA)',
  'conn.clue.relayhost': 'uma configuração smarthost / relayhost',
  'conn.clue.selfHosted': 'um servidor de e-mail próprio',
  'conn.clue.dotnet': '.NET SmtpClient ou MailKit',
  'conn.clue.wordpress': 'um plugin de e-mail do WordPress',
  'conn.clue.outlook': 'Outlook (código 0x800CCC…)',
  'conn.clue.mailClient': 'um cliente de e-mail (Thunderbird)',
  'conn.clue.webmail': 'um webmail (Roundcube)',
  'conn.clue.smtpLogin': 'um login SMTP (AUTH)',
  'conn.clue.providerHost': 'um host de envio de um provedor (smtp.…)',

  'conn.reading.none': 'nenhum',
  'conn.reading.lookupFailed': 'A consulta falhou: {error}.',
  'conn.reading.host.nxdomainAnswer': 'não existe (NXDOMAIN)',
  'conn.reading.host.nxdomain': 'Este nome de host não existe: confira a grafia nas configurações de e-mail.',
  'conn.reading.host.noIpv4Answer': 'nenhum endereço IPv4',
  'conn.reading.host.noIpv4':
    'O nome existe, mas não tem endereço IPv4: programas de e-mail que precisam de um não conseguem conectar.',
  'conn.reading.host.resolves':
    'O nome é resolvido. Se o erro dizia que não, a culpa é do DNS da máquina que enviou o e-mail, não do nome.',
  'conn.reading.mx.nxdomainAnswer': 'o domínio não existe',
  'conn.reading.mx.nxdomain': 'O domínio não existe: o endereço está escrito errado.',
  'conn.reading.mx.none':
    'O domínio não tem registro MX: ele não recebe e-mails, então os e-mails enviados para ele voltam.',
  'conn.reading.mx.found': 'Os e-mails para {domain} são recebidos por {exchange}.',
  'conn.reading.mx.foundProvider': 'Os e-mails para {domain} são recebidos por {exchange} ({provider}).',
  'conn.reading.spf.none':
    '{domain} não tem registro SPF: os destinatários não sabem quais servidores podem enviar por ele, e os mais rígidos rejeitam ou mandam para o spam os e-mails dele.',
  'conn.reading.spf.plusAll':
    'O SPF termina em “+all”: ele permite todos os servidores do mundo, e os destinatários tratam isso como se não houvesse SPF.',
  'conn.reading.spf.published':
    'O SPF está publicado. O servidor que envia os e-mails precisa estar coberto por ele (uma entrada include: ou ip4:).',
  'conn.reading.dmarc.none':
    '{domain} não tem registro DMARC. Os grandes provedores de e-mail esperam um dos domínios que enviam para eles.',
  'conn.reading.dmarc.rejected':
    'Política DMARC “{policy}”: e-mails que falham no alinhamento de SPF e de DKIM são rejeitados.',
  'conn.reading.dmarc.quarantined':
    'Política DMARC “{policy}”: e-mails que falham no alinhamento de SPF e de DKIM vão para o spam.',
  'conn.reading.dmarc.reported':
    'Política DMARC “{policy}”: e-mails que falham no alinhamento de SPF e de DKIM são apenas relatados.',
  'conn.reading.srv.notOfferedAnswer': 'serviço não oferecido',
  'conn.reading.srv.none':
    'Nenhum anúncio aqui; a maioria dos domínios não publica nenhum, então isso não diz nada sobre o erro.',
  'conn.reading.srv.found':
    'O domínio anuncia seu servidor de envio: {target}, porta {port}, {mode}. Use esses dados nas configurações de e-mail.',
};
