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

  'conn.tlsMismatch.title': 'El puerto y el ajuste de cifrado no coinciden',
  'conn.tlsMismatch.summary.465':
    'El puerto 465 espera cifrado desde el primer byte (TLS implícito), pero el programa empezó en texto plano y esperó un saludo que nunca llegó de una forma que pudiera leer.',
  'conn.tlsMismatch.summary.port':
    'El puerto {port} empieza en texto plano y pasa a cifrado con STARTTLS, pero el programa intentó cifrar desde el principio (TLS implícito), así que las dos partes no se entendieron.',
  'conn.tlsMismatch.summary.noPort':
    'El programa y el servidor no coinciden en cuándo empieza el cifrado: de inmediato (TLS implícito) o después de un comando STARTTLS.',
  'conn.tlsMismatch.why':
    'El envío de correo tiene dos formas de cifrar: TLS implícito en el puerto 465 (RFC 8314), donde la conexión va cifrada desde el principio, y STARTTLS en el puerto 587, donde empieza en texto plano y luego se protege. Las aplicaciones las llaman de forma confusa: «SSL» o «SSL/TLS» suele significar TLS implícito (465), y «TLS» o «STARTTLS» significa STARTTLS (587).',
  'conn.tlsMismatch.confirm.mode': 'Comprueba qué modo habla el puerto',
  'conn.tlsMismatch.confirm.modeDetail':
    'En el 465 aparece un certificado al instante; en el 587 el servidor saluda primero en texto plano («220 …») y ofrece STARTTLS en su respuesta a EHLO.',
  'conn.tlsMismatch.step.implicit': 'Para el puerto 465, activa TLS implícito (SSL/TLS)',
  'conn.tlsMismatch.step.startTls': 'Para el puerto {port}, usa STARTTLS y desactiva TLS implícito',
  'conn.tlsMismatch.step.switch587': 'O cambia al puerto 587 con STARTTLS',
  'conn.tlsMismatch.step.switch587Detail':
    '.NET System.Net.Mail.SmtpClient solo habla STARTTLS, así que necesita el 587 (o una biblioteca como MailKit para el 465).',

  'conn.tlsCertificate.title': 'El certificado de seguridad del servidor no es de confianza',
  'conn.tlsCertificate.summary':
    'La conexión cifrada ({target}) se detuvo porque su certificado no es de confianza: es autofirmado, ha caducado o se emitió para un nombre distinto del que usas para conectarte.',
  'conn.tlsCertificate.why':
    'Causas habituales: te conectas a mail.tudominio.com cuando el certificado nombra el servidor del hosting (un hosting compartido como cPanel muestra el nombre real en «Connect Devices»); un certificado caducado; un certificado autofirmado en un servidor privado; un antivirus o un proxy de empresa que intercepta el correo cifrado; o un sistema antiguo al que le faltan certificados raíz nuevos.',
  'conn.tlsCertificate.confirm.look': 'Mira el certificado que presenta el servidor',
  'conn.tlsCertificate.confirm.lookDetail':
    'Compara los nombres (subject, subjectAltName) con el host que configuraste y revisa las fechas y el emisor.',
  'conn.tlsCertificate.step.hostName': 'Conéctate con el nombre de host para el que se emitió el certificado',
  'conn.tlsCertificate.step.hostNameDetail':
    'En un hosting compartido suele ser el nombre del servidor que aparece en el panel de control, no mail.tudominio.com.',
  'conn.tlsCertificate.step.renew': 'Si administras el servidor, renueva o sustituye el certificado',
  'conn.tlsCertificate.step.renewDetail':
    'Sirve la cadena completa (certificado más intermedios), por ejemplo de Let’s Encrypt.',
  'conn.tlsCertificate.step.update': 'Actualiza el sistema operativo o el entorno de ejecución',
  'conn.tlsCertificate.step.updateDetail':
    'A las versiones antiguas de Java, PHP, OpenSSL o Windows les faltan los certificados raíz nuevos.',
  'conn.tlsCertificate.step.keepChecks': 'No desactives la comprobación de certificados para siempre',
  'conn.tlsCertificate.step.keepChecksDetail':
    'Ajustes como rejectUnauthorized: false o verify_peer => false ocultan el problema y exponen tu contraseña a cualquiera que esté en medio. Úsalos solo para una prueba puntual.',

  'conn.tlsProtocol.title': 'Falló la negociación del cifrado (versión de TLS o cifrados)',
  'conn.tlsProtocol.summary':
    'Las dos partes no pudieron ponerse de acuerdo en cómo cifrar la conexión ({target}): una solo ofrece versiones de TLS o cifrados que la otra rechaza.',
  'conn.tlsProtocol.why':
    'TLS 1.0 y 1.1 están obsoletos (RFC 8996, y RFC 8997 para el correo), así que los servidores y bibliotecas actualizados los desactivan, mientras que los sistemas antiguos (PHP u OpenSSL antiguos, aplicaciones antiguas de Java o .NET Framework, impresoras y escáneres) quizá no ofrezcan nada más nuevo. También pasa al revés: un servidor privado antiguo que solo habla TLS antiguo, rechazado por un cliente actualizado.',
  'conn.tlsProtocol.confirm.versions': 'Mira qué versiones de TLS acepta el servidor',
  'conn.tlsProtocol.confirm.versionsDetail':
    'Si una negociación con -tls1_2 o -tls1_3 funciona, el servidor está bien y el cliente es demasiado antiguo.',
  'conn.tlsProtocol.step.update':
    'Actualiza el programa que envía, su entorno de ejecución y el sistema operativo',
  'conn.tlsProtocol.step.updateDetail':
    'Puede que las aplicaciones de .NET Framework necesiten activar TLS 1.2 de forma explícita:',
  'conn.tlsProtocol.step.server': 'Si administras el servidor, activa TLS 1.2 y 1.3 con cifrados actuales',
  'conn.tlsProtocol.step.relay':
    'Para dispositivos que no se pueden actualizar, envía a través de un relay local',
  'conn.tlsProtocol.step.relayDetail':
    'Un servidor de correo de tu red acepta el dispositivo antiguo y reenvía con TLS moderno.',

  'conn.check.probePorts.title': 'Prueba los puertos SMTP desde esta red',
  'conn.check.probePorts.text':
    'Conéctate a {host} en los puertos 25, 465, 587 y 2525 desde el equipo en el que falla. Un tiempo de espera agotado en un puerto mientras otros responden significa que ese puerto está filtrado en el camino; «refused» significa que se llega al host pero no hay nada escuchando; si todos los puertos agotan el tiempo, el problema es el host o toda la red.',
  'conn.check.probePorts.textNoHost':
    'Conéctate al host SMTP en los puertos 25, 465, 587 y 2525 desde el equipo en el que falla. Un tiempo de espera agotado en un puerto mientras otros responden significa que ese puerto está filtrado en el camino; «refused» significa que se llega al host pero no hay nada escuchando; si todos los puertos agotan el tiempo, el problema es el host o toda la red.',
  'conn.check.resolveHost.title': 'Busca el nombre del host en el DNS',
  'conn.check.resolveHost.text':
    'Resuelve {host}. Sin dirección (NXDOMAIN), el nombre está mal o no existe; una dirección que responde en otro sitio pero no aquí apunta a un problema de DNS en este equipo.',
  'conn.check.resolveHost.textNoHost':
    'Resuelve el nombre del host SMTP. Sin dirección (NXDOMAIN), el nombre está mal o no existe; una dirección que responde en otro sitio pero no aquí apunta a un problema de DNS en este equipo.',
  'conn.check.tlsMode.title': 'Compara el puerto con el modo TLS',
  'conn.check.tlsMode.text':
    'El puerto 465 necesita TLS implícito («SSL/TLS», secure: true); los puertos 587 y 25 necesitan STARTTLS («STARTTLS», secure: false). Un ajuste que no coincide con su puerto falla con un tiempo de espera agotado, una conexión cortada o «wrong version number», y eso puede parecer un bloqueo.',
  'conn.check.tlsCertificate.title': 'Revisa el certificado del servidor',
  'conn.check.tlsCertificate.text':
    'Mira el certificado que presenta {host}: quién lo emitió, cuándo caduca y qué nombres de host cubre. Un certificado válido descarta un problema de confianza.',
  'conn.check.tlsCertificate.textNoHost':
    'Mira el certificado que presenta el servidor: quién lo emitió, cuándo caduca y qué nombres de host cubre. Un certificado válido descarta un problema de confianza.',
  'conn.check.credentials.title': 'Comprueba el inicio de sesión',
  'conn.check.credentials.text':
    'Inicia sesión en el webmail del proveedor con el mismo usuario y contraseña. Si funciona pero SMTP los sigue rechazando, la cuenta necesita una contraseña de aplicación o tiene desactivado el inicio de sesión SMTP.',
  'conn.check.localFirewall.title': 'Revisa las políticas de este equipo',
  'conn.check.localFirewall.text':
    '«Permission denied» al conectar viene de este equipo, no de la red: SELinux (en sistemas de la familia Red Hat, el booleano httpd_can_network_connect o httpd_can_sendmail), una regla del firewall del equipo o un «escudo de correo» de un antivirus. Un tiempo de espera agotado apunta, en cambio, a la red.',
  'conn.check.serverStatus.title': 'Comprueba que el servidor de correo está funcionando',
  'conn.check.serverStatus.text':
    'En {host}, comprueba que el servicio de correo funciona y escucha ({port}). Si no hay nada escuchando, sale «connection refused»; un servidor que escucha detrás de un firewall da un tiempo de espera agotado.',
  'conn.check.serverStatus.textNoHost':
    'En el servidor de correo, comprueba que el servicio de correo funciona y escucha ({port}). Si no hay nada escuchando, sale «connection refused»; un servidor que escucha detrás de un firewall da un tiempo de espera agotado.',
  'conn.check.senderDomainDns.title': 'Revisa SPF, DKIM y DMARC del dominio remitente',
  'conn.check.senderDomainDns.text':
    'Consulta el registro SPF y la política DMARC del dominio remitente, y confirma que el correo saliente va firmado con DKIM. Un registro que falta o que falla explica un rechazo por política; unos registros correctos lo descartan.',
  'conn.check.ipBlocklist.title': 'Busca la IP de envío en listas de bloqueo',
  'conn.check.ipBlocklist.text':
    'Busca la dirección IP pública del servidor que envía en listas de bloqueo (por ejemplo, en el IP and Domain Reputation Checker de Spamhaus, en check.spamhaus.org) y comprueba su DNS inverso (PTR). Aparecer en una lista o no tener PTR explica un rechazo por reputación.',
  'conn.check.retryLater.title': 'Vuelve a intentarlo en unos minutos',
  'conn.check.retryLater.text':
    'Las situaciones temporales (greylisting, limitación de envío, un servidor ocupado) se resuelven solas: el mismo mensaje, enviado de nuevo unos minutos después, pasa. Un fallo que se repite no es temporal.',
  'conn.check.serverLog.title': 'Lee el registro completo',
  'conn.check.serverLog.text':
    'La salida de depuración completa del cliente o el registro del servidor de correo muestra la respuesta SMTP exacta que terminó la sesión; esa respuesta nombra la causa cuando este texto por sí solo no lo hace.',

  'conn.notSendError.title': 'Esto no parece un error al enviar un correo',
  'conn.notSendError.summary':
    'Nada en el texto parece un intento fallido de enviar un correo: ni una respuesta SMTP, ni un error de conexión de un programa de correo, ni un mensaje de rebote.',
  'conn.notSendError.hint':
    'Pega el mensaje de error o el registro completo, con cualquier código como 535, 5.7.8 o ETIMEDOUT. Los errores al recibir correo (IMAP o POP) son otro problema.',
  'conn.fact.port': 'Puerto',
  'conn.fact.host': 'Host',
  'conn.fact.replyCode': 'Código de respuesta',
  'conn.fact.enhancedCode': 'Código de estado ampliado',
  'conn.fact.error': 'Error',
  'conn.fact.thisMachine': 'este equipo',
  'conn.assumedPorts':
    '{count, plural, one {El texto no menciona ningún puerto, así que esta explicación supone el puerto {ports}. Comprueba qué puerto usa tu configuración.} other {El texto no menciona ningún puerto, así que esta explicación supone los puertos {ports}. Comprueba qué puerto usa tu configuración.}}',
  'conn.world.port.submission':
    '{clue}: se trata de envío (una aplicación, un sitio web o un cliente de correo entrega el correo a su proveedor).',
  'conn.world.port.delivery':
    '{clue}: se trata de entrega de servidor a servidor (un servidor de correo entrega el correo a los hosts MX de los destinatarios).',
  'conn.world.text.submission':
    'Esto parece un envío (una aplicación, un sitio web o un cliente de correo entrega el correo a su proveedor). Pistas: {clues}.',
  'conn.world.text.delivery':
    'Esto parece una entrega de servidor a servidor (un servidor de correo entrega el correo a los hosts MX de los destinatarios). Pistas: {clues}.',
  'conn.world.assumed':
    'El texto no dice si una aplicación o un cliente de correo entrega el correo a su proveedor (envío) o si un servidor de correo entrega a los servidores de los destinatarios (entrega). Esta explicación supone el envío, el caso más común; el último paso cubre la entrega.',

  'conn.clue.submissionPort': 'el puerto {port} es un puerto de envío',
  'conn.clue.thePort': 'El puerto',
  'conn.clue.gmailMx': 'host MX de Gmail (gmail-smtp-in)',
  'conn.clue.googleMx': 'host MX de Google (aspmx)',
  'conn.clue.microsoftMx': 'host MX de Microsoft 365 (mail.protection.outlook.com)',
  'conn.clue.yahooMx': 'host MX de Yahoo (yahoodns.net)',
  'conn.clue.mxName': 'un nombre de host MX (mx…)',
  'conn.clue.mxMention': 'una mención de registros o hosts MX',
  'conn.clue.postfixLog': 'registro de entrega de Postfix (postfix/smtp)',
  'conn.clue.postfixQueue': 'estado de la cola de Postfix (status=deferred)',
  'conn.clue.postfixDiagnostic': 'diagnóstico de Postfix (X-Postfix)',
  'conn.clue.postfixConnect25': 'Postfix se conecta a una IP en el puerto 25',
  'conn.clue.eximRemote': 'entrega remota de Exim (T=remote_smtp)',
  'conn.clue.bounceReport': 'un informe de rebote (Remote-MTA)',
  'conn.clue.relayhost': 'un ajuste smarthost / relayhost',
  'conn.clue.selfHosted': 'un servidor de correo propio',
  'conn.clue.dotnet': '.NET SmtpClient o MailKit',
  'conn.clue.wordpress': 'un plugin de correo de WordPress',
  'conn.clue.outlook': 'Outlook (código 0x800CCC…)',
  'conn.clue.mailClient': 'un cliente de correo (Thunderbird)',
  'conn.clue.webmail': 'un webmail (Roundcube)',
  'conn.clue.smtpLogin': 'un inicio de sesión SMTP (AUTH)',
  'conn.clue.providerHost': 'un host de envío de un proveedor (smtp.…)',

  'conn.reading.none': 'ninguno',
  'conn.reading.lookupFailed': 'La consulta falló: {error}.',
  'conn.reading.host.nxdomainAnswer': 'no existe (NXDOMAIN)',
  'conn.reading.host.nxdomain':
    'Este nombre de host no existe: revisa cómo está escrito en la configuración del correo.',
  'conn.reading.host.noIpv4Answer': 'sin dirección IPv4',
  'conn.reading.host.noIpv4':
    'El nombre existe, pero no tiene dirección IPv4: los programas de correo que la necesitan no pueden conectarse.',
  'conn.reading.host.resolves':
    'El nombre se resuelve. Si el error decía lo contrario, el fallo está en el DNS del equipo que envió el correo, no en el nombre.',
  'conn.reading.mx.nxdomainAnswer': 'el dominio no existe',
  'conn.reading.mx.nxdomain': 'El dominio no existe: la dirección está mal escrita.',
  'conn.reading.mx.none':
    'El dominio no tiene registro MX: no recibe correo, así que el correo que se le envía rebota.',
  'conn.reading.mx.found': 'El correo para {domain} lo recibe {exchange}.',
  'conn.reading.mx.foundProvider': 'El correo para {domain} lo recibe {exchange} ({provider}).',
  'conn.reading.spf.none':
    '{domain} no tiene registro SPF: los destinatarios no pueden saber qué servidores pueden enviar en su nombre, y los estrictos rechazan su correo o lo mandan a spam.',
  'conn.reading.spf.plusAll':
    'El SPF termina en «+all»: permite a todos los servidores del mundo, y los destinatarios lo tratan como si no hubiera SPF.',
  'conn.reading.spf.published':
    'El SPF está publicado. El servidor que envía el correo tiene que estar incluido (una entrada include: o ip4:).',
  'conn.reading.dmarc.none':
    '{domain} no tiene registro DMARC. Los grandes proveedores de correo esperan uno de los dominios que les envían correo.',
  'conn.reading.dmarc.rejected':
    'Política DMARC «{policy}»: el correo que falla la alineación de SPF y de DKIM se rechaza.',
  'conn.reading.dmarc.quarantined':
    'Política DMARC «{policy}»: el correo que falla la alineación de SPF y de DKIM va a spam.',
  'conn.reading.dmarc.reported':
    'Política DMARC «{policy}»: el correo que falla la alineación de SPF y de DKIM solo se notifica.',
  'conn.reading.srv.notOfferedAnswer': 'servicio no ofrecido',
  'conn.reading.srv.none':
    'No hay ningún anuncio aquí; la mayoría de los dominios no publican ninguno, así que esto no dice nada del error.',
  'conn.reading.srv.found':
    'El dominio anuncia su servidor de envío: {target}, puerto {port}, {mode}. Usa estos datos en la configuración del correo.',
};
