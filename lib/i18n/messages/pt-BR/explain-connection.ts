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
};
