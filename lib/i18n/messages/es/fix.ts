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
  'fix.walkthrough.settingsPlace.thisDevice':
    'Abre la configuración del servidor de salida (SMTP) de la aplicación que envía el correo; la guía para tu aplicación está más abajo.',
  'fix.walkthrough.settingsPlace.webServer':
    'Abre la configuración de correo (SMTP) del sitio: la configuración de la aplicación web o la configuración de correo del panel de hosting.',
  'fix.walkthrough.settingsPlace.mailServer':
    'Abre la configuración de relay (smarthost) del servidor que envía el correo.',
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

  'fix.port25.measuredFrom.thisComputer': 'Medido desde este equipo:',
  'fix.port25.measuredFrom.probeBackend': 'Medido por el servicio de pruebas:',
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
};
