import type { TranslationOf } from '../../catalog';
import type { probesUi as english } from '../en/probes';

export const probesUi: TranslationOf<typeof english> = {
  'probes.login.summary': 'Comprobar el inicio de sesión',
  'probes.login.host': 'Servidor SMTP',
  'probes.login.hostPlaceholder': 'el servidor SMTP de tu proveedor',
  'probes.login.port': 'Puerto',
  'probes.login.user': 'Nombre de usuario',
  'probes.login.pass': 'Contraseña o contraseña de aplicación',
  'probes.login.checking': 'Comprobando…',
  'probes.login.check': 'Comprobar inicio de sesión',
  'probes.login.hint':
    'Un solo intento de inicio de sesión desde este equipo, a través de tu servidor de pruebas. La contraseña no se guarda ni se registra.',
  'probes.login.chooseProvider': 'Elige tu proveedor',
  'probes.login.sendsTo': 'Tu contraseña se enviará a {target}',
  'probes.login.notProvider': '{target} no es un servidor de {provider}.',
  'probes.login.onlyProvider':
    'Envía tu contraseña solo a un servidor que sepas que es de tu proveedor ({host}).',
  'probes.login.noProviderTarget':
    'No has elegido ningún proveedor de correo, así que nada confirma este servidor.',
  'probes.login.noProvider': 'No has elegido ningún proveedor de correo.',
  'probes.login.checkTarget':
    'Comprueba que {target} es el servidor SMTP de tu proveedor antes de enviar tu contraseña.',
  'probes.login.typeServer':
    'Escribe el servidor SMTP de tu proveedor y comprueba que es suyo antes de enviar tu contraseña.',
  'probes.login.notRunning': 'El servidor de pruebas no está en marcha.',
  'probes.login.startIt': 'Inícialo en este equipo:',
  'probes.login.copyStart': 'Copiar el comando de inicio',
  'probes.login.notTried': 'No se intentó:',
  'probes.login.accepted': 'Aceptado:',
  'probes.login.acceptedDetail':
    'el servidor en el puerto {port} aceptó este nombre de usuario y esta contraseña.',
  'probes.login.rejected': 'Rechazado:',
  'probes.login.rejectedCode': 'Rechazado ({code}):',
  'probes.login.refused': 'el servidor rechazó el inicio de sesión.',
  'probes.runner.noLogin': 'El servidor de pruebas no hizo la comprobación del inicio de sesión.',
  'probes.nativeLabel': 'el asistente de SMTP Doctor en este equipo',
  'probes.dns.off': 'Las comprobaciones DNS están desactivadas.',
  'probes.dns.chooseResolver': 'Elige un resolvedor en la configuración',
  'probes.dns.title': 'Comprobaciones DNS',
  'probes.dns.host': 'Servidor SMTP',
  'probes.dns.domain': 'Tu dominio',
  'probes.dns.checking': 'Comprobando…',
  'probes.dns.check': 'Comprobar DNS',
  'probes.dns.asks': 'Consulta a {resolver} por HTTPS, solo cuando pulsas el botón.',
  'probes.dns.results': 'Resultados DNS',
  'probes.manual.server': 'En el servidor',
  'probes.manual.typeHost':
    'Escribe arriba el servidor que quieres probar para obtener comandos que puedes ejecutar tú mismo.',
  'probes.manual.badHost': 'Ese nombre de host no se puede usar en un comando.',
  'probes.manual.title': 'Comprobar a mano',
  'probes.manual.port': 'Puerto',
  'probes.manual.platform': 'Sistema',
  'probes.manual.copy': 'Copiar el comando {tool}',
  'probes.manual.howToRead': 'Cómo leer el resultado',
};
