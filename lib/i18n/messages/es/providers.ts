import type { TranslationOf } from '../../catalog';
import type { providers as english } from '../en/providers';

export const providers: TranslationOf<typeof english> = {
  'providers.auth.m365SmtpAuthDisabled.title':
    'Microsoft 365: SMTP AUTH está desactivado para este inquilino o este buzón',
  'providers.auth.m365SmtpAuthDisabled.summary':
    'SMTP AUTH está desactivado en las organizaciones creadas después de enero de 2020. Tres ajustes deben permitirlo: los valores predeterminados de seguridad, el ajuste del inquilino SmtpClientAuthenticationDisabled y «SMTP autenticado» del buzón.',
  'providers.auth.m365SmtpAuthDisabled.step1':
    'Pide a tu administrador de Microsoft 365 que active «SMTP autenticado» para este buzón.',
  'providers.auth.m365SmtpAuthDisabled.step2':
    'Si el inquilino lo bloquea (SmtpClientAuthenticationDisabled = true) o los valores predeterminados de seguridad están activos, el administrador debe permitir SMTP AUTH en el inquilino o exceptuar el buzón.',
  'providers.auth.m365SmtpAuthDisabled.step3':
    'Usa OAuth2 cuando la aplicación lo admita: la autenticación básica (Basic) para SMTP AUTH se está retirando.',

  'providers.auth.m365BasicAuthRetirement.title':
    'Microsoft 365: la autenticación básica (Basic) para SMTP AUTH se está retirando',
  'providers.auth.m365BasicAuthRetirement.summary':
    'Exchange Online está quitando el inicio de sesión con nombre de usuario y contraseña (Basic) del envío SMTP de clientes (Message Center MC786329). Las aplicaciones deben pasar a OAuth2 o a otra forma de enviar.',
  'providers.auth.m365BasicAuthRetirement.step1':
    'Si la aplicación o el dispositivo admite OAuth2 para SMTP, cámbialo a OAuth2.',
  'providers.auth.m365BasicAuthRetirement.step2':
    'Si no lo admite: envía a través de un relay SMTP con conector, Azure Communication Services Email, Microsoft 365 High Volume Email (correo interno) o un relay de terceros.',
  'providers.auth.m365BasicAuthRetirement.step3':
    'Hasta que cambie el valor predeterminado, un administrador puede mantener SMTP AUTH Basic por inquilino; aun así, planifica el cambio.',
  'providers.auth.m365BasicAuthRetirement.timeline.announced': 'Anunciado para septiembre de 2025.',
  'providers.auth.m365BasicAuthRetirement.timeline.delayed':
    'Aplazado: los rechazos empezarían el 2026-03-01 y llegarían al 100 % el 2026-04-30.',
  'providers.auth.m365BasicAuthRetirement.timeline.replanned':
    'Replanificado: sin cambios hasta diciembre de 2026.',
  'providers.auth.m365BasicAuthRetirement.timeline.defaultOff':
    'Finales de diciembre de 2026: desactivado de forma predeterminada en los inquilinos existentes; los administradores aún pueden activarlo. Los inquilinos creados después de diciembre de 2026 no lo tienen disponible de forma predeterminada.',
  'providers.auth.m365BasicAuthRetirement.timeline.finalDate':
    'Segundo semestre de 2027: Microsoft anuncia la fecha de retirada definitiva.',
  'providers.auth.m365BasicAuthRetirement.status.before':
    'Hasta finales de diciembre de 2026, SMTP AUTH con autenticación básica (Basic) sigue funcionando donde el inquilino lo permite.',
  'providers.auth.m365BasicAuthRetirement.status.after':
    'Desde finales de diciembre de 2026, SMTP AUTH con autenticación básica (Basic) está desactivado de forma predeterminada en los inquilinos existentes (un administrador puede volver a activarlo) y no disponible de forma predeterminada en los nuevos; Microsoft anunciará la fecha de retirada definitiva en el segundo semestre de 2027.',

  'providers.auth.outlookComOAuth.title':
    'Outlook.com / Hotmail: las contraseñas ya no funcionan en las aplicaciones de correo',
  'providers.auth.outlookComOAuth.summary':
    'Desde el 2024-09-16, las cuentas personales de Microsoft (outlook.com, hotmail.com, live.com, msn.com) solo aceptan autenticación moderna (OAuth2) en otras aplicaciones de correo. Las contraseñas y las contraseñas de aplicación se rechazan por SMTP.',
  'providers.auth.outlookComOAuth.step1':
    'Usa una aplicación de correo que inicie sesión con Microsoft (OAuth2): Outlook actual, Thunderbird, Apple Mail.',
  'providers.auth.outlookComOAuth.step2':
    'Para un script o dispositivo que solo puede enviar una contraseña, envía a través de otro proveedor o de un relay.',

  'providers.auth.googleLessSecureApps.title': 'Google: la contraseña de la cuenta ya no funciona para SMTP',
  'providers.auth.googleLessSecureApps.summary':
    'Google desactivó el inicio de sesión con contraseña para las «aplicaciones menos seguras»: en las cuentas personales el 2022-05-30 y en las de Workspace el 2024-09-30 («salvo las contraseñas de aplicación»). Gmail responde «535 5.7.8 Username and Password not accepted» o «534 5.7.9 Application-specific password required».',
  'providers.auth.googleLessSecureApps.step1': 'Activa la verificación en dos pasos en la cuenta de Google.',
  'providers.auth.googleLessSecureApps.step2':
    'Crea una contraseña de aplicación y úsala en lugar de la contraseña de la cuenta (el nombre de usuario sigue siendo tu dirección completa).',
  'providers.auth.googleLessSecureApps.step3': 'O usa una aplicación que inicie sesión con Google (OAuth2).',
  'providers.auth.googleLessSecureApps.timeline.personalOff':
    'Aplicaciones menos seguras desactivadas en las cuentas personales de Google.',
  'providers.auth.googleLessSecureApps.timeline.workspaceNew':
    'Workspace: se rechazan las conexiones nuevas de aplicaciones menos seguras.',
  'providers.auth.googleLessSecureApps.timeline.workspaceOff':
    'Workspace: inicio de sesión con contraseña desactivado para IMAP, SMTP, POP, CalDAV, CardDAV (salvo contraseñas de aplicación).',

  'providers.auth.appPassword.title': '{provider}: usa una contraseña de aplicación',
  'providers.auth.appPassword.step1':
    'Crea una contraseña de aplicación en la configuración de tu cuenta de {provider}.',
  'providers.auth.appPassword.step2':
    'Escríbela en la aplicación de correo en lugar de la contraseña de tu cuenta.',
  'providers.auth.yahoo.summary':
    'Las aplicaciones de correo que no usan la página de inicio de sesión de Yahoo deben iniciar sesión con una contraseña de aplicación («Generar contraseña de aplicación» en Seguridad de la cuenta). Las contraseñas de aplicación siguen funcionando aunque cambies la contraseña principal.',
  'providers.auth.icloud.summary':
    'iCloud Mail rechaza la contraseña de la cuenta de Apple por SMTP: crea una contraseña específica de app (requiere la autenticación de doble factor) y usa tu dirección de iCloud como nombre de usuario.',
  'providers.auth.fastmail.summary':
    'Fastmail: tu contraseña habitual de Fastmail no sirve en las aplicaciones de correo; crea una contraseña de aplicación con acceso SMTP. El plan Basic no incluye SMTP.',
  'providers.auth.yandex.summary':
    'Las aplicaciones de correo inician sesión en Yandex con una contraseña de aplicación; «cuando la autenticación en dos pasos está activada, las contraseñas de aplicación son obligatorias».',
  'providers.auth.zoho.summary':
    'Con la autenticación en dos pasos activada, Zoho Mail necesita una contraseña específica de aplicación en las aplicaciones de correo. Usa el host SMTP de tu centro de datos (smtp.zoho.eu, smtp.zoho.in, …).',
  'providers.username.email': 'tu dirección de correo completa',
  'providers.username.localpart': 'la parte de tu dirección antes de la @',
  'providers.username.literal': 'exactamente el texto «{value}»',
  'providers.discovery.detail.noUsableServer': 'ningún servidor SMTP utilizable',
  'providers.discovery.detail.noSrv': 'no hay registros SRV',
  'providers.discovery.detail.noDomain': 'el dominio no existe',
  'providers.discovery.detail.noMx': 'no hay registros MX',
  'providers.discovery.detail.mxUnknown': 'el host MX no es de ningún proveedor conocido',
  'providers.discovery.detail.mxUnknownIspdb':
    'el host MX no es de ningún proveedor conocido; ISPDB {base}: {detail}',
  'providers.discovery.detail.noPreset': 'no hay ajustes predefinidos para este dominio',
  'providers.discovery.detail.offline': 'sin conexión',
  'providers.discovery.detail.noNetwork': 'sin acceso a la red ni resolvedor',
  'providers.discovery.notConfirmed': '{text} (sin confirmar)',
  'providers.discovery.username.asGiven': 'tal como lo indique el proveedor',
  'providers.discovery.username.formed': 'formado según {template}',
  'providers.discovery.username.srv': 'no publicado en el DNS: normalmente tu dirección de correo completa',
  'providers.discovery.plainLast': 'Un servidor ofrecido sin TLS aparece al final; evítalo si funciona otro.',
  'providers.discovery.oauthOnly':
    'Este proveedor solo acepta inicio de sesión con OAuth2: usa una aplicación de correo que lo admita.',
  'providers.discovery.srvNotOffered': '{label} está publicado como no ofrecido (destino «.»).',
  'providers.discovery.mxProvider': 'El correo de este dominio lo gestiona {provider} (MX {mx}).',
  'providers.discovery.mxIspdb':
    'Encontrado a través del dominio {base} del host MX en la ISPDB de Thunderbird.',
  'providers.discovery.notAnAddress': 'Eso no es una dirección de correo ni un nombre de dominio.',
  'providers.discovery.skipped':
    'Se omitió la búsqueda en la red; solo se comprobaron los ajustes predefinidos incluidos.',
  'providers.discovery.failed':
    'La búsqueda en la red falló (sin respuesta del DNS ni de los servidores autoconfig); solo se comprobaron los ajustes predefinidos incluidos.',
  'providers.discovery.nothing':
    'Ninguna fuente publica ajustes de envío para este dominio. Pregunta al proveedor de correo o prueba smtp.<domain> / mail.<domain> en el 587 (STARTTLS) o el 465 (TLS).',
};
