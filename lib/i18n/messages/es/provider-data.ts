import type { Catalog } from '../../catalog';

/** The provider records' prose in this language, by key (lib/providers/prose.ts). */
export const providerData: Catalog = {
  'provider.gmail.auth.0':
    'Google ya no acepta la contraseña de la cuenta desde las aplicaciones de correo. Usa una contraseña de aplicación (requiere la verificación en dos pasos) o una aplicación que inicie sesión con Google (OAuth).',
  'provider.gmail.auth.1':
    'Las aplicaciones que ofrecen «Iniciar sesión con Google» (OAuth2) no necesitan contraseña de aplicación.',
  'provider.gmail.note.0':
    'Las «aplicaciones menos seguras» (inicio de sesión con contraseña) se desactivaron para las cuentas personales el 2022-05-30.',
  'provider.gmail.server.1':
    'Google: «Usa el puerto 465, o el puerto 587 si tu cliente empieza en texto sin cifrar antes de enviar el comando STARTTLS».',
  'provider.google-workspace.auth.0':
    'Desde el 2024-09-30, las cuentas de Workspace solo aceptan OAuth o contraseñas de aplicación desde las aplicaciones de correo; el inicio de sesión con contraseña («aplicaciones menos seguras») está desactivado.',
  'provider.google-workspace.auth.1':
    'Las aplicaciones que inician sesión con Google (OAuth2) no necesitan contraseña de aplicación.',
  'provider.google-workspace.server.1':
    'Google: «Usa el puerto 465, o el puerto 587 si tu cliente empieza en texto sin cifrar antes de enviar el comando STARTTLS».',
  'provider.google-workspace.variant.smtp-relay':
    'Servicio de relay SMTP de Workspace (lo configura el administrador; por IP o con SMTP-AUTH)',
  'provider.outlook-com.auth.0':
    'Desde el 2024-09-16, las cuentas personales de Microsoft solo aceptan autenticación moderna (OAuth2); las contraseñas y las contraseñas de aplicación ya no funcionan para SMTP. Usa una aplicación de correo que inicie sesión con Microsoft.',
  'provider.microsoft-365.auth.0':
    'SMTP AUTH está desactivado en las organizaciones creadas después de enero de 2020. Un administrador debe permitirlo en el inquilino (SmtpClientAuthenticationDisabled) y en el buzón («SMTP autenticado»), y los valores predeterminados de seguridad no deben bloquearlo.',
  'provider.microsoft-365.auth.1':
    'La autenticación básica (Basic) para SMTP AUTH se está retirando (consulta el aviso con las fechas); OAuth2 sigue funcionando.',
  'provider.microsoft-365.server.0': 'Microsoft 365 no ofrece el puerto 465.',
  'provider.microsoft-365.username':
    'El nombre de inicio de sesión (UPN) del buzón, normalmente su dirección.',
  'provider.yahoo.auth.0':
    'Las aplicaciones de correo que no usan la página de inicio de sesión de Yahoo necesitan una contraseña de aplicación («Generar contraseña de aplicación» en Seguridad de la cuenta).',
  'provider.yahoo.auth.1':
    'Las aplicaciones que inician sesión a través de la página de Yahoo (OAuth2) no necesitan contraseña de aplicación.',
  'provider.yahoo.server.1': 'Lo indican guías de terceros; Thunderbird solo incluye el 465.',
  'provider.aol.auth.0':
    'AOL acepta OAuth2 o una contraseña. Ninguna fuente guardada confirma si exige una contraseña de aplicación para las aplicaciones de correo.',
  'provider.aol.server.1': 'Lo incluye Nodemailer; Thunderbird solo incluye el 465.',
  'provider.icloud.auth.0':
    'iCloud rechaza la contraseña de la cuenta de Apple por SMTP: crea una contraseña específica de app (requiere la autenticación de doble factor).',
  'provider.icloud.server.0': 'Usa el 587: los informes sobre el 465 no coinciden.',
  'provider.icloud.username': 'Tu dirección de iCloud, también cuando envías desde un dominio personalizado.',
  'provider.zoho.auth.0':
    'Con la autenticación en dos pasos activada, las aplicaciones de correo necesitan una contraseña específica de aplicación.',
  'provider.zoho.note.0': 'Usa el host del centro de datos donde está tu cuenta (zoho.eu, zoho.in, …).',
  'provider.zoho.variant.eu': 'Centro de datos de la UE',
  'provider.zoho.variant.in': 'Centro de datos de la India',
  'provider.zoho.variant.au': 'Centro de datos de Australia',
  'provider.zoho.variant.jp': 'Centro de datos de Japón',
  'provider.zoho.variant.ca': 'Centro de datos de Canadá',
  'provider.zoho.variant.org': 'Cuentas de organización (dominio personalizado), centro de datos de EE. UU.',
  'provider.fastmail.auth.0':
    'Fastmail: «No puedes usar tu contraseña habitual de Fastmail» en las aplicaciones de correo; crea una contraseña de aplicación.',
  'provider.fastmail.auth.1': 'El plan Basic no tiene acceso SMTP.',
  'provider.fastmail.server.0': 'Fastmail: «Cifrado SSL/TLS activado, pero no STARTTLS».',
  'provider.proton-bridge.auth.0':
    'Usa la contraseña que muestra Bridge, no la contraseña de tu cuenta de Proton.',
  'provider.proton-bridge.auth.1': 'Bridge requiere un plan de pago de Proton.',
  'provider.proton-bridge.server.0':
    'Proton Bridge se ejecuta en tu ordenador; usa el puerto SMTP que muestra Bridge (normalmente 1025). Su certificado es autofirmado.',
  'provider.gmx.auth.0':
    'Las cuentas de gmx.net deben permitir una vez el acceso por POP3 e IMAP («access via POP3 & IMAP») en la configuración del correo (lo indica la ISPDB de Thunderbird; no está confirmado si hace falta solo para enviar).',
  'provider.gmx.variant.net': 'Cuentas de gmx.net / gmx.de / gmx.at / gmx.ch',
  'provider.web-de.auth.0':
    'Permite una vez el acceso por POP3 e IMAP («access via POP3 & IMAP») en la configuración del correo de WEB.DE (lo indica la ISPDB de Thunderbird; no está confirmado si hace falta solo para enviar).',
  'provider.web-de.username': 'La ISPDB de Thunderbird indica la parte antes de la @.',
  'provider.mail-com.note.0':
    'mail.com gestiona unos 190 dominios de dirección; el archivo de la ISPDB los incluye todos.',
  'provider.yandex.auth.0':
    'Las aplicaciones de correo inician sesión con una contraseña de aplicación; con la autenticación en dos pasos activada, las contraseñas de aplicación son obligatorias.',
  'provider.yandex.auth.1': 'El servidor SMTP de Yandex también acepta OAuth (XOAUTH2).',
  'provider.yandex.variant.ru': 'Nombre de host ruso',
  'provider.sendgrid.auth.0': 'La contraseña es una clave de API con al menos el permiso «Mail».',
  'provider.sendgrid.username': 'Exactamente el texto «apikey», no la clave en sí.',
  'provider.mailgun.auth.0': 'Las credenciales SMTP se definen por cada dominio de envío.',
  'provider.mailgun.note.0':
    'EE. UU. y la UE son infraestructuras separadas: usa el host de la región en la que creaste tu dominio.',
  'provider.mailgun.username':
    'El usuario SMTP de tu dominio de envío (Sending → Domain settings → SMTP credentials), p. ej., postmaster@mg.example.com.',
  'provider.mailgun.variant.eu': 'Región de la UE (dominios creados en la UE)',
  'provider.amazon-ses.auth.0': 'Crea credenciales SMTP para la región desde la que envías.',
  'provider.amazon-ses.note.0': 'SES exige TLS en todas las conexiones.',
  'provider.amazon-ses.note.1':
    'En lugar del 2525, SES ofrece el 2587 (STARTTLS) y el 2465 (TLS Wrapper) cuando el 587 o el 465 están bloqueados.',
  'provider.amazon-ses.note.2':
    'EC2 restringe el puerto 25 de forma predeterminada: desde EC2 usa el 587 o el 2587.',
  'provider.amazon-ses.server.1': 'TLS Wrapper (TLS implícito).',
  'provider.amazon-ses.server.3': 'TLS Wrapper (TLS implícito).',
  'provider.amazon-ses.username':
    'Las credenciales SMTP de SES creadas en la consola de SES, no tus claves de acceso de AWS.',
  'provider.amazon-ses.variant.us-east-2': 'EE. UU. Este (Ohio)',
  'provider.amazon-ses.variant.us-west-1': 'EE. UU. Oeste (Norte de California)',
  'provider.amazon-ses.variant.us-west-2': 'EE. UU. Oeste (Oregón)',
  'provider.amazon-ses.variant.ca-central-1': 'Canadá (Central)',
  'provider.amazon-ses.variant.sa-east-1': 'América del Sur (São Paulo)',
  'provider.amazon-ses.variant.eu-central-1': 'Europa (Fráncfort)',
  'provider.amazon-ses.variant.eu-north-1': 'Europa (Estocolmo)',
  'provider.amazon-ses.variant.eu-west-1': 'Europa (Irlanda)',
  'provider.amazon-ses.variant.eu-west-2': 'Europa (Londres)',
  'provider.amazon-ses.variant.eu-west-3': 'Europa (París)',
  'provider.amazon-ses.variant.ap-northeast-1': 'Asia Pacífico (Tokio)',
  'provider.amazon-ses.variant.ap-northeast-2': 'Asia Pacífico (Seúl)',
  'provider.amazon-ses.variant.ap-northeast-3': 'Asia Pacífico (Osaka)',
  'provider.amazon-ses.variant.ap-south-1': 'Asia Pacífico (Mumbai)',
  'provider.amazon-ses.variant.ap-southeast-1': 'Asia Pacífico (Singapur)',
  'provider.amazon-ses.variant.ap-southeast-2': 'Asia Pacífico (Sídney)',
  'provider.amazon-ses.variant.us-gov-east-1': 'GovCloud (EE. UU. Este)',
  'provider.amazon-ses.variant.us-gov-west-1': 'GovCloud (EE. UU. Oeste)',
  'provider.postmark.auth.0':
    'El Server API Token (Server → API Tokens) como nombre de usuario y como contraseña.',
  'provider.postmark.server.0':
    'Postmark no tiene el puerto 465: si configuras el 465, la conexión se queda colgada.',
  'provider.postmark.username': 'El Server API Token, que se usa como nombre de usuario y como contraseña.',
  'provider.postmark.variant.broadcast': 'Flujo de mensajes masivos (Broadcast)',
  'provider.brevo.auth.0': 'Usa una clave SMTP, no la clave de API ni tu contraseña de Brevo.',
  'provider.brevo.note.0':
    'Brevo indica el 587 y el 2525 como puertos «no cifrados» («non-encrypted»); los clientes los protegen con STARTTLS.',
  'provider.brevo.username': 'El usuario SMTP que aparece en SMTP & API → SMTP.',
  'provider.smtp2go.auth.0': 'Crea un usuario SMTP y verifica tu remitente.',
  'provider.smtp2go.note.0':
    'Aquí los puertos 80 y 443 también transportan SMTP: útil cuando todos los puertos de correo están bloqueados.',
  'provider.smtp2go.username': 'Un usuario SMTP de Sending → SMTP Users.',
  'provider.smtp2go.variant.us': 'EE. UU.',
  'provider.smtp2go.variant.eu': 'UE/Reino Unido',
  'provider.smtp2go.variant.eu2': 'Solo UE',
  'provider.smtp2go.variant.au': 'Australia',
  'provider.mailjet.auth.0': 'La clave de API como nombre de usuario y la clave secreta como contraseña.',
  'provider.mailjet.server.1':
    'El tutorial de Compute Engine de Google envía a través de in-v3.mailjet.com:2525.',
  'provider.mailjet.server.2': 'Solo lo indican guías de terceros.',
  'provider.mailjet.username': 'Tu clave de API de Mailjet (la contraseña es la clave secreta).',
  'provider.sparkpost.auth.0':
    'La contraseña es una clave de API con el permiso «Send via SMTP» (enviar por SMTP).',
  'provider.sparkpost.server.1':
    'SparkPost: «un puerto alternativo para los casos en que el puerto 587 está bloqueado (como en un entorno de Google Compute Engine)».',
  'provider.sparkpost.variant.eu': 'SparkPost UE',
  'provider.cpanel.auth.0':
    'cPanel: «IMAP, POP3 y SMTP requieren autenticación» con la contraseña del buzón.',
  'provider.cpanel.note.0':
    'Cuentas de correo electrónico → Conectar dispositivos («Email Accounts → Connect Devices») muestra el host y los puertos exactos de tu cuenta.',
  'provider.cpanel.server.0':
    'La configuración SSL/TLS segura («Secure SSL/TLS Settings») de cPanel indica el nombre de host propio del servidor (p. ej., host55.registrar-servers.com); mail.<domain> con SSL suele fallar en la comprobación del certificado.',
  'provider.cpanel.server.1':
    'Algunos hosts de cPanel también escuchan en el 26 (o el 25) cuando el 587 está bloqueado.',
  'provider.cpanel.username': 'La dirección completa del buzón creado en cPanel.',
  'provider.plesk.auth.0':
    'El relay está configurado de forma predeterminada como «se requiere autorización» («authorization is required»): inicia sesión con la dirección y la contraseña del buzón.',
  'provider.plesk.server.0':
    'Los administradores de Plesk «también pueden pedir a sus clientes que indiquen el puerto 587» una vez activado el envío.',
  'provider.plesk.server.1': 'Se ofrece con frecuencia; ninguna página de Plesk guardada lo confirma.',
  'provider.directadmin.auth.0':
    'Inicia sesión con la dirección y la contraseña del buzón (lo habitual en los paneles de hosting; ninguna fuente guardada lo confirma para DirectAdmin).',
  'provider.directadmin.server.0':
    'Ninguna fuente guardada confirma los valores predeterminados de DirectAdmin; este es el patrón habitual mail.<domain> (Thunderbird prueba smtp., luego mail. y luego el dominio).',
  'policy.aws.summary':
    'AWS bloquea (antes «limitaba») el puerto 25 saliente en todas las instancias EC2. Las funciones de Lambda solo pueden enviar por el 25 desde una VPC detrás de una puerta de enlace NAT.',
  'policy.aws.how':
    'Envía el formulario de solicitud para eliminar las limitaciones de envío de correo («Request to remove email sending limitations») para la cuenta y la región. O envía a través de un relay en el 587/2587/465.',
  'policy.gcp.summary':
    'Google Cloud bloquea el puerto 25 saliente sin excepciones. «Aunque el puerto 25 está bloqueado, puedes usar el puerto 465, el 587 o un puerto no estándar para enviar correo a través de un relay».',
  'policy.gcp.how':
    'No se ofrece ninguna excepción. Envía a través de tu proveedor de correo en el 587/465 o de un relay en el 2525.',
  'policy.gcp.note.0':
    'Hasta 2018 aproximadamente, Google también bloqueaba el 465 y el 587 salvo hacia direcciones de Google; ahora están abiertos.',
  'policy.azure.summary':
    'Azure bloquea el puerto 25 saliente salvo en las suscripciones Enterprise Agreement y MCA-E. El relay autenticado en el 587 «no está restringido, sea cual sea el tipo de suscripción».',
  'policy.azure.how':
    'Solo las suscripciones Enterprise Agreement / MCA-E pueden enviar por el 25. Los demás usan un relay autenticado en el 587 (p. ej., Azure Communication Services, SendGrid).',
  'policy.azure.note.0': 'El bloqueo empezó para la mayoría de las suscripciones nuevas el 2017-11-15.',
  'policy.digitalocean.summary':
    'DigitalOcean bloquea SMTP en el puerto 25 desde los Droplets de las cuentas nuevas y no levanta el bloqueo; recomienda un relay como SendGrid.',
  'policy.digitalocean.how':
    'No se ofrece ninguna. Envía a través de tu proveedor en el 587/465 o de un relay (2525).',
  'policy.digitalocean.note.0':
    'Las fuentes no coinciden sobre el 465 y el 587: un estudio de 2026 dice que también están bloqueados (incluidas las Reserved IPs); una respuesta del soporte de 2019 decía que se podían usar. Pruébalos antes de confiar en cualquiera de las dos.',
  'policy.linode.summary':
    'Linode restringe las conexiones salientes en los puertos 25, 465 y 587 en todos los Linodes de las cuentas creadas después del 2019-11-05.',
  'policy.linode.how':
    'Configura registros A y de DNS inverso válidos y luego abre un ticket de soporte con los datos que pide la guía «Running a Mail Server» (ejecutar un servidor de correo).',
  'policy.vultr.summary':
    'Vultr bloquea el puerto 25 saliente de forma predeterminada. Algunos usuarios cuentan que el soporte lo activa si se pide y otros que ya no lo hace.',
  'policy.vultr.how':
    'Abre un ticket de soporte explicando el caso de uso; la aprobación no está garantizada.',
  'policy.hetzner.summary':
    'Hetzner: «El tráfico saliente hacia los puertos 25 y 465 está bloqueado de forma predeterminada en todos los Cloud Servers». El puerto 587 sigue abierto.',
  'policy.hetzner.how':
    'Envía una solicitud de límite («limit request») para el desbloqueo con un caso de uso válido, solo cuando la cuenta tenga un mes y la primera factura esté pagada. Hetzner decide caso por caso.',
  'policy.hetzner.note.0':
    'El bloqueo está antes del servidor, en la red: ufw e iptables parecen limpios mientras el 465 agota el tiempo de espera sin ningún aviso.',
  'policy.ovh.summary':
    'OVHcloud no bloquea el puerto 25 de forma predeterminada, pero lo cierra a nivel de red cuando su sistema antispam detecta spam procedente del servidor.',
  'policy.ovh.how':
    'Deja de enviar, limpia el servidor y luego solicita el desbloqueo desde el panel de control. «No es posible obtener una inclusión en lista blanca».',
  'policy.oracle-cloud.summary':
    'Oracle Cloud bloquea el puerto 25 saliente (cuentas Free Tier creadas después del 2021-06-25, según el documento 2787393.1 del soporte de Oracle).',
  'policy.oracle-cloud.how':
    'Las cuentas de pago pueden pedirlo al soporte de Oracle; las solicitudes de cuentas Always Free se rechazaron.',
  'policy.scaleway.summary':
    'Scaleway: «De forma predeterminada, los puertos SMTP remotos (25, 465 y 587) están bloqueados» en las instancias.',
  'policy.scaleway.how':
    'Activa SMTP en el grupo de seguridad de la instancia desde la consola (requiere una identidad verificada). Terraform no puede activarlo.',
  'policy.scaleway.note.0': 'Los Serverless Containers de Scaleway bloquean el 25 y el 465 salientes.',
  'policy.upcloud.summary':
    'UpCloud cierra el puerto 25 saliente «de forma predeterminada en todas las cuentas nuevas»; la prueba gratuita solo permite los puertos web estándar.',
  'policy.upcloud.how':
    'Contacta con el soporte con una prueba de identidad o de método de pago y describe el caso de uso.',
  'policy.contabo.summary':
    'No se encontró ninguna política de puertos publicada por Contabo. Algunos usuarios cuentan que los VPS de Contabo pueden enviar por el puerto 25.',
  'policy.contabo.how': 'Pregunta al soporte de Contabo.',
  'policy.comcast.summary':
    'Desde el 2012-08-01, Comcast «ya no permitirá de forma predeterminada el acceso al puerto 25 a nuestros usuarios residenciales de Internet»; recomienda el 587 con autenticación o el 465 con SSL.',
  'policy.comcast.how':
    'El bloqueo se quita «a petición a nuestro equipo Customer Security Assurance» (los servidores de comcast.net siguen rechazando el envío por el 25).',
  'policy.spectrum.summary':
    'Cuando se sospecha que un ordenador envía spam, un filtro en el cablemódem bloquea el puerto 25 saliente «no destinado a los servidores de correo de TWC». Cambia el cliente al 587.',
  'policy.spectrum.how': 'Limpia el ordenador infectado; mientras tanto, envía por el 587.',
  'policy.cox.summary':
    'Cox filtra el puerto 25 en ambos sentidos: «SMTP solo se permite en salida hacia los servidores SMTP proporcionados por Cox». El bloqueo empezó en junio de 2003.',
  'policy.cox.how': 'Usa el puerto de envío de tu proveedor (587/465) en lugar del 25.',
  'policy.deutsche-telekom.summary':
    'Cuando detecta spam desde una línea, Telekom bloquea el puerto 25/tcp hacia otras redes. Los smarthosts de Telekom (mailto.t-online.de, smtpmail.t-online.de, smtprelay.t-online.de y securesmtp.t-online.de), el webmail y los smarthosts de otros proveedores en puertos no estándar siguen funcionando.',
  'policy.deutsche-telekom.how':
    'Sigue los pasos del equipo de seguridad para proteger la línea; después se levanta el bloqueo.',
  'policy.deutsche-telekom.note.0':
    'Los routers Speedport con «sichere E-Mail-Server» activado solo permiten los puertos 25 y 587 hacia los servidores de la lista: si el 587 agota el tiempo de espera, la causa puede ser el router y no el servidor de correo.',
  'policy.swisscom.summary':
    'Swisscom filtra el puerto 25 saliente hacia servidores de correo y solo lo permite en determinadas condiciones; recomienda el puerto 587.',
  'policy.swisscom.how': 'Usa el puerto 587 con autenticación.',
  'policy.wessex-internet.summary':
    'Wessex Internet impide el TCP 25 saliente en la banda ancha residencial y de empresa, salvo hacia su relay.',
  'policy.wessex-internet.how': 'Usa el relay de Wessex o el 587/465 de tu proveedor.',
};
