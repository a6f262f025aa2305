import type { TranslationOf } from '../../catalog';
import type { explainConnection as english } from '../en/explain-connection';

export const explainConnection: TranslationOf<typeof english> = {
  'conn.duration.seconds': '{count, plural, one {# segundo} other {# segundos}}',
  'conn.duration.minutes': '{count, plural, one {# minuto} other {# minutos}}',
  'conn.port.unknown': 'puerto SMTP',
  'conn.port.numbered': 'puerto {ports}',
  'conn.target.hostOnPort': '{host}, {port}',
  'conn.fallback.mailServer': 'servidor de correo',

  'conn.snippet.server': 'servidor: {host}',
  'conn.snippet.port587': 'puerto 587, cifrado STARTTLS, autenticación activada',
  'conn.snippet.port465': 'o puerto 465, cifrado SSL/TLS, autenticación activada',
  'conn.snippet.login':
    'usuario: tu dirección de correo completa; contraseña: tu contraseña o una contraseña de aplicación',
  'conn.snippet.postfixThen': 'después: {command}',
  'conn.snippet.orBroader': 'o, más amplio:',
  'conn.snippet.mailClients': 'Clientes de correo: seguridad de la conexión "{mode}"',
  'conn.snippet.dotnetStartTlsOnly': '(solo STARTTLS: no puede usar el puerto 465)',

  'conn.portBlocked.title.local': 'Este equipo está bloqueando la conexión ({port})',
  'conn.portBlocked.title.delivery':
    'El puerto 25 de salida está bloqueado: tu servidor no puede llegar a otros servidores de correo',
  'conn.portBlocked.title.network': 'El puerto {ports} está bloqueado en esta red',
  'conn.portBlocked.title.networkNoPort': 'El puerto SMTP está bloqueado en esta red',
  'conn.portBlocked.summary.local':
    'La conexión ({target}) se detuvo antes de salir de este equipo. «Permission denied» viene de una política de seguridad de este equipo, no del servidor de correo ni de tu proveedor de internet.',
  'conn.portBlocked.summary.delivery':
    'Tu servidor de correo intentó entregar el mensaje al servidor de correo del destinatario ({host}) en el puerto 25, y la conexión nunca llegó: la red en la que está tu servidor bloquea el puerto 25 de salida.',
  'conn.portBlocked.summary.deliveryNoHost':
    'Tu servidor de correo intentó entregar el mensaje al servidor de correo del destinatario (su host MX) en el puerto 25, y la conexión nunca llegó: la red en la que está tu servidor bloquea el puerto 25 de salida.',
  'conn.portBlocked.summary.network':
    'Tu mensaje nunca llegó al servidor de correo: la conexión ({target}) no obtuvo respuesta en algún punto del camino. Tu usuario y tu contraseña ni siquiera se comprobaron todavía.',
  'conn.portBlocked.why.local':
    'En los sistemas de la familia Red Hat (RHEL, CentOS, Rocky, AlmaLinux, Fedora), SELinux impide que el servidor web, y el PHP que se ejecuta dentro, abra conexiones de red si el booleano httpd_can_sendmail o httpd_can_network_connect no está activado. Una regla del firewall del equipo o un «escudo de correo» de un antivirus pueden hacer lo mismo.',
  'conn.portBlocked.why.port25':
    'Los proveedores de internet y los servicios de nube bloquean el puerto 25 de salida en la mayoría de las conexiones domésticas y de los servidores (entre ellos AWS, Google Cloud, Azure y Hetzner). Antes, los equipos infectados enviaban spam directamente a los servidores de los destinatarios por el puerto 25; el bloqueo lo impide, mientras que los puertos de envío 587 y 465, protegidos con inicio de sesión, siguen abiertos.',
  'conn.portBlocked.why.otherPort':
    'Algunas redes bloquean más que el puerto 25: planes de hosting, firewalls de empresas y escuelas, wifi público y algunos routers domésticos solo dejan pasar los puertos de correo hacia servidores aprobados. Un tiempo de espera agotado ({port}) también puede significar que el servidor está caído, así que confírmalo con una prueba de puertos.',
  'conn.portBlocked.confirm.selinux':
    'Comprueba si SELinux está en modo enforcing y qué booleanos están desactivados',
  'conn.portBlocked.confirm.auditLog': 'Busca la denegación en el registro de auditoría',
  'conn.portBlocked.confirm.probe': 'Prueba los puertos SMTP desde el equipo en el que falla',
  'conn.portBlocked.confirm.probeDetail':
    'Un tiempo de espera agotado ({port}) mientras otros puertos responden significa que ese puerto está filtrado. En Windows: {command}.',
  'conn.portBlocked.confirm.otherNetwork':
    'Prueba la misma configuración desde otra red, como el punto de acceso de tu teléfono',
  'conn.portBlocked.confirm.otherNetworkDetail':
    'Si el envío funciona allí, la red en la que estabas está bloqueando el puerto.',
  'conn.portBlocked.confirm.hostDocs25':
    'Consulta la documentación de tu proveedor de hosting sobre el puerto 25 de salida',
  'conn.portBlocked.confirm.hostDocs25Detail':
    'La mayoría de los servicios de nube lo indican en sus preguntas frecuentes sobre el envío de correo o los puertos bloqueados.',
  'conn.portBlocked.confirm.hostDocs':
    'Consulta la documentación del proveedor de hosting sobre las conexiones de salida ({port})',
  'conn.portBlocked.confirm.hostDocsDetail':
    'La conexión la abre el servidor web, así que se aplican las reglas de su hosting, no las de la red desde la que navegas. La mayoría de los proveedores las indican en sus preguntas frecuentes sobre el envío de correo o los puertos bloqueados.',
  'conn.portBlocked.step.selinux': 'Permite que el servidor web se conecte a los puertos de correo (SELinux)',
  'conn.portBlocked.step.selinuxDetail':
    'httpd_can_sendmail permite los puertos de correo estándar; httpd_can_network_connect permite cualquier puerto (necesario para 2525). -P conserva el ajuste tras reiniciar.',
  'conn.portBlocked.step.firewall': 'Si SELinux no es la causa, revisa el firewall del equipo y el antivirus',
  'conn.portBlocked.step.firewallDetail':
    'Busca reglas que rechacen conexiones de salida a 25, 465 o 587 (firewalld, nftables/iptables, Firewall de Windows).',
  'conn.portBlocked.step.submit':
    'Envía a través de {host} en el puerto 587 con STARTTLS, o en el puerto 465 con TLS implícito (SSL/TLS), e inicia sesión',
  'conn.portBlocked.step.submitNoHost':
    'Envía a través del servidor SMTP de tu proveedor en el puerto 587 con STARTTLS, o en el puerto 465 con TLS implícito (SSL/TLS), e inicia sesión',
  'conn.portBlocked.step.submitDetail':
    'Los puertos de envío están pensados para aplicaciones y clientes de correo, y rara vez se bloquean. Ajusta el cifrado al puerto: 465 = SSL/TLS, 587 = STARTTLS. El puerto 25 sin inicio de sesión es solo para la entrega de servidor a servidor.',
  'conn.portBlocked.step.try587': 'Prueba en su lugar el puerto 587 con STARTTLS',
  'conn.portBlocked.step.try465': 'Prueba en su lugar el puerto 465 con TLS implícito (SSL/TLS)',
  'conn.portBlocked.step.tryStandard':
    'Prueba en su lugar los puertos de envío estándar: 587 con STARTTLS o 465 con SSL/TLS',
  'conn.portBlocked.step.tryDetail':
    'Las redes suelen bloquear un puerto de envío y no el otro (Hetzner Cloud, por ejemplo, bloquea el 465 pero no el 587).',
  'conn.portBlocked.step.relay2525':
    'Si el 587 y el 465 también están bloqueados, usa un servicio de relay en el puerto 2525',
  'conn.portBlocked.step.relay2525Detail':
    '{relays} aceptan inicios de sesión en el puerto 2525. La mayoría también ofrece una API HTTPS, que sale por el puerto 443 como cualquier sitio web.',
  'conn.portBlocked.step.askProvider': 'O pide a tu proveedor de internet o de hosting que quite el bloqueo',
  'conn.portBlocked.step.askProviderDetail':
    'Los proveedores domésticos suelen desbloquear el puerto 25 si se lo pides; los servicios de nube tienen un formulario o un ticket (AWS sí; Google Cloud nunca lo desbloquea). Indica el puerto y este error.',
  'conn.portBlocked.step.askHost': 'O pide al proveedor de hosting que abra el puerto para este servidor',
  'conn.portBlocked.step.askHostDetail':
    'El hosting compartido a menudo solo permite su propio servidor de correo, o el 587 y el 465 hacia cualquier servidor; los servicios de nube tienen un formulario o un ticket. Indica el puerto, la hora y este error.',
  'conn.portBlocked.step.ownServer':
    '¿Tienes tu propio servidor de correo (Postfix, Exim…) que entrega directamente a los destinatarios? Entonces cambiar de puerto no servirá',
  'conn.portBlocked.step.ownServerDetail':
    'Los servidores de correo de los destinatarios solo aceptan correo entrante en el puerto 25: envía a través de un relay (smarthost) o pide a tu hosting que abra el puerto 25 para el servidor.',
  'conn.portBlocked.step.keepPort':
    'No cambies el puerto: los servidores de correo de los destinatarios solo aceptan correo de otros servidores en el puerto 25',
  'conn.portBlocked.step.keepPortDetail':
    'Los puertos 587 y 465 sirven para entregar el correo a tu propio proveedor iniciando sesión. {host} no acepta correo entrante en ellos, así que cambiar de puerto no puede arreglar la entrega de servidor a servidor.',
  'conn.portBlocked.step.keepPortDetailNoHost':
    'Los puertos 587 y 465 sirven para entregar el correo a tu propio proveedor iniciando sesión. El host MX no acepta correo entrante en ellos, así que cambiar de puerto no puede arreglar la entrega de servidor a servidor.',
  'conn.portBlocked.step.smarthost':
    'Envía a través de un relay (smarthost) en el que inicies sesión en el 587, 465 o 2525',
  'conn.portBlocked.step.smarthostDetail':
    'Tu proveedor de correo o un servicio de relay (SendGrid, Mailgun, Postmark, Brevo, SMTP2GO, Amazon SES…) entrega entonces por el puerto 25 por ti. El relay debe permitir tu dominio de remitente. Para Postfix:',
  'conn.portBlocked.step.open25': 'O pide a tu hosting que abra el puerto 25 de salida para este servidor',
  'conn.portBlocked.step.open25Detail':
    'Los servicios de nube deciden caso por caso, a menudo solo para cuentas consolidadas con un registro de DNS inverso (PTR): AWS tiene un formulario, Hetzner lo considera tras la primera factura pagada, Google Cloud nunca lo abre. Una conexión doméstica es un mal sitio para un servidor de correo: sus direcciones están en listas como la PBL de Spamhaus.',

  'conn.unreachable.title.local': 'No hay ningún servidor de correo funcionando en este equipo',
  'conn.unreachable.title.remote': 'El servidor de correo no acepta conexiones',
  'conn.unreachable.summary.local':
    'Tu aplicación está configurada para enviar a través de un servidor de correo en este mismo equipo ({host}), pero no hay nada escuchando ({port}): no hay ningún servidor de correo instalado, o está detenido.',
  'conn.unreachable.summary.remote':
    'La conexión ({target}) falló: el servidor la rechazó o nunca respondió bien. Puede que el nombre del host o el puerto estén mal, o que el servicio de correo esté caído.',
  'conn.unreachable.why':
    '«Connection refused» significa que el equipo respondió, pero ningún programa escucha en ese puerto: un host o un puerto equivocados, un servicio de correo detenido o el propio firewall del servidor. «No route to host» significa que no se puede llegar a la dirección. Un servidor que acepta la conexión pero nunca envía su saludo está sobrecargado o no es un servidor de correo.',
  'conn.unreachable.confirm.probe': 'Prueba los puertos SMTP del host',
  'conn.unreachable.confirm.probeDetail':
    '«refused» en todos los puertos: no hay nada escuchando. Un tiempo de espera agotado apunta, en cambio, a un bloqueo en el camino.',
  'conn.unreachable.confirm.listens':
    'Si administras el servidor, comprueba que el servicio de correo esté escuchando',
  'conn.unreachable.step.settings':
    'Compara el nombre del host y el puerto con la página de configuración de tu proveedor',
  'conn.unreachable.step.settingsDetail':
    'La mayoría de los proveedores usan smtp.<su dominio> en el 587 (STARTTLS) o el 465 (SSL/TLS). Una errata o un nombre de servidor antiguo también acaban aquí.',
  'conn.unreachable.step.local':
    'Instala o inicia un servidor de correo local, o envía a través de tu proveedor',
  'conn.unreachable.step.localDetail':
    'Las aplicaciones web suelen usar localhost por defecto. Apuntarlas a tu proveedor en el 587 o el 465 con inicio de sesión evita tener que mantener un servidor de correo.',
  'conn.unreachable.step.start':
    'Si administras el servidor de correo, inicia el servicio y abre el puerto en su firewall',
  'conn.unreachable.step.otherPort': 'Usa un puerto que ofrezca el servidor',
  'conn.unreachable.step.otherPortDetail':
    'Muchos servidores escuchan en el 587 y el 465 pero no en el 25 para el envío, o al revés.',

  'conn.dns.title': 'No se encuentra el nombre del servidor de correo',
  'conn.dns.summary':
    'El nombre {host} no se pudo resolver en el DNS, así que ni siquiera se intentó la conexión.',
  'conn.dns.summaryNoHost':
    'El nombre del servidor SMTP no se pudo resolver en el DNS, así que ni siquiera se intentó la conexión.',
  'conn.dns.why':
    'Normalmente es una errata o un nombre que no existe (smtp.example.com cuando el proveedor usa mail.example.com), un dominio caducado o la falta de un DNS que funcione en el equipo que envía (a los contenedores y servidores recién instalados a veces les falta). «Temporary failure in name resolution» (EAI_AGAIN) significa que el servidor DNS no respondió.',
  'conn.dns.confirm.lookup': 'Busca el nombre',
  'conn.dns.confirm.lookupDetail':
    'Si tampoco responde un resolvedor público (1.1.1.1), el nombre está mal. Si responde allí pero no en local, el DNS de este equipo está roto.',
  'conn.dns.step.copy': 'Copia el nombre exacto del host SMTP de la página de configuración de tu proveedor',
  'conn.dns.step.fixDns': 'Arregla el DNS de este equipo si los resolvedores públicos conocen el nombre',
  'conn.dns.step.fixDnsDetail': 'Revisa /etc/resolv.conf o el ajuste --dns del contenedor.',
  'conn.dns.step.retry': 'Vuelve a intentarlo: un fallo temporal de DNS suele resolverse solo',
};
