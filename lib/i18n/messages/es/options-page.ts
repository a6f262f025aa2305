import type { TranslationOf } from '../../catalog';
import type { optionsPage as english } from '../en/options-page';

export const optionsPage: TranslationOf<typeof english> = {
  'options.detect.address': 'Tu dirección de correo electrónico',
  'options.detect.submit': 'Detectar la configuración',
  'options.detect.busy': 'Buscando la configuración…',
  'options.detect.enterAddress': 'Escribe una dirección de correo electrónico, como {example}.',
  'options.detect.isProvider': '{domain} es {name}.',
  'options.detect.found': 'Se encontró la configuración de {domain}.',
  'options.detect.none':
    'No se encontró configuración para {domain}. Elige el proveedor en la lista o pregunta a tu proveedor de correo cuál es su servidor SMTP.',
  'options.detect.attempts': 'Qué se consultó',
  'options.detect.outcome.found': 'encontrado',
  'options.detect.outcome.notFound': 'no encontrado',
  'options.detect.outcome.error': 'error',
  'options.detect.outcome.skipped': 'omitido',

  'options.native.intro':
    'Instala el asistente una vez (necesita Node.js 20 o posterior) y después pruébalo. No queda ningún servidor en marcha: el navegador inicia el asistente cuando ejecutas una prueba.',
  'options.native.copyInstall': 'Copiar el comando de instalación',
  'options.native.permission':
    'El navegador debe permitir que SMTP Doctor se comunique con programas de este equipo (mensajería nativa).',
  'options.native.allow': 'Permitir pruebas locales',
  'options.native.reloadNeeded':
    'Permitido. El navegador lo habilita solo en las páginas que se abran a partir de ahora: vuelve a cargar esta página.',
  'options.native.reload': 'Volver a cargar',
  'options.native.testing': 'Probando…',
  'options.native.test': 'Probar el asistente',
  'options.native.connected': 'Asistente de SMTP Doctor {version} en este equipo',
  'options.native.notRunning': 'El asistente no está instalado o no se inició.',
  'options.native.runThis': 'Ejecuta esto en un terminal y vuelve a probar:',

  'options.check.connected': 'Conectado: {who}.',
  'options.check.connectedPorts': 'Conectado: {who}, probando los puertos {ports}.',
  'options.check.connectedLab': 'Conectado: {who} (modo laboratorio: se permiten destinos de loopback).',
  'options.check.connectedPortsLab':
    'Conectado: {who}, probando los puertos {ports} (modo laboratorio: se permiten destinos de loopback).',
  'options.check.unauthorized':
    'El servidor de pruebas rechazó el token. Vuelve a copiarlo de lo que muestra.',
  'options.check.broken': 'Algo respondió, pero no funcionó: {error}.',

  'options.builtIn.missing':
    'El navegador no permite que SMTP Doctor lea los sitios de webmail y paneles de hosting que vigila ({sites} …), así que no puede encontrar errores de envío en ellos.',
  'options.builtIn.denied': 'No se concedió el acceso.',
  'options.builtIn.allow': 'Permitir el acceso a estos sitios',

  'options.sites.invalid': 'Escribe un nombre de host, como {example} o {wildcard}.',
  'options.sites.refused': 'El navegador rechazó la solicitud: {error}',
  'options.sites.denied': 'No se concedió el acceso, así que el sitio no se vigila.',
  'options.sites.failed': 'No se pudo empezar a vigilar el sitio: {error}',

  'options.import.notJson': 'El archivo no es un JSON válido.',
  'options.import.notOurs': 'Este no es un archivo de configuración de SMTP Doctor.',
  'options.import.unknownVersion': 'El archivo tiene una versión de configuración desconocida.',
  'options.import.newer':
    'El archivo es de una versión más reciente (configuración v{version}); actualiza la extensión.',
  'options.import.empty': 'El archivo no contiene ninguna configuración.',

  'options.problem.notObject': 'no es un objeto',
  'options.problem.notText': 'no es un texto',
  'options.problem.incompleteServer': 'configuración de servidor incompleta',
  'options.problem.unknownPlace': 'lugar desconocido',
  'options.problem.notHttp': 'no es una dirección http(s)',
  'options.problem.unknownRoute': 'vía de prueba desconocida',
  'options.problem.notSite': 'no es un sitio',
  'options.problem.notSitePattern': 'no es un patrón de sitio: {pattern}',
  'options.problem.notList': 'no es una lista',
  'options.problem.unknownResolver': 'resolvedor desconocido',
  'options.problem.unknownLanguage': 'idioma desconocido: {value}',
  'options.problem.unreadable': 'no se pudo leer',
};
