import type { TranslationOf } from '../../catalog';
import type { fix as english } from '../en/fix';

export const fix: TranslationOf<typeof english> = {
  'fix.label.server': 'Servidor',
  'fix.label.port': 'Puerto',
  'fix.label.security': 'Seguridad',
  'fix.label.username': 'Nombre de usuario',
  'fix.security.ssl': 'SSL/TLS (cifrado desde el primer byte)',
  'fix.secret.password': 'la contraseña de tu buzón',
  'fix.secret.appPassword': 'una contraseña de aplicación',
  'fix.secret.apiKey': 'la clave de API',
  'fix.secret.smtpPassword': 'la contraseña SMTP',
  'fix.secret.bridgePassword': 'la contraseña de Bridge',
  'fix.providerFallback': 'tu proveedor de correo',

  'fix.walkthrough.title': 'Enviar a través de {provider}: {host}, puerto {port}, {security}',
  'fix.walkthrough.server': 'Pon {host} como servidor (host).',
  'fix.walkthrough.port': 'Pon el puerto {port} y la seguridad de la conexión en {security}.',
  'fix.walkthrough.username': 'Activa la autenticación y escribe el nombre de usuario {username}.',
  'fix.walkthrough.create.appPassword':
    'Crea una contraseña de aplicación para {provider} y pégala como contraseña; no uses tu contraseña habitual de inicio de sesión.',
  'fix.walkthrough.create.apiKey':
    'Crea la clave de API para {provider} y pégala como contraseña; no uses tu contraseña habitual de inicio de sesión.',
  'fix.walkthrough.create.smtpPassword':
    'Crea la contraseña SMTP para {provider} y pégala como contraseña; no uses tu contraseña habitual de inicio de sesión.',
  'fix.walkthrough.create.bridgePassword':
    'Crea la contraseña de Bridge para {provider} y pégala como contraseña; no uses tu contraseña habitual de inicio de sesión.',
  'fix.walkthrough.createLink.appPassword': 'Crear una contraseña de aplicación',
  'fix.walkthrough.createLink.apiKey': 'Crear la clave de API',
  'fix.walkthrough.createLink.smtpPassword': 'Crear la contraseña SMTP',
  'fix.walkthrough.createLink.bridgePassword': 'Crear la contraseña de Bridge',
  'fix.walkthrough.enter.password': 'Escribe la contraseña de tu buzón como contraseña.',
  'fix.walkthrough.enter.appPassword': 'Escribe una contraseña de aplicación como contraseña.',
  'fix.walkthrough.enter.apiKey': 'Escribe la clave de API como contraseña.',
  'fix.walkthrough.enter.smtpPassword': 'Escribe la contraseña SMTP como contraseña.',
  'fix.walkthrough.enter.bridgePassword': 'Escribe la contraseña de Bridge como contraseña.',
  'fix.walkthrough.test': 'Guarda y luego envíate un mensaje de prueba.',
  'fix.walkthrough.note.ssl':
    'El puerto {port} espera TLS desde el primer byte: si eliges STARTTLS aquí, la conexión se queda colgada o falla con «wrong version number».',
  'fix.walkthrough.note.starttls':
    'El puerto {port} empieza sin cifrar y pasa a TLS con STARTTLS: si eliges SSL/TLS aquí, la conexión falla.',

  'fix.port25.tcp.open': 'conectado',
  'fix.port25.tcp.timeout': 'sin respuesta (se agotó el tiempo de conexión)',
  'fix.port25.tcp.refused': 'conexión rechazada',
  'fix.port25.tcp.unreachable': 'red inaccesible',
  'fix.port25.tcp.dnsError': 'no se pudo resolver el nombre del host',
  'fix.port25.evidence.line': 'Puerto {port}: {result}',
  'fix.port25.evidence.lineTo': 'Puerto {port} hacia {host}: {result}',
  'fix.port25.evidence.after': 'tras {ms} ms',
  'fix.port25.evidence.greeting': '(saludo: «{banner}»)',
  'fix.port25.evidence.tested': '— probado el {time} UTC',
  'fix.port25.why.port25':
    'El puerto 25 es por donde los servidores de correo se pasan los mensajes. Equipos infectados y servidores alquilados abusan de él para enviar spam directamente a los servidores de los destinatarios, así que la mayoría de los proveedores de internet y de nube lo bloquean de salida.',
  'fix.port25.why.submission':
    'Las aplicaciones de correo y los sitios web no necesitan el puerto 25: entregan el correo a su proveedor por el 587 (STARTTLS) o el 465 (SSL/TLS) con nombre de usuario y contraseña, y esos puertos son para los clientes.',
  'fix.port25.why.timeout':
    'Un puerto bloqueado se ve como una conexión que agota el tiempo, no como una contraseña incorrecta; cambiar las credenciales no servirá.',
  'fix.port25.why.otherPort':
    'Algo entre este remitente y el servidor descarta las conexiones al puerto {port}.',
  'fix.port25.submission.title.admin': 'Enviar a través del proveedor de correo por el 587 o el 465',
  'fix.port25.submission.title.sender': 'Enviar a través de tu proveedor por el 587 o el 465',
  'fix.port25.submission.settings.admin':
    'En la configuración de correo del sitio (la aplicación web o el panel de hosting), usa {host}, puerto {port}, {security}, con autenticación. Si tienes tu propio servidor de correo, haz que reenvíe a través de este servidor (un «smarthost») en lugar de entregar por el puerto 25.',
  'fix.port25.submission.settings.sender':
    'Configura la aplicación con {host}, puerto {port}, {security}, con autenticación. Si tienes tu propio servidor de correo, haz que reenvíe a través de este servidor (un «smarthost») en lugar de entregar por el puerto 25.',
  'fix.port25.submission.generic.admin':
    'En la configuración de correo del sitio, usa el servidor de envío del proveedor de correo por el 587 (STARTTLS) o el 465 (SSL/TLS) con el nombre de usuario y la contraseña del buzón, o haz que el servidor reenvíe a través de él (un «smarthost») en lugar de entregar por el puerto 25.',
  'fix.port25.submission.generic.sender':
    'Usa el servidor de envío de tu proveedor de correo por el 587 (STARTTLS) o el 465 (SSL/TLS) con tu nombre de usuario y contraseña. Si tienes tu propio servidor de correo, haz que reenvíe a través de un servidor así (un «smarthost») en lugar de entregar por el puerto 25.',
  'fix.port25.submission.createAppPassword': 'Crear la contraseña de aplicación',
  'fix.port25.submission.blockedOne.policy':
    'Nota: el {port} también está bloqueado aquí (política de {policy}).',
  'fix.port25.submission.blockedOne.probe': 'Nota: el {port} también está bloqueado aquí (prueba).',
  'fix.port25.submission.blockedBoth.policy':
    'Nota: el {first} y el {second} también están bloqueados aquí (política de {policy}).',
  'fix.port25.submission.blockedBoth.probe':
    'Nota: el {first} y el {second} también están bloqueados aquí (prueba).',
  'fix.port25.relay.title': 'Usar un servicio de relay en el puerto 2525',
  'fix.port25.relay.text':
    'Los servicios de relay escuchan en el 2525 para las redes que bloquean los puertos habituales: {relays}. Regístrate, verifica tu dominio de envío y usa su host con el puerto 2525 y STARTTLS.',
  'fix.port25.relay.blocked': 'Nota: la prueba tampoco pudo llegar al 2525 desde aquí.',
  'fix.port25.ask.title.policy': 'Pedir a {policy} que desbloquee el puerto {port}',
  'fix.port25.ask.title.admin': 'Pedir al proveedor de hosting que desbloquee el puerto {port}',
  'fix.port25.ask.title.sender':
    'Pedir a tu proveedor de internet o de hosting que desbloquee el puerto {port}',
  'fix.port25.ask.text.admin':
    'Pregunta a la empresa que aloja el servidor si allí está bloqueado el puerto de salida {port} y cómo conseguir una excepción. La solicitud de abajo indica el puerto.',
  'fix.port25.ask.text.sender':
    'Pregunta a tu proveedor de internet o de hosting si el puerto de salida {port} está bloqueado y cómo conseguir una excepción. La solicitud de abajo indica el puerto y las mediciones.',
  'fix.port25.ask.howLink': '{policy}: cómo solicitarlo',
  'fix.port25.title.policy': '{policy} bloquea el puerto de salida {port}',
  'fix.port25.title.admin': 'Puede que la red del servidor bloquee el puerto de salida {port}',
  'fix.port25.title.sender': 'El puerto de salida {port} está bloqueado en esta red',
  'fix.port25.request.greeting.policy': 'Hola, equipo de soporte de {policy}:',
  'fix.port25.request.greeting.generic': 'Hola, equipo de soporte:',
  'fix.port25.request.allow.server':
    'Les pido que permitan las conexiones salientes al puerto TCP {port} (SMTP) desde mi servidor.',
  'fix.port25.request.allow.serverHost':
    'Les pido que permitan las conexiones salientes al puerto TCP {port} (SMTP) desde mi servidor {host}.',
  'fix.port25.request.allow.connection':
    'Les pido que permitan las conexiones salientes al puerto TCP {port} (SMTP) desde mi conexión.',
  'fix.port25.request.allow.connectionHost':
    'Les pido que permitan las conexiones salientes al puerto TCP {port} (SMTP) desde mi conexión {host}.',
  'fix.port25.request.measured': 'Lo que he medido desde esa máquina:',
  'fix.port25.request.noEvidence':
    'Desde ella, las conexiones a servidores de correo en el puerto {port} agotan el tiempo, mientras que otros puertos funcionan.',
  'fix.port25.request.documentation': 'Su documentación dice: {summary}',
  'fix.port25.request.whatSends':
    'Qué envía el correo: [descríbelo; p. ej., mi propio servidor de correo para example.com, unos N mensajes al día a mis clientes].',
  'fix.port25.request.hygiene':
    'El servidor tiene un registro DNS inverso (PTR) válido, SPF y DKIM para mi dominio, y no es un relay abierto. [adáptalo a tu configuración]',
  'fix.port25.request.remove':
    'Les pido que quiten la restricción del puerto de salida {port} o que me digan qué más necesitan de mí.',
  'fix.port25.request.thanks': 'Gracias,',
  'fix.port25.request.signature': '[tu nombre, número de cliente o de cuenta]',
  'fix.port25.request.to.admin': 'el proveedor de hosting',
  'fix.port25.request.to.sender': 'tu proveedor de internet o de hosting',
  'fix.port25.request.subject': 'Solicitud para desbloquear el puerto TCP de salida {port}',
  'fix.port25.request.subjectHost': 'Solicitud para desbloquear el puerto TCP de salida {port} para {host}',
  'fix.client.outlook.name': 'Outlook (escritorio clásico)',
  'fix.client.appleMail.name': 'Apple Mail (Mac)',
  'fix.client.gmailSendAs.name': 'Gmail «Enviar como»',
  'fix.client.thunderbird.open':
    'Abre la Configuración de las cuentas y selecciona «Servidor de salida (SMTP)» en el panel izquierdo.',
  'fix.client.thunderbird.select':
    'Selecciona el servidor que usa tu cuenta y haz clic en «Editar…» (o en «Añadir…» para uno nuevo).',
  'fix.client.thunderbird.serverName': 'Nombre del servidor: {host}',
  'fix.client.thunderbird.port': 'Puerto: {port}',
  'fix.client.thunderbird.security': 'Seguridad de la conexión: {security}',
  'fix.client.thunderbird.auth':
    'Método de identificación: Contraseña normal (OAuth2 si el proveedor lo exige)',
  'fix.client.thunderbird.username': 'Nombre de usuario: {username}',
  'fix.client.thunderbird.ok':
    'Haz clic en Aceptar. Thunderbird pedirá la contraseña en el próximo envío; escribe entonces: {secret}.',
  'fix.client.thunderbird.note':
    'Un mismo servidor de salida puede servir a varias cuentas: cambiarlo las afecta a todas.',
  'fix.client.outlook.open':
    'Elige Archivo → Configuración de la cuenta → Configuración de la cuenta y haz doble clic en la cuenta.',
  'fix.client.outlook.server': 'Servidor de correo saliente (SMTP): {host}',
  'fix.client.outlook.auth':
    'Abre Más configuraciones → Servidor de salida y marca «Mi servidor de salida (SMTP) requiere autenticación».',
  'fix.client.outlook.advanced':
    'En la pestaña Opciones avanzadas pon el puerto del servidor de salida en {port} y el cifrado en {security}.',
  'fix.client.outlook.credentials': 'Nombre de usuario: {username}; contraseña: {secret}.',
  'fix.client.outlook.test':
    'Haz clic en Aceptar y en Siguiente, y deja que Outlook pruebe la configuración.',
  'fix.client.outlook.note':
    'Las cuentas de Outlook.com y Microsoft 365 añadidas con «Iniciar sesión con Microsoft» usan OAuth y no necesitan nada de esto.',
  'fix.client.appleMail.open':
    'Elige Mail → Ajustes (Preferencias en macOS antiguos) → Cuentas, selecciona la cuenta y haz clic en Configuración del servidor.',
  'fix.client.appleMail.list':
    'Abre el menú desplegable Cuenta de salida y elige Editar lista de servidores SMTP.',
  'fix.client.appleMail.host': 'Nombre del host: {host}',
  'fix.client.appleMail.credentials': 'Nombre de usuario: {username}; Contraseña: {secret}',
  'fix.client.appleMail.port':
    'Desactiva «Gestionar automáticamente los ajustes de conexión», pon el puerto {port} y activa TLS/SSL.',
  'fix.client.appleMail.save': 'Haz clic en Aceptar y luego en Guardar.',
  'fix.client.appleMail.note':
    'Con «Gestionar automáticamente los ajustes de conexión» activado, Mail prueba por su cuenta otros puertos y modos TLS cuando falla un envío.',
  'fix.client.gmailSendAs.open':
    'En Gmail abre Configuración → Ver todos los ajustes → Cuentas e importación.',
  'fix.client.gmailSendAs.add':
    'En «Enviar como» haz clic en «Añadir otra dirección de correo electrónico», escribe el nombre y la dirección y haz clic en Siguiente paso.',
  'fix.client.gmailSendAs.server': 'Servidor SMTP: {host}; Puerto: {port}',
  'fix.client.gmailSendAs.credentials': 'Nombre de usuario: {username}; Contraseña: {secret}',
  'fix.client.gmailSendAs.ssl':
    'Elige «Conexión segura mediante SSL» (SSL desde el primer byte, normalmente el puerto 465).',
  'fix.client.gmailSendAs.tls':
    'Elige «Conexión segura mediante TLS» (el nombre que Google da a STARTTLS, normalmente el puerto 587).',
  'fix.client.gmailSendAs.confirm':
    'Haz clic en Añadir cuenta y confirma el código que Gmail envía a esa dirección.',
  'fix.client.gmailSendAs.note':
    'Aquí Gmail envía a través del servidor del otro proveedor, así que se aplican las reglas de ese proveedor sobre contraseñas de aplicación.',
  'fix.client.wp.open': 'En WordPress abre WP Mail SMTP → Ajustes y elige el mailer «Otro SMTP».',
  'fix.client.wp.host': 'Servidor SMTP: {host}',
  'fix.client.wp.encryption': 'Cifrado: {encryption}; Puerto SMTP: {port}',
  'fix.client.wp.auth': 'Autenticación: activada',
  'fix.client.wp.credentials': 'Usuario SMTP: {username}; Contraseña SMTP: {secret}',
  'fix.client.wp.test': 'Guarda y luego usa WP Mail SMTP → Herramientas → Prueba de correo.',
  'fix.client.wp.config':
    'O pon los ajustes en wp-config.php (abajo), así la contraseña no queda en la base de datos.',
  'fix.client.wp.target': 'wp-config.php, encima de la línea «That’s all, stop editing!»',
  'fix.client.wp.note':
    'En WP Mail SMTP (como en PHPMailer), «TLS» significa STARTTLS y «SSL» significa TLS desde el primer byte.',
  'fix.client.wp.comment.ssl': "'ssl' = SSL/TLS (465), 'tls' = STARTTLS (587)",
  'fix.client.phpmailer.step':
    'Configura las propiedades SMTP como abajo; guarda la contraseña en la variable de entorno SMTP_PASSWORD.',
  'fix.client.phpmailer.target': 'tu código PHP que envía correo',
  'fix.client.nodemailer.step':
    'Crea el transporte como abajo; guarda la contraseña en la variable de entorno SMTP_PASSWORD.',
  'fix.client.nodemailer.target': 'tu código Node.js',
  'fix.client.nodemailer.comment.starttls': 'conexión sin cifrar y luego STARTTLS',
  'fix.client.nodemailer.comment.requireTls': 'no enviar si no se ofrece STARTTLS',
  'fix.client.python.step': 'Envía como abajo; guarda la contraseña en la variable de entorno SMTP_PASSWORD.',
  'fix.client.python.target': 'tu código Python',
  'fix.client.python.note.ssl': 'SMTP_SSL habla TLS desde el primer byte (puerto 465).',
  'fix.client.python.note.starttls':
    'smtplib.SMTP se conecta sin cifrar; starttls() pasa a TLS antes de iniciar sesión.',
  'fix.client.laravel.comment.scheme':
    'smtps = SSL/TLS desde el primer byte; smtp = conexión sin cifrar, con STARTTLS si se ofrece',
  'fix.client.laravel.comment.legacy':
    'Laravel 10 y anteriores leen MAIL_ENCRYPTION en lugar de MAIL_SCHEME:',
  'fix.client.laravel.step':
    'Pon estas líneas en .env, sustituye el marcador de la contraseña y ejecuta php artisan config:clear.',
  'fix.client.laravel.target.current': '.env (Laravel 11.x / 12)',
  'fix.client.laravel.target.legacy': '.env (Laravel 10 y anteriores)',
  'fix.client.laravel.note':
    'El Laravel actual ignora MAIL_ENCRYPTION: symfony/mailer elige TLS según MAIL_SCHEME (o según el puerto 465 si el esquema está vacío).',
  'fix.client.postfix.comment.wrapper': 'el puerto 465 habla TLS desde el primer byte',
  'fix.client.postfix.note':
    'Así Postfix entrega cada mensaje al relay: ya no necesita el puerto 25 de salida.',
  'fix.client.postfix.colon':
    'El nombre de usuario contiene «:», que sasl_passwd usa como separador: compruébalo con tu proveedor.',
  'fix.client.postfix.hostCleaned':
    'Se quitaron del nombre del servidor los caracteres que no pueden aparecer en un nombre de host.',
  'fix.client.postfix.mainCf':
    'Añade las líneas de abajo a /etc/postfix/main.cf (sustituye cualquier relayhost que ya haya).',
  'fix.client.postfix.saslPasswd':
    'Crea /etc/postfix/sasl_passwd con el nombre de usuario y la contraseña (aquí: {secret}).',
  'fix.client.postfix.commands':
    'Genera su tabla hash, protégelo y recarga Postfix con los comandos de abajo.',
  'fix.client.postfix.target.shell': 'terminal',
  'fix.client.comment.sslFirstByte': 'SSL/TLS desde el primer byte',
  'fix.manual.tcp.open': 'el puerto es accesible desde esta red',
  'fix.manual.tcp.timeoutOutput': 'timed out (tras una larga espera)',
  'fix.manual.tcp.timeout':
    'algo descarta la conexión: normalmente tu proveedor de internet, tu red o un cortafuegos que bloquea este puerto',
  'fix.manual.tcp.refusedOutput': 'Connection refused (al instante)',
  'fix.manual.tcp.refused':
    'el servidor (o un cortafuegos) la rechaza: no hay nada escuchando ahí o el nombre del host es incorrecto',
  'fix.manual.tcp.unreachable': 'la red no puede llegar al servidor en absoluto',
  'fix.manual.tcp.dns': 'el nombre del host no existe en el DNS: revisa si hay erratas',
  'fix.manual.tls.ok': 'TLS funciona y el certificado es de confianza para este nombre',
  'fix.manual.tls.untrusted':
    'TLS funciona, pero el certificado no es de confianza: los programas de correo lo rechazarán',
  'fix.manual.tls.plainOn465':
    'el puerto habla SMTP sin cifrar: usa STARTTLS (normalmente el puerto 587) en lugar de SSL/TLS',
  'fix.manual.tls.noStarttls': 'el servidor no ofrece STARTTLS en este puerto',
  'fix.manual.tls.greetingOutput': '220 … ESMTP después del certificado',
  'fix.manual.tls.greeting': 'el servidor SMTP saluda por TLS: SSL/TLS es lo correcto en este puerto',
  'fix.manual.tls.hangsOutput': 'nada después de CONNECTED (se queda colgado hasta que pulsas Ctrl+C)',
  'fix.manual.tls.hangs':
    'puede que el puerto espere TLS directo (SSL/TLS) en vez de STARTTLS, o está bloqueado',
  'fix.manual.tls.noProtocol':
    'ninguna versión de TLS en común: el servidor o el cliente es demasiado antiguo',
  'fix.manual.openssl.implicit':
    '¿Habla el puerto {port} TLS desde el principio (SSL/TLS) y es de confianza su certificado?',
  'fix.manual.openssl.starttls': '¿Ofrece el puerto {port} STARTTLS y es de confianza su certificado?',
  'fix.manual.tcpPurpose': '¿Puede este equipo abrir una conexión TCP con {host} en el puerto {port}?',
  'fix.manual.powershell.failedOutput': 'TcpTestSucceeded : False (tras ~20 s, «TCP connect … failed»)',
  'fix.manual.powershell.failed':
    'bloqueado o rechazado: una espera larga indica un bloqueo (proveedor de internet, cortafuegos); un fallo rápido, que no hay nada escuchando',
  'fix.manual.telnet.purposeWindows':
    '¿Saluda un servidor en el puerto {port}? (Windows: activa antes la característica Cliente Telnet).',
  'fix.manual.telnet.purpose': '¿Saluda un servidor en el puerto {port}?',
  'fix.manual.telnet.garbageOutput': 'caracteres sin sentido o nada, y luego se desconecta',
  'fix.manual.telnet.garbageWindows':
    'normal con SSL/TLS en el 465: el puerto es accesible (la prueba con openssl muestra TLS)',
  'fix.manual.telnet.greetsWindows':
    'el puerto es accesible y responde un servidor SMTP (escribe QUIT para salir)',
  'fix.manual.telnet.failed': 'bloqueado o rechazado (fíjate en cuánto tarda)',
  'fix.manual.telnet.blankOutput': 'una pantalla en blanco, sin 220',
  'fix.manual.telnet.blank': 'conectado pero sin saludo: puede que el puerto espere SSL/TLS',
  'fix.manual.telnet.connectedGarbageOutput': 'Connected, y luego caracteres sin sentido o nada',
  'fix.manual.telnet.garbage':
    'normal con SSL/TLS en el 465: el puerto es accesible (la prueba con openssl muestra TLS)',
  'fix.manual.telnet.greets': 'accesible, y responde un servidor SMTP (escribe QUIT para salir)',
  'fix.manual.doctor.purpose':
    'Ejecútalo en la máquina cuyo correo falla (tu servidor web, por ejemplo): prueba desde ahí cada puerto SMTP y nombra la causa.',
  'fix.manual.doctor.portBlocked':
    'la red de esa máquina descarta el puerto: usa el puerto que indica el veredicto',
  'fix.manual.doctor.tlsMismatch': 'el puerto y el ajuste SSL/TLS o STARTTLS no coinciden',
  'fix.manual.doctor.tlsCertificate': 'el certificado del servidor no es de confianza',
  'fix.manual.doctor.works':
    'esa máquina llega al servidor: revisa el inicio de sesión o la configuración de la aplicación',
  'fix.manual.serve.purpose':
    'Inicia el servicio de pruebas en este equipo para que la extensión pueda hacer estas comprobaciones por sí misma.',
  'fix.manual.serve.listening': 'en marcha: pega el token que muestra en las opciones de la extensión',
};
