import type { TranslationOf } from '../../catalog';
import type { optionsPage as english } from '../en/options-page';

export const optionsPage: TranslationOf<typeof english> = {
  'options.detect.address': 'Ваш адрес электронной почты',
  'options.detect.submit': 'Определить настройки',
  'options.detect.busy': 'Ищем настройки…',
  'options.detect.enterAddress': 'Введите адрес электронной почты, например {example}.',
  'options.detect.isProvider': '{domain} — это {name}.',
  'options.detect.found': 'Настройки для {domain} найдены.',
  'options.detect.none':
    'Настройки для {domain} не найдены. Выберите провайдера из списка или узнайте адрес SMTP-сервера у своего почтового провайдера.',
  'options.detect.attempts': 'Что проверялось',
  'options.detect.outcome.found': 'найдено',
  'options.detect.outcome.notFound': 'не найдено',
  'options.detect.outcome.error': 'ошибка',
  'options.detect.outcome.skipped': 'пропущено',

  'options.native.intro':
    'Установите помощник один раз (нужен Node.js 20 или новее), затем проверьте его. Постоянно работающего сервера нет: браузер сам запускает помощник, когда вы запускаете проверку.',
  'options.native.copyInstall': 'Скопировать команду установки',
  'options.native.permission':
    'Браузер должен разрешить SMTP Doctor обмениваться данными с программами на этом компьютере (native messaging).',
  'options.native.allow': 'Разрешить локальные проверки',
  'options.native.reloadNeeded':
    'Разрешено. Браузер включает это только на страницах, открытых с этого момента: перезагрузите эту страницу.',
  'options.native.reload': 'Перезагрузить',
  'options.native.testing': 'Проверяем…',
  'options.native.test': 'Проверить помощник',
  'options.native.connected': 'Помощник SMTP Doctor {version} на этом компьютере',
  'options.native.notRunning': 'Помощник не установлен или не запустился.',
  'options.native.runThis': 'Выполните эту команду в терминале, затем проверьте снова:',

  'options.check.connected': 'Подключено: {who}.',
  'options.check.connectedPorts': 'Подключено: {who}, проверяемые порты: {ports}.',
  'options.check.connectedLab': 'Подключено: {who} (лабораторный режим: адреса loopback разрешены).',
  'options.check.connectedPortsLab':
    'Подключено: {who}, проверяемые порты: {ports} (лабораторный режим: адреса loopback разрешены).',
  'options.check.unauthorized': 'Сервер проверок отклонил токен. Скопируйте его заново из вывода сервера.',
  'options.check.broken': 'Что-то ответило, но не сработало: {error}.',

  'options.builtIn.missing':
    'Браузер не разрешает SMTP Doctor читать сайты веб-почты и панелей хостинга, за которыми он следит ({sites} …), поэтому он не может находить там ошибки отправки.',
  'options.builtIn.denied': 'Доступ не предоставлен.',
  'options.builtIn.allow': 'Разрешить доступ к этим сайтам',

  'options.sites.invalid': 'Введите имя хоста, например {example} или {wildcard}.',
  'options.sites.refused': 'Браузер отклонил запрос: {error}',
  'options.sites.denied': 'Доступ не предоставлен, поэтому сайт не отслеживается.',
  'options.sites.failed': 'Не удалось начать отслеживать сайт: {error}',

  'options.import.notJson': 'Файл не является корректным JSON.',
  'options.import.notOurs': 'Это не файл настроек SMTP Doctor.',
  'options.import.unknownVersion': 'У файла неизвестная версия настроек.',
  'options.import.newer': 'Файл создан более новой версией (настройки v{version}); обновите расширение.',
  'options.import.empty': 'В файле нет настроек.',

  'options.problem.notObject': 'не объект',
  'options.problem.notText': 'не текст',
  'options.problem.incompleteServer': 'неполные настройки сервера',
  'options.problem.unknownPlace': 'неизвестное место',
  'options.problem.notHttp': 'не адрес http(s)',
  'options.problem.unknownRoute': 'неизвестный способ проверки',
  'options.problem.notSite': 'не сайт',
  'options.problem.notSitePattern': 'не шаблон сайта: {pattern}',
  'options.problem.notList': 'не список',
  'options.problem.unknownResolver': 'неизвестный DNS-резолвер',
  'options.problem.unknownLanguage': 'неизвестный язык: {value}',
  'options.problem.unreadable': 'не удалось прочитать',
};
