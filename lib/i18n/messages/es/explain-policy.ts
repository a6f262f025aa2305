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
};
