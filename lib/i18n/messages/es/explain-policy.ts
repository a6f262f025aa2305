import type { TranslationOf } from '../../catalog';
import type { explainPolicy as english } from '../en/explain-policy';

export const explainPolicy: TranslationOf<typeof english> = {
  'policy.list.or': '{a} o {b}',

  'policy.answer.cause.portBlocked': 'la red bloquea el puerto de correo',
  'policy.answer.cause.serverUnreachable': 'el servidor de correo está caído o rechaza la conexión',
  'policy.answer.cause.dnsFailure': 'el nombre del servidor de correo es incorrecto o no se resuelve',
  'policy.answer.cause.tlsMismatch': 'el ajuste de cifrado no coincide con el puerto',
  'policy.answer.headline.pageServerUnreachable':
    'El servidor detrás de esta página no pudo conectar con su servidor de correo',
  'policy.answer.headline.couldNotConnect': 'No se pudo conectar con el servidor de correo',
  'policy.answer.who.greylisted':
    'Nadie tiene que cambiar nada: el servidor de destino solo pidió que se vuelva a intentar más tarde.',
  'policy.answer.next.greylisted.seconds':
    'Espera {count, plural, one {{count} segundo} other {{count} segundos}} y vuelve a pulsar «Enviar».',
  'policy.answer.next.greylisted.minutes':
    'Espera {count, plural, one {{count} minuto} other {{count} minutos}} y vuelve a pulsar «Enviar».',
  'policy.answer.next.greylisted.fewMinutes': 'Espera unos minutos y vuelve a pulsar «Enviar».',
  'policy.answer.next.greylisted.detail':
    'El correo web y la mayoría de las apps no reintentan por sí solos; un servidor de correo con cola sí lo hace.',
  'policy.answer.who.rateLimit': 'Tú: el servidor limita cuánto envía una cuenta.',
  'policy.answer.next.rateLimit.seconds':
    'Espera {count, plural, one {{count} segundo} other {{count} segundos}} antes de volver a enviar, y envía menos mensajes a la vez.',
  'policy.answer.next.rateLimit.minutes':
    'Espera {count, plural, one {{count} minuto} other {{count} minutos}} antes de volver a enviar, y envía menos mensajes a la vez.',
  'policy.answer.next.rateLimit.hourOrSo':
    'Espera más o menos una hora antes de volver a enviar, y envía menos mensajes a la vez.',
  'policy.answer.who.recipientRejected': 'Tú: el envío funcionó, la dirección no.',
  'policy.answer.next.recipientRejected':
    'Revisa si la dirección del destinatario tiene errores de escritura y vuelve a enviar.',
  'policy.answer.who.mailboxFull': 'El destinatario: su buzón está lleno.',
  'policy.answer.next.mailboxFull': 'Contacta con él de otra forma o inténtalo más tarde.',
  'policy.answer.who.domainAuth': 'Quien gestione el DNS de {domain}, o tu proveedor de correo.',
  'policy.answer.who.domainAuthUnnamed': 'Quien gestione el DNS de tu dominio, o tu proveedor de correo.',
  'policy.answer.next.domainAuth': 'Si no gestionas {domain}, envía esto a quien lo haga.',
  'policy.answer.next.domainAuthUnnamed': 'Si no gestionas tu dominio, envía esto a quien lo haga.',
  'policy.answer.copy.toDomainManager': 'Copiar mensaje para quien gestiona el dominio',
  'policy.answer.who.providerAccount': 'Tú, en tu cuenta de {provider}.',
  'policy.answer.link.providerHelp': 'Ayuda del proveedor',
  'policy.answer.who.webmail':
    'El administrador de {host}: la conexión la hace el servidor del correo web, así que nada en tu ordenador puede arreglarlo.',
  'policy.answer.who.webmailThisSite':
    'El administrador de este sitio: la conexión la hace el servidor del correo web, así que nada en tu ordenador puede arreglarlo.',
  'policy.answer.next.webmail':
    'Envía este mensaje a tu administrador de correo o a tu proveedor de hosting.',
  'policy.answer.copy.toAdministrator': 'Copiar mensaje para el administrador',
  'policy.answer.who.siteHost':
    'Quien gestione {host}: puede que la red de su hosting bloquee el puerto de correo.',
  'policy.answer.who.siteHostThisSite':
    'Quien gestione este sitio: puede que la red de su hosting bloquee el puerto de correo.',
  'policy.answer.next.siteHost':
    'En los ajustes de correo de esta página usa el puerto 587 con STARTTLS (o el 465 con SSL/TLS); si sigue fallando, envía esto a tu hosting.',
  'policy.answer.copy.toHost': 'Copiar mensaje para el hosting',
  'policy.answer.who.siteSettings': 'Quien gestione {host}, en sus ajustes de correo.',
  'policy.answer.who.siteSettingsThisSite': 'Quien gestione este sitio, en sus ajustes de correo.',
  'policy.answer.who.providerServer':
    'Tu proveedor de correo: gestiona el servidor cuya dirección fue rechazada.',
  'policy.answer.next.providerServer': 'Envía esto al soporte de tu proveedor de correo.',
  'policy.answer.copy.toProvider': 'Copiar mensaje para tu proveedor de correo',
  'policy.answer.who.bounce':
    'Tú o tu proveedor de correo: su servidor aceptó el mensaje, pero no pudo entregarlo.',
  'policy.answer.who.undecided':
    'Tú, o quien gestione tu red o el servidor de correo: una prueba dice quién.',
  'policy.answer.next.undecided':
    'Prueba a enviar una vez desde otra red, por ejemplo la zona Wi-Fi de tu teléfono.',
  'policy.answer.next.undecided.detail':
    'Si allí funciona, tu red bloquea el puerto de correo; si falla en todas partes, el servidor o su nombre son incorrectos.',
  'policy.answer.next.undecided.detailProbe':
    'Si allí funciona, tu red bloquea el puerto de correo; si falla en todas partes, el servidor o su nombre son incorrectos. O ejecuta la prueba de abajo.',
  'policy.answer.who.thisDevice': 'Tú, en los ajustes de tu app de correo o de tu script.',
  'policy.answer.next.readFullError': 'Lee el error completo más abajo.',
  'policy.answer.copy.settings': 'Copiar los ajustes',
  'policy.answer.admin.greeting.there': 'Hola:',
  'policy.answer.admin.greeting.administrator': 'Hola, administrador:',
  'policy.answer.admin.greeting.supportTeam': 'Hola, equipo de soporte:',
  'policy.answer.admin.fails': 'El envío de correo falla. Se mostró este error:',
  'policy.answer.admin.fails.from': 'El envío de correo desde {pageHost} falla. Se mostró este error:',
  'policy.answer.admin.fails.at': 'El envío de correo falla. Este error se mostró el {time}:',
  'policy.answer.admin.fails.fromAt':
    'El envío de correo desde {pageHost} falla. Este error se mostró el {time}:',
  'policy.answer.admin.check.connect':
    'Por favor, comprueba si este servidor puede abrir conexiones salientes hacia {host} en el puerto {ports} (muchos hostings bloquean el puerto 25; 587 con STARTTLS y 465 con SSL/TLS son los puertos pensados para enviar), y si el servidor de correo está en marcha.',
  'policy.answer.admin.check.connectNoPort':
    'Por favor, comprueba si este servidor puede abrir conexiones salientes hacia {host} en el puerto SMTP (muchos hostings bloquean el puerto 25; 587 con STARTTLS y 465 con SSL/TLS son los puertos pensados para enviar), y si el servidor de correo está en marcha.',
  'policy.answer.admin.check.connectNoHost':
    'Por favor, comprueba si este servidor puede abrir conexiones salientes hacia su servidor de correo en el puerto {ports} (muchos hostings bloquean el puerto 25; 587 con STARTTLS y 465 con SSL/TLS son los puertos pensados para enviar), y si el servidor de correo está en marcha.',
  'policy.answer.admin.check.connectNoHostNoPort':
    'Por favor, comprueba si este servidor puede abrir conexiones salientes hacia su servidor de correo en el puerto SMTP (muchos hostings bloquean el puerto 25; 587 con STARTTLS y 465 con SSL/TLS son los puertos pensados para enviar), y si el servidor de correo está en marcha.',
  'policy.answer.admin.check.tls':
    'Por favor, comprueba el ajuste de cifrado (465 = SSL/TLS, 587 = STARTTLS) y el certificado del servidor de correo.',
  'policy.answer.admin.check.auth':
    'Por favor, comprueba el nombre de usuario y la contraseña (o contraseña de aplicación) con los que el servidor inicia sesión en el servidor de correo.',
  'policy.answer.admin.check.domain':
    'Por favor, comprueba los registros SPF y DKIM de {domain} para el servicio que envía su correo.',
  'policy.answer.admin.check.domainUnnamed':
    'Por favor, comprueba los registros SPF y DKIM del dominio remitente para el servicio que envía su correo.',
  'policy.answer.admin.check.ip':
    'Por favor, comprueba la dirección IP del servidor que envía: sus entradas en listas de bloqueo y su nombre de DNS inverso.',
  'policy.answer.admin.check.sender':
    'Por favor, comprueba con qué direcciones de remitente deja el servidor de correo enviar a esta cuenta.',
  'policy.answer.admin.check.log': 'Por favor, revisa el registro del servidor de correo a esa hora.',
  'policy.answer.admin.thanks': 'Gracias.',

  'policy.term.starttls': 'la conexión empieza sin cifrar y después pasa a cifrarse (puerto 587)',
  'policy.term.sslTls': 'la conexión está cifrada desde el principio (puerto 465)',
  'policy.term.smtp': 'el protocolo con el que las apps y los servidores de correo envían los mensajes',
  'policy.term.mx': 'el registro DNS que indica los servidores que reciben el correo de un dominio',
  'policy.term.relay.name': 'servicio de retransmisión',
  'policy.term.relay': 'un servicio que reenvía el correo por ti',
  'policy.term.spf': 'un registro DNS con los servidores autorizados a enviar en nombre de un dominio',
  'policy.term.dkim': 'una firma que demuestra que un mensaje procede de su dominio',
  'policy.term.dmarc': 'la regla del dominio para el correo que no supera SPF ni DKIM',
  'policy.term.appPassword.name': 'contraseña de aplicación',
  'policy.term.appPassword': 'una contraseña aparte que tu proveedor crea para una sola app de correo',
  'policy.term.greylisting.name': 'lista gris (greylisting)',
  'policy.term.greylisting': 'el receptor rechaza una vez a un remitente nuevo y acepta el reintento',
  // @end answer

  'policy.auth.readReply': 'Lee la respuesta del servidor',
  'policy.auth.failed.title': 'El servidor rechazó el nombre de usuario o la contraseña',
  'policy.auth.failed.summary':
    'La conexión con {host} en el puerto {ports} funcionó, pero se rechazó el inicio de sesión: la contraseña es incorrecta, o el proveedor quiere otro tipo de contraseña para las apps.',
  'policy.auth.failed.summary.noPort':
    'La conexión con {host} funcionó, pero se rechazó el inicio de sesión: la contraseña es incorrecta, o el proveedor quiere otro tipo de contraseña para las apps.',
  'policy.auth.failed.summary.noHost':
    'La conexión con el servidor de correo en el puerto {ports} funcionó, pero se rechazó el inicio de sesión: la contraseña es incorrecta, o el proveedor quiere otro tipo de contraseña para las apps.',
  'policy.auth.failed.summary.noHostNoPort':
    'La conexión con el servidor de correo funcionó, pero se rechazó el inicio de sesión: la contraseña es incorrecta, o el proveedor quiere otro tipo de contraseña para las apps.',
  'policy.auth.failed.why':
    'Muchos proveedores rechazan tu contraseña normal en apps y dispositivos y piden una contraseña de aplicación: Gmail (con la verificación en dos pasos activada), Yahoo, iCloud, Zoho (con la autenticación de dos factores activada) y Fastmail. Los servicios de retransmisión piden su clave SMTP o clave de API, no la contraseña de tu cuenta. El nombre de usuario suele ser la dirección de correo completa.',
  'policy.auth.failed.confirm.webmail':
    'Inicia sesión en el correo web del proveedor con el mismo nombre de usuario y contraseña',
  'policy.auth.failed.confirm.webmail.detail':
    'Si así funciona pero SMTP sigue rechazándolo, la cuenta necesita una contraseña de aplicación o tiene desactivado el inicio de sesión SMTP.',
  'policy.auth.failed.step.reenter':
    'Vuelve a escribir el nombre de usuario (tu dirección de correo completa) y la contraseña',
  'policy.auth.failed.step.reenter.detail':
    'Fíjate en espacios pegados al principio o al final y en una distribución de teclado que cambie caracteres.',
  'policy.auth.failed.step.appPassword':
    'Crea una contraseña de aplicación y úsala en lugar de tu contraseña normal',
  'policy.auth.failed.step.appPassword.detail':
    'Google: myaccount.google.com/apppasswords (requiere la verificación en dos pasos). Yahoo, iCloud, Zoho y Fastmail: en los ajustes de seguridad de la cuenta. Una contraseña de aplicación solo sirve para la cuenta que la creó.',
  'policy.auth.failed.step.relay': 'Con un servicio de retransmisión, usa las credenciales SMTP de su panel',
  'policy.auth.failed.step.relay.detail':
    'SendGrid: nombre de usuario «apikey» y una clave de API. Amazon SES: credenciales SMTP, no tus claves de acceso de AWS. Brevo: la clave SMTP. Postmark: el token de API del servidor como nombre de usuario y como contraseña.',
  'policy.auth.failed.step.securityHold':
    'Si la contraseña es correcta, comprueba si la cuenta tiene un bloqueo de seguridad',
  'policy.auth.failed.step.securityHold.detail':
    'Inicia sesión en la web: los proveedores detienen los inicios de sesión desde lugares nuevos hasta que los confirmas.',
  'policy.auth.required.title': 'El servidor pide primero cifrado o inicio de sesión',
  'policy.auth.required.summary':
    'El servidor respondió, pero se negó a aceptar el mensaje porque el programa no inició sesión o no activó el cifrado (STARTTLS) antes de intentarlo.',
  'policy.auth.required.why':
    'Los servidores de envío solo aceptan correo de usuarios que inician sesión, y la mayoría solo acepta el inicio de sesión por una conexión cifrada. El puerto 25 sin inicio de sesión solo acepta correo dirigido a los usuarios de ese servidor.',
  'policy.auth.required.confirm.reply.detail':
    '«Must issue a STARTTLS command first» pide cifrado; «Authentication required» o «Client not authenticated» piden inicio de sesión.',
  'policy.auth.required.step.encryption':
    'Activa el cifrado: STARTTLS en el puerto 587, o SSL/TLS en el puerto 465',
  'policy.auth.required.step.login':
    'Activa la autenticación con el nombre de usuario y la contraseña de la cuenta',
  'policy.auth.required.step.login.detail':
    'Outlook: «Mi servidor de salida (SMTP) requiere autenticación». Nodemailer: {nodemailerAuth}. PHPMailer: SMTPAuth = true con Username y Password.',
  'policy.auth.required.step.submissionPort': 'Usa el puerto de envío (587 o 465) en lugar del 25',
  'policy.auth.disabled.title': 'El inicio de sesión SMTP está desactivado en esta cuenta',
  'policy.auth.disabled.summary':
    'El proveedor rechazó el inicio de sesión con cualquier contraseña: el inicio de sesión SMTP con un simple nombre de usuario y contraseña («autenticación básica») está desactivado para esta cuenta u organización, o solo se acepta un inicio de sesión moderno (OAuth).',
  'policy.auth.disabled.why':
    'Microsoft 365 desactiva SMTP AUTH de forma predeterminada en las organizaciones creadas desde enero de 2020 y lo bloquea siempre que los valores predeterminados de seguridad están activados; además, Microsoft está retirando por completo la autenticación básica para SMTP AUTH (Centro de mensajes MC786329). Las cuentas personales de Outlook.com solo aceptan OAuth desde septiembre de 2024. Google desactivó el acceso de «aplicaciones menos seguras»; quedan OAuth y las contraseñas de aplicación.',
  'policy.auth.disabled.confirm.reply.detail':
    '«SmtpClientAuthentication is disabled for the Tenant» o «for the Mailbox»: el interruptor de SMTP AUTH está apagado. «security defaults policy»: los valores predeterminados de seguridad lo bloquean. «Basic authentication is not supported» (5.7.30): solo funcionará OAuth.',
  'policy.auth.disabled.step.m365': 'Microsoft 365: activa «SMTP autenticado» para el buzón que envía',
  'policy.auth.disabled.step.m365.detail':
    'Centro de administración → Usuarios → Usuarios activos → el usuario → Correo → Administrar aplicaciones de correo electrónico → SMTP autenticado. El ajuste del buzón prevalece sobre el de toda la organización. En Exchange Online PowerShell:',
  'policy.auth.disabled.step.oauth': 'Prefiere OAuth 2.0 cuando la app lo admita',
  'policy.auth.disabled.step.oauth.detail':
    'Microsoft 365, Outlook.com y Gmail aceptan SMTP con OAuth 2.0 (XOAUTH2); Thunderbird, Nodemailer, MailKit y PHPMailer (con un proveedor OAuth) lo admiten. Con OAuth, los valores predeterminados de seguridad siguen activados.',
  'policy.auth.disabled.step.google':
    'Gmail y Google Workspace: usa una contraseña de aplicación (requiere la verificación en dos pasos) u OAuth',
  'policy.auth.disabled.step.relay':
    'Para dispositivos y apps que no pueden hacer ninguna de las dos cosas, envía a través de un servicio de retransmisión',
  'policy.auth.disabled.step.relay.detail':
    'Un servicio de retransmisión, o las opciones propias de Microsoft 365: un conector de retransmisión SMTP, o el envío directo al host MX de tu inquilino (…mail.protection.outlook.com, puerto 25), que solo llega a destinatarios de tu organización.',

  'policy.delivery.rateLimit.title': 'Límite de envío alcanzado',
  'policy.delivery.rateLimit.summary':
    'El servidor aceptó la conexión, pero por ahora rechaza más correo: esta cuenta o dirección ha enviado demasiado, demasiado rápido, o ha agotado una cuota diaria.',
  'policy.delivery.rateLimit.why':
    'Los proveedores limitan el envío para evitar abusos: mensajes por día o por hora, destinatarios por mensaje, conexiones simultáneas. Los límites suelen restablecerse en un día. Llegar a un límite que no esperabas puede significar que otra persona está enviando desde la cuenta.',
  'policy.delivery.rateLimit.confirm.limits':
    'Consulta los límites de envío publicados por el proveedor y la carpeta «Enviados» de la cuenta',
  'policy.delivery.rateLimit.confirm.limits.detail':
    'Si en «Enviados» hay mensajes que no escribiste, la cuenta está comprometida.',
  'policy.delivery.rateLimit.step.wait': 'Espera y vuelve a enviar más tarde',
  'policy.delivery.rateLimit.step.wait.temporary':
    'Esta respuesta es temporal: un servidor de correo reintenta por sí solo.',
  'policy.delivery.rateLimit.step.wait.daily': 'Los límites diarios suelen restablecerse en 24 horas.',
  'policy.delivery.rateLimit.step.batches':
    'Envía en lotes más pequeños: menos destinatarios por mensaje, menos conexiones a la vez',
  'policy.delivery.rateLimit.step.service':
    'Para boletines o correo de apps en volumen, usa un servicio de correo pensado para ello',
  'policy.delivery.rateLimit.step.service.detail':
    'Los servicios transaccionales y de envío masivo (SendGrid, Mailgun, Amazon SES, Postmark…) tienen límites mucho más altos.',
  'policy.delivery.rateLimit.step.password': 'Si no enviaste tanto, cambia la contraseña',
  'policy.delivery.messageRejected.title': 'Se rechazó el propio mensaje (tamaño o contenido)',
  'policy.delivery.messageRejected.summary':
    'El servidor aceptó el remitente y los destinatarios, pero rechazó este mensaje: es demasiado grande, o su contenido parecía spam o incumplía una política.',
  'policy.delivery.messageRejected.why':
    'Los servidores limitan el tamaño de los mensajes, normalmente entre 10 y 50 MB, y los adjuntos crecen alrededor de un tercio al codificarse para el correo. Los filtros de spam rechazan mensajes con enlaces sospechosos, tipos de adjunto peligrosos (como .exe) o frases típicas del spam.',
  'policy.delivery.messageRejected.confirm.codes': 'Lee los códigos',
  'policy.delivery.messageRejected.confirm.codes.detail':
    '552 o 5.3.4 / 5.2.3 se refieren al tamaño; 554 o 5.7.1 con palabras como «spam» o «content» se refieren al contenido.',
  'policy.delivery.messageRejected.confirm.test':
    'Envía una prueba corta en texto sin formato al mismo destinatario',
  'policy.delivery.messageRejected.confirm.test.detail':
    'Si llega, el problema es el mensaje original, no tu configuración.',
  'policy.delivery.messageRejected.step.size':
    'Demasiado grande: comparte los archivos grandes con un enlace en lugar de adjuntarlos',
  'policy.delivery.messageRejected.step.content':
    'Contenido: quita acortadores de enlaces y adjuntos peligrosos, y comprueba que los dominios enlazados no estén en listas de bloqueo',
  'policy.delivery.messageRejected.step.link': 'Sigue el enlace del rechazo, si lo hay',
  'policy.delivery.messageRejected.step.link.detail':
    'Los proveedores indican la política que incumplió el mensaje.',
  'policy.delivery.mailboxFull.title': 'El buzón del destinatario está lleno',
  'policy.delivery.mailboxFull.summary':
    'El buzón del destinatario superó su límite de almacenamiento y no puede recibir correo nuevo. Tu configuración no tiene ningún problema.',
  'policy.delivery.mailboxFull.why.temporary':
    'Todos los buzones tienen un límite de tamaño, y los buzones abandonados se llenan de spam y siguen llenos. Esta respuesta es temporal: tu servidor de correo sigue reintentando durante un tiempo.',
  'policy.delivery.mailboxFull.why':
    'Todos los buzones tienen un límite de tamaño, y los buzones abandonados se llenan de spam y siguen llenos. Una respuesta 4xx (452 4.2.2) es temporal y se reintenta; una respuesta 5xx (552 5.2.2) es definitiva.',
  'policy.delivery.mailboxFull.confirm.later':
    'Vuelve a enviar más tarde o pregunta al destinatario si su buzón está lleno',
  'policy.delivery.mailboxFull.step.tell': 'Avisa al destinatario de otra forma (teléfono, otra dirección)',
  'policy.delivery.mailboxFull.step.again': 'Vuelve a enviar cuando haya liberado espacio',
  'policy.delivery.mailboxFull.step.own':
    'Si es tu propio buzón, borra los mensajes grandes y vacía la papelera y la carpeta de spam',
  'policy.delivery.greylisted.title': 'Aplazado por ahora (lista gris): pasará en el reintento',
  'policy.delivery.greylisted.summary':
    'El servidor de destino pidió al remitente que vuelva más tarde. Es una técnica antispam habitual llamada lista gris (greylisting): un servidor de correo real reintenta a los pocos minutos y se le deja pasar.',
  'policy.delivery.greylisted.why':
    'El software de spam a menudo no reintenta nunca, así que los receptores rechazan una vez el correo de remitentes que no conocen. Los servidores de correo de verdad guardan el mensaje en su cola y reintentan por sí solos.',
  'policy.delivery.greylisted.confirm.wait.seconds':
    'Espera {count, plural, one {{count} segundo} other {{count} segundos}} y vuelve a mirar',
  'policy.delivery.greylisted.confirm.wait.minutes':
    'Espera {count, plural, one {{count} minuto} other {{count} minutos}} y vuelve a mirar',
  'policy.delivery.greylisted.confirm.wait.fewMinutes': 'Espera unos minutos y vuelve a mirar',
  'policy.delivery.greylisted.confirm.wait.detail': 'El mensaje debería pasar en el siguiente intento.',
  'policy.delivery.greylisted.step.wait.seconds':
    'Espera {count, plural, one {{count} segundo} other {{count} segundos}} y vuelve a pulsar «Enviar»',
  'policy.delivery.greylisted.step.wait.minutes':
    'Espera {count, plural, one {{count} minuto} other {{count} minutos}} y vuelve a pulsar «Enviar»',
  'policy.delivery.greylisted.step.wait.fewMinutes': 'Espera unos minutos y vuelve a pulsar «Enviar»',
  'policy.delivery.greylisted.step.wait.detail':
    'El correo web y la mayoría de las apps no reintentan por sí solos: volver a enviar el mismo mensaje tras la espera es el reintento que pidió el servidor. Un servidor de correo con cola reintenta por su cuenta.',
  'policy.delivery.greylisted.step.script':
    'Si un script envía directamente al servidor del destinatario, haz que reintente o que envíe a través de un servidor de correo',
  'policy.delivery.greylisted.step.script.detail':
    'Un servidor de correo o un servicio de retransmisión pone el correo en cola y reintenta automáticamente.',
  'policy.delivery.greylisted.step.notGreylisting':
    'Si sigue fallando después de una hora o más, no es la lista gris: lee la respuesta completa',
  'policy.delivery.unknown.title': 'Error al enviar correo (causa no reconocida)',
  'policy.delivery.unknown.summary':
    'El servidor respondió {code}. Es un error al enviar correo, pero no coincide con ninguna causa conocida.',
  'policy.delivery.unknown.summary.meaning':
    'El servidor respondió {code} ({meaning}). Es un error al enviar correo, pero no coincide con ninguna causa conocida.',
  'policy.delivery.unknown.summary.meaningDetail':
    'El servidor respondió {code} ({meaning}; {detail}). Es un error al enviar correo, pero no coincide con ninguna causa conocida.',
  'policy.delivery.unknown.summary.noCode':
    'Parece un error al enviar correo, pero ninguna de las causas conocidas encaja con el texto.',
  'policy.delivery.unknown.why':
    'Las respuestas SMTP que empiezan por 4 son temporales (el remitente reintenta); las que empiezan por 5 son permanentes (algo tiene que cambiar antes de volver a enviar). Las palabras tras el código suelen indicar el motivo.',
  'policy.delivery.unknown.confirm.reply': 'Busca la respuesta completa del servidor',
  'policy.delivery.unknown.confirm.reply.detail':
    'El registro de depuración del cliente o el registro del servidor de correo muestra la respuesta completa que cerró la sesión.',
  'policy.delivery.unknown.step.read':
    'Lee toda la respuesta: las palabras tras el código suelen indicar el motivo',
  'policy.delivery.unknown.step.read.detail': 'Busca el código en las páginas de ayuda de tu proveedor.',
  'policy.delivery.unknown.step.probe': 'Prueba el servidor desde este equipo para descartar la red',
  'policy.delivery.unknown.step.support': 'Envía el registro completo al soporte de tu proveedor',

  'policy.senderRejected.title': 'El servidor no enviará correo para este remitente',
  'policy.senderRejected.summary':
    'El servidor se negó a reenviar el mensaje por su remitente: el programa no inició sesión, o la dirección del remitente no pertenece a la cuenta que inició sesión.',
  'policy.senderRejected.why':
    'Los servidores solo reenvían correo de sus propios usuarios con sesión iniciada (si no, «Relaying denied»), y la mayoría de los proveedores solo te deja enviar con tu propia dirección o con alias que hayas verificado. Microsoft 365 además necesita el permiso «Enviar como» para enviar como otro buzón.',
  'policy.senderRejected.confirm.compare':
    'Compara el usuario con el que inicias sesión con la dirección del remitente (From)',
  'policy.senderRejected.confirm.compare.detail':
    'Deberían ser la misma dirección, o la dirección del remitente debería ser un alias verificado de ese usuario.',
  'policy.senderRejected.step.login': 'Inicia sesión (autenticación SMTP) antes de enviar',
  'policy.senderRejected.step.login.detail':
    'Sin inicio de sesión, un servidor solo acepta correo para sus propios usuarios.',
  'policy.senderRejected.step.address':
    'Envía desde la dirección con la que inicias sesión o desde un alias verificado',
  'policy.senderRejected.step.address.detail':
    'Gmail: Configuración → Cuentas → «Enviar como». Microsoft 365: da a la cuenta el permiso «Enviar como» sobre el otro buzón. Configura tanto el encabezado From como el remitente del sobre (Return-Path).',
  'policy.senderRejected.step.verify':
    'En un servicio de retransmisión, verifica la dirección o el dominio del remitente',
  'policy.senderRejected.step.verify.detail':
    'Amazon SES, SendGrid, Mailgun y otros solo envían para identidades que hayas verificado con ellos.',
  'policy.senderRejected.step.ownServer':
    'Si gestionas el servidor, deja que solo tus propios equipos reenvíen sin iniciar sesión',
  'policy.senderRejected.step.ownServer.detail':
    'Por ejemplo con mynetworks de Postfix; nunca abras el reenvío a internet.',
  'policy.recipientRejected.title': 'La dirección del destinatario no existe',
  'policy.recipientRejected.summary':
    'El servidor de correo del destinatario dice que la dirección no existe o no acepta correo. Tu envío funcionó; el problema es la dirección.',
  'policy.recipientRejected.why':
    'Un error de escritura, una persona que dejó la organización, una cuenta eliminada o desactivada, o una dirección que el dominio de destino nunca tuvo.',
  'policy.recipientRejected.confirm.check':
    'Revisa la dirección letra por letra y envía una prueba a una dirección que sepas que funciona',
  'policy.recipientRejected.step.correct':
    'Corrige la dirección (busca errores también en la parte que va después de la @)',
  'policy.recipientRejected.step.ask': 'Pide a la persona su dirección actual por otra vía',
  'policy.recipientRejected.step.remove': 'Quita de tus listas las direcciones que rebotan una y otra vez',
  'policy.recipientRejected.step.remove.detail':
    'Enviar una y otra vez a direcciones muertas perjudica tu reputación como remitente.',
  'policy.recipientRejected.step.ownDomain':
    'Si la dirección es de tu propio dominio, comprueba que el buzón o el alias existen',
  'policy.recipientRejected.step.ownDomain.detail':
    'Comprueba también que los registros MX del dominio apuntan al servidor que tiene el buzón.',
  'policy.domainAuth.title': 'El servidor del destinatario rechazó el mensaje: falló SPF, DKIM o DMARC',
  'policy.domainAuth.summary':
    'El servidor de destino no pudo verificar que tu dominio permitiera enviar este mensaje desde donde se envió, así que lo rechazó.',
  'policy.domainAuth.why':
    'Los receptores comprueban que el servidor que envía figure en el registro SPF del dominio y que el mensaje lleve una firma DKIM válida, y después aplican la política DMARC del dominio. Gmail exige a todos los remitentes superar SPF o DKIM (los envíos masivos necesitan ambos, además de DMARC). Enviar a través de un servidor que el dominio no incluye, como un hosting web o un nuevo servicio de retransmisión, hace fallar estas comprobaciones.',
  'policy.domainAuth.confirm.lookup': 'Consulta los registros SPF y DMARC del dominio remitente',
  'policy.domainAuth.confirm.lookup.detail':
    'Debe existir exactamente un registro que empiece por v=spf1, y debe incluir el servicio que envía.',
  'policy.domainAuth.step.forward':
    'Si no gestionas {domain}, envía este error a quien gestione su DNS o su correo',
  'policy.domainAuth.step.forwardUnnamed':
    'Si no gestionas tu dominio, envía este error a quien gestione su DNS o su correo',
  'policy.domainAuth.step.forward.detail':
    'La solución es un cambio en los registros DNS que solo esa persona puede hacer; los pasos siguientes son para ella.',
  'policy.domainAuth.step.spf': 'Añade el servicio que envía a tu registro SPF',
  'policy.domainAuth.step.spf.detail':
    'Usa el include que documente tu proveedor. Intégralo en el único registro existente: dos registros SPF son un error.',
  'policy.domainAuth.step.spf.placeholder': 'dominio SPF de tu proveedor',
  'policy.domainAuth.step.dkim': 'Activa la firma DKIM en el proveedor y publica su clave en el DNS',
  'policy.domainAuth.step.dmarc': 'Publica una política DMARC, empezando solo con supervisión',
  'policy.domainAuth.step.from': 'Envía con una dirección de remitente (From) del dominio que autenticas',
  'policy.domainAuth.step.from.detail':
    'DMARC solo se supera cuando el dominio de SPF o DKIM coincide con el dominio de la dirección From.',
  'policy.ipReputation.title': 'La dirección IP del servidor que envía está en una lista de bloqueo',
  'policy.ipReputation.summary':
    'El servidor del destinatario rechazó la conexión o el mensaje por la reputación de la dirección IP que envía, no por el mensaje en sí.',
  'policy.ipReputation.why':
    'Las listas de bloqueo como Spamhaus incluyen direcciones que enviaron spam (a menudo una cuenta pirateada o un dispositivo infectado en la misma red). La PBL de Spamhaus incluye rangos de direcciones domésticas y dinámicas que no deberían enviar correo directamente a otros servidores. Las direcciones de la nube y de hosting compartido heredan el historial de usuarios anteriores.',
  'policy.ipReputation.confirm.lookup': 'Consulta la dirección IP',
  'policy.ipReputation.confirm.lookup.detail':
    'El IP and Domain Reputation Checker de Spamhaus (check.spamhaus.org) dice qué lista y por qué; el rechazo a menudo también incluye un enlace.',
  'policy.ipReputation.step.pbl':
    'Desde una dirección doméstica o dinámica (PBL), envía a través del servidor de tu proveedor en lugar de entregar directamente',
  'policy.ipReputation.step.pbl.detail':
    'Usa su puerto de envío 587 o 465 con inicio de sesión, o un servicio de retransmisión.',
  'policy.ipReputation.step.spam':
    'Si la dirección se incluyó por spam, encuentra y detén la causa, y después pide que la quiten',
  'policy.ipReputation.step.spam.detail':
    'Causas típicas: una cuenta de correo comprometida, un ordenador infectado, un formulario de contacto del que se abusa, un servidor de reenvío abierto.',
  'policy.ipReputation.step.cloud':
    'En un servidor en la nube, envía a través de un servicio de retransmisión',
  'policy.ipReputation.step.cloud.detail': 'Sus direcciones tienen una reputación cuidada.',
  'policy.reverseDns.title':
    'La dirección IP del servidor que envía no tiene un DNS inverso (PTR) que coincida',
  'policy.reverseDns.summary':
    'El servidor del destinatario buscó el nombre de la dirección IP que envía (DNS inverso) y no encontró ninguno, o encontró uno que no apunta de vuelta a la misma dirección, así que rechazó la conexión.',
  'policy.reverseDns.why':
    'Los servidores de destino esperan que un servidor de correo real tenga un registro PTR con su nombre, y que ese nombre se resuelva de vuelta a la misma dirección (DNS inverso confirmado). Las conexiones domésticas y los servidores nuevos en la nube a menudo no tienen ninguno, o tienen uno genérico.',
  'policy.reverseDns.confirm.lookup':
    'Consulta el PTR de la IP pública del servidor y después el nombre que devuelve',
  'policy.reverseDns.step.ptr': 'Configura el registro PTR donde se gestiona la dirección IP',
  'policy.reverseDns.step.ptr.detail':
    'Es el panel de control de tu proveedor de hosting o tu proveedor de internet, no la zona DNS de tu dominio.',
  'policy.reverseDns.step.helo':
    'Haz que el nombre PTR se resuelva a la misma IP y úsalo como nombre HELO/EHLO del servidor',
  'policy.reverseDns.step.relay':
    'Si no puedes configurar un PTR (una conexión doméstica), envía a través de un servicio de retransmisión',

  'policy.audience.thisDevice.stepsHeading': 'Cómo arreglarlo, paso a paso',
  'policy.audience.thisDevice.settingsPlace':
    'Abre los ajustes del servidor de salida (SMTP) de la app que envía el correo; la guía de tu app está más abajo.',
  'policy.audience.thisDevice.probesFrom': 'Pruebas desde este ordenador a través de tu backend de pruebas',
  'policy.audience.thisDevice.measuredFrom': 'Medido desde este ordenador:',
  'policy.audience.webServer.stepsHeading': 'Cómo lo arregla el administrador del sitio',
  'policy.audience.webServer.settingsPlace':
    'Abre los ajustes de correo (SMTP) del sitio: la configuración de la aplicación web o los ajustes de correo del panel de hosting.',
  'policy.audience.webServer.probesFrom':
    'Pruebas desde donde se ejecute tu backend de pruebas: en el servidor detrás de esta página muestran a qué puede llegar ese servidor; en este ordenador, solo a qué puede llegar esta red',
  'policy.audience.mailServer.stepsHeading': 'Qué pueden hacer el remitente o el propietario del dominio',
  'policy.audience.mailServer.settingsPlace':
    'Abre los ajustes de retransmisión (smarthost) del servidor que envía el correo.',
  'policy.audience.mailServer.probesFrom': 'Pruebas desde donde se ejecute tu backend de pruebas',
  'policy.audience.probeBackend.measuredFrom': 'Medido por el backend de pruebas:',

  'policy.glossary.port.25':
    'SMTP entre servidores de correo, para entregar a los hosts MX; el puerto que más bloquean los proveedores de internet y las nubes',
  'policy.glossary.port.465': 'envío con TLS implícito: cifrado desde el primer byte (RFC 8314)',
  'policy.glossary.port.587': 'envío: empieza sin cifrar y luego pasa a cifrado con STARTTLS (RFC 6409)',
  'policy.glossary.port.2525':
    'puerto de envío alternativo que ofrecen los servicios de retransmisión (no asignado por la IANA)',
  'policy.glossary.port.2465': 'alternativa de Amazon SES al 465 (TLS implícito)',
  'policy.glossary.port.2587': 'alternativa de Amazon SES al 587 (STARTTLS)',
  'policy.glossary.errno.timedOut':
    'tiempo de conexión agotado: ninguna respuesta, típico de un cortafuegos que descarta el tráfico en silencio',
  'policy.glossary.errno.refused':
    'conexión rechazada: el host respondió, pero nada acepta conexiones en ese puerto',
  'policy.glossary.errno.hostUnreachable': 'no hay ruta al host: la red no puede llegar a esa dirección',
  'policy.glossary.errno.networkUnreachable':
    'red inaccesible: no hay ninguna ruta (a menudo una dirección IPv6 en una red solo IPv4)',
  'policy.glossary.errno.permission':
    'permiso denegado: una política de este equipo (SELinux, un cortafuegos local) detuvo la conexión',
  'policy.glossary.errno.reset':
    'conexión restablecida: el otro lado (o un equipo intermedio) cortó la conexión',
  'policy.glossary.errno.notFound': 'nombre de host no encontrado en el DNS',
  'policy.glossary.errno.dnsAgain': 'la consulta DNS falló temporalmente (sin respuesta del servidor DNS)',
  'policy.glossary.errno.nodemailerConnection': 'Nodemailer: falló la conexión con el servidor SMTP',
  'policy.glossary.errno.nodemailerSocket': 'Nodemailer: un error de red (socket)',
  'policy.glossary.errno.nodemailerAuth': 'Nodemailer: el servidor rechazó el inicio de sesión',
  'policy.glossary.errno.nodemailerNoAuth':
    'Nodemailer: el servidor pide inicio de sesión, pero no se dieron credenciales',
  'policy.glossary.errno.nodemailerTls': 'Nodemailer: falló la configuración de TLS (cifrado)',
  'policy.glossary.errno.nodemailerEnvelope':
    'Nodemailer: el servidor rechazó la dirección del remitente o de un destinatario',
  'policy.glossary.errno.nodemailerMessage': 'Nodemailer: el servidor rechazó el mensaje',
  'policy.glossary.errno.nodemailerProtocol': 'Nodemailer: el servidor respondió con algo que no es SMTP',
  'policy.glossary.errno.nodemailerDns': 'Nodemailer: no se pudo resolver el nombre del host SMTP',
  'policy.glossary.reply.421': 'servicio no disponible, el servidor cierra la conexión (temporal)',
  'policy.glossary.reply.432': 'hace falta cambiar la contraseña',
  'policy.glossary.reply.450': 'buzón no disponible en este momento (temporal)',
  'policy.glossary.reply.451': 'error local de procesamiento; inténtalo más tarde (temporal)',
  'policy.glossary.reply.452': 'almacenamiento insuficiente (temporal)',
  'policy.glossary.reply.454': 'fallo temporal de autenticación, o TLS no disponible en este momento',
  'policy.glossary.reply.455': 'el servidor no puede aceptar los parámetros (temporal)',
  'policy.glossary.reply.500': 'comando no reconocido',
  'policy.glossary.reply.501': 'error de sintaxis en los parámetros',
  'policy.glossary.reply.502': 'comando no implementado',
  'policy.glossary.reply.503': 'secuencia de comandos incorrecta',
  'policy.glossary.reply.504': 'parámetro de comando no implementado',
  'policy.glossary.reply.521': 'este host no acepta correo',
  'policy.glossary.reply.530': 'autenticación requerida (o STARTTLS primero)',
  'policy.glossary.reply.534': 'mecanismo de autenticación demasiado débil',
  'policy.glossary.reply.535': 'credenciales de autenticación no válidas',
  'policy.glossary.reply.538': 'este mecanismo de autenticación requiere cifrado',
  'policy.glossary.reply.550': 'buzón no disponible o acción rechazada por una política',
  'policy.glossary.reply.551': 'usuario no local',
  'policy.glossary.reply.552': 'se superó el almacenamiento asignado (mensaje o buzón demasiado grande)',
  'policy.glossary.reply.553': 'nombre de buzón no permitido (dirección rechazada)',
  'policy.glossary.reply.554': 'la transacción falló',
  'policy.glossary.reply.555': 'parámetros de MAIL FROM / RCPT TO no reconocidos',
  'policy.glossary.reply.556': 'el dominio no acepta correo',
  'policy.glossary.reply.temporary': 'fallo temporal: el remitente puede reintentar más tarde',
  'policy.glossary.reply.permanent': 'fallo permanente: reintentar de la misma forma volverá a fallar',
  'policy.glossary.enhanced.0.0': 'otro estado no definido',
  'policy.glossary.enhanced.1.0': 'otro estado de dirección',
  'policy.glossary.enhanced.1.1': 'dirección de buzón de destino incorrecta (no existe ese usuario)',
  'policy.glossary.enhanced.1.2': 'dirección del sistema de destino incorrecta',
  'policy.glossary.enhanced.1.3': 'sintaxis incorrecta en la dirección de buzón de destino',
  'policy.glossary.enhanced.1.4': 'dirección de buzón de destino ambigua',
  'policy.glossary.enhanced.1.5': 'dirección de destino válida',
  'policy.glossary.enhanced.1.6': 'el buzón de destino se ha trasladado, sin dirección de reenvío',
  'policy.glossary.enhanced.1.7': 'sintaxis incorrecta en la dirección del remitente',
  'policy.glossary.enhanced.1.8': 'dirección del sistema del remitente incorrecta',
  'policy.glossary.enhanced.1.9': 'mensaje retransmitido a un servidor de correo no conforme',
  'policy.glossary.enhanced.1.10':
    'la dirección del destinatario tiene MX nulo (el dominio no recibe correo)',
  'policy.glossary.enhanced.2.0': 'otro estado de buzón o no definido',
  'policy.glossary.enhanced.2.1': 'buzón desactivado, no acepta mensajes',
  'policy.glossary.enhanced.2.2': 'buzón lleno',
  'policy.glossary.enhanced.2.3': 'la longitud del mensaje supera el límite administrativo',
  'policy.glossary.enhanced.2.4': 'problema al expandir la lista de correo',
  'policy.glossary.enhanced.3.0': 'otro estado del sistema de correo o no definido',
  'policy.glossary.enhanced.3.1': 'sistema de correo lleno',
  'policy.glossary.enhanced.3.2': 'el sistema no acepta mensajes de la red',
  'policy.glossary.enhanced.3.3': 'el sistema no admite las funciones seleccionadas',
  'policy.glossary.enhanced.3.4': 'mensaje demasiado grande para el sistema',
  'policy.glossary.enhanced.3.5': 'sistema mal configurado',
  'policy.glossary.enhanced.4.0': 'otro estado de red o de enrutamiento, o no definido',
  'policy.glossary.enhanced.4.1': 'sin respuesta del host',
  'policy.glossary.enhanced.4.2': 'conexión defectuosa',
  'policy.glossary.enhanced.4.3': 'fallo del servidor de directorio (a menudo el DNS)',
  'policy.glossary.enhanced.4.4': 'no se puede enrutar',
  'policy.glossary.enhanced.4.5': 'congestión del sistema de correo',
  'policy.glossary.enhanced.4.6': 'bucle de enrutamiento detectado',
  'policy.glossary.enhanced.4.7': 'tiempo de entrega agotado',
  'policy.glossary.enhanced.5.0': 'otro estado de protocolo o no definido',
  'policy.glossary.enhanced.5.1': 'comando no válido',
  'policy.glossary.enhanced.5.2': 'error de sintaxis',
  'policy.glossary.enhanced.5.3': 'demasiados destinatarios',
  'policy.glossary.enhanced.5.4': 'argumentos de comando no válidos',
  'policy.glossary.enhanced.5.5': 'versión de protocolo incorrecta',
  'policy.glossary.enhanced.5.6': 'la línea del intercambio de autenticación es demasiado larga',
  'policy.glossary.enhanced.6.0': 'otro error de medio o no definido',
  'policy.glossary.enhanced.6.1': 'medio no admitido',
  'policy.glossary.enhanced.6.2': 'conversión requerida pero prohibida',
  'policy.glossary.enhanced.6.3': 'conversión requerida pero no admitida',
  'policy.glossary.enhanced.6.4': 'conversión realizada con pérdida',
  'policy.glossary.enhanced.6.5': 'la conversión falló',
  'policy.glossary.enhanced.6.6': 'contenido del mensaje no disponible',
  'policy.glossary.enhanced.6.7': 'direcciones no ASCII no permitidas para ese remitente o destinatario',
  'policy.glossary.enhanced.6.8': 'se requiere respuesta UTF-8, pero el cliente no la permite',
  'policy.glossary.enhanced.6.9': 'el encabezado UTF-8 no se puede transferir a un destinatario',
  'policy.glossary.enhanced.6.10':
    'se requiere respuesta UTF-8, pero el cliente no la permite (duplicado obsoleto de X.6.8)',
  'policy.glossary.enhanced.7.0': 'otro estado de seguridad o no definido',
  'policy.glossary.enhanced.7.1': 'entrega no autorizada, mensaje rechazado',
  'policy.glossary.enhanced.7.2': 'expansión de lista de correo prohibida',
  'policy.glossary.enhanced.7.3': 'conversión de seguridad requerida pero imposible',
  'policy.glossary.enhanced.7.4': 'funciones de seguridad no admitidas',
  'policy.glossary.enhanced.7.5': 'fallo criptográfico',
  'policy.glossary.enhanced.7.6': 'algoritmo criptográfico no admitido',
  'policy.glossary.enhanced.7.7': 'fallo de integridad del mensaje',
  'policy.glossary.enhanced.7.8': 'credenciales de autenticación no válidas',
  'policy.glossary.enhanced.7.9': 'mecanismo de autenticación demasiado débil',
  'policy.glossary.enhanced.7.10': 'se necesita cifrado',
  'policy.glossary.enhanced.7.11': 'el mecanismo de autenticación solicitado requiere cifrado',
  'policy.glossary.enhanced.7.12': 'hace falta cambiar la contraseña',
  'policy.glossary.enhanced.7.13': 'cuenta de usuario desactivada',
  'policy.glossary.enhanced.7.14': 'se requiere una relación de confianza',
  'policy.glossary.enhanced.7.15': 'nivel de prioridad demasiado bajo',
  'policy.glossary.enhanced.7.16': 'mensaje demasiado grande para la prioridad indicada',
  'policy.glossary.enhanced.7.17': 'el propietario del buzón ha cambiado',
  'policy.glossary.enhanced.7.18': 'el propietario del dominio ha cambiado',
  'policy.glossary.enhanced.7.19': 'no se puede completar la prueba RRVS',
  'policy.glossary.enhanced.7.20': 'no se encontró ninguna firma DKIM válida',
  'policy.glossary.enhanced.7.21': 'no se encontró ninguna firma DKIM aceptable',
  'policy.glossary.enhanced.7.22': 'no se encontró ninguna firma DKIM válida que coincida con el autor',
  'policy.glossary.enhanced.7.23': 'falló la validación SPF',
  'policy.glossary.enhanced.7.24': 'error en la validación SPF',
  'policy.glossary.enhanced.7.25': 'falló la validación del DNS inverso',
  'policy.glossary.enhanced.7.26': 'fallaron varias comprobaciones de autenticación',
  'policy.glossary.enhanced.7.27': 'la dirección del remitente tiene MX nulo',
  'policy.glossary.enhanced.7.28': 'avalancha de correo detectada',
  'policy.glossary.enhanced.7.29': 'fallo de validación ARC',
  'policy.glossary.enhanced.7.30': 'se requiere compatibilidad con REQUIRETLS',
  'policy.glossary.subject.0': 'otro problema',
  'policy.glossary.subject.1': 'problema de dirección',
  'policy.glossary.subject.2': 'problema de buzón',
  'policy.glossary.subject.3': 'problema del sistema de correo',
  'policy.glossary.subject.4': 'problema de red y enrutamiento',
  'policy.glossary.subject.5': 'problema del protocolo de entrega',
  'policy.glossary.subject.6': 'problema del contenido del mensaje',
  'policy.glossary.subject.7': 'problema de seguridad o de políticas',
  'policy.glossary.kind.success': 'correcto',
  'policy.glossary.kind.temporary': 'temporal',
  'policy.glossary.kind.permanent': 'permanente',
  'policy.glossary.enhanced.known': '{kind}: {detail}',
  'policy.glossary.enhanced.bySubject': '{kind}, {problem}',
};
