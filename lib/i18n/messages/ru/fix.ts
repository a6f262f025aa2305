import type { TranslationOf } from '../../catalog';
import type { fix as english } from '../en/fix';

export const fix: TranslationOf<typeof english> = {
  'fix.label.server': 'Сервер',
  'fix.label.port': 'Порт',
  'fix.label.security': 'Защита',
  'fix.label.username': 'Имя пользователя',
  'fix.security.ssl': 'SSL/TLS (шифрование с первого байта)',
  'fix.secret.password': 'пароль вашего почтового ящика',
  'fix.secret.appPassword': 'пароль приложения',
  'fix.secret.apiKey': 'ключ API',
  'fix.secret.smtpPassword': 'пароль SMTP',
  'fix.secret.bridgePassword': 'пароль Bridge',
  'fix.providerFallback': 'ваш почтовый провайдер',

  'fix.walkthrough.title': 'Отправка через {provider}: {host}, порт {port}, {security}',
  'fix.walkthrough.settingsPlace.thisDevice':
    'Откройте настройки сервера исходящей почты (SMTP) в программе, которая отправляет письма, — инструкция для вашей программы ниже.',
  'fix.walkthrough.settingsPlace.webServer':
    'Откройте почтовые настройки (SMTP) сайта: конфигурацию веб-приложения или настройки почты в панели хостинга.',
  'fix.walkthrough.settingsPlace.mailServer':
    'Откройте настройки ретрансляции (smarthost) сервера, который отправляет почту.',
  'fix.walkthrough.server': 'Укажите сервер (хост): {host}.',
  'fix.walkthrough.port': 'Укажите порт {port} и защиту соединения: {security}.',
  'fix.walkthrough.username': 'Включите проверку подлинности и введите имя пользователя: {username}.',
  'fix.walkthrough.create.appPassword':
    'Создайте пароль приложения для {provider} и вставьте его в поле пароля — не ваш обычный пароль для входа.',
  'fix.walkthrough.create.apiKey':
    'Создайте ключ API для {provider} и вставьте его в поле пароля — не ваш обычный пароль для входа.',
  'fix.walkthrough.create.smtpPassword':
    'Создайте пароль SMTP для {provider} и вставьте его в поле пароля — не ваш обычный пароль для входа.',
  'fix.walkthrough.create.bridgePassword':
    'Создайте пароль Bridge для {provider} и вставьте его в поле пароля — не ваш обычный пароль для входа.',
  'fix.walkthrough.createLink.appPassword': 'Создать пароль приложения',
  'fix.walkthrough.createLink.apiKey': 'Создать ключ API',
  'fix.walkthrough.createLink.smtpPassword': 'Создать пароль SMTP',
  'fix.walkthrough.createLink.bridgePassword': 'Создать пароль Bridge',
  'fix.walkthrough.enter.password': 'В поле пароля введите пароль вашего почтового ящика.',
  'fix.walkthrough.enter.appPassword': 'В поле пароля введите пароль приложения.',
  'fix.walkthrough.enter.apiKey': 'В поле пароля введите ключ API.',
  'fix.walkthrough.enter.smtpPassword': 'В поле пароля введите пароль SMTP.',
  'fix.walkthrough.enter.bridgePassword': 'В поле пароля введите пароль Bridge.',
  'fix.walkthrough.test': 'Сохраните и отправьте тестовое письмо самому себе.',
  'fix.walkthrough.note.ssl':
    'Порт {port} ждёт TLS с первого байта: если выбрать здесь STARTTLS, соединение зависнет или оборвётся с ошибкой «wrong version number».',
  'fix.walkthrough.note.starttls':
    'Порт {port} начинает без шифрования и переходит на TLS через STARTTLS: если выбрать здесь SSL/TLS, соединение не установится.',

  'fix.port25.measuredFrom.thisComputer': 'Измерено с этого компьютера:',
  'fix.port25.measuredFrom.probeBackend': 'Измерено сервисом проверки:',
  'fix.port25.tcp.open': 'соединение установлено',
  'fix.port25.tcp.timeout': 'нет ответа (истекло время ожидания соединения)',
  'fix.port25.tcp.refused': 'в соединении отказано',
  'fix.port25.tcp.unreachable': 'сеть недоступна',
  'fix.port25.tcp.dnsError': 'имя хоста не удалось разрешить',
  'fix.port25.evidence.line': 'Порт {port}: {result}',
  'fix.port25.evidence.lineTo': 'Порт {port} к {host}: {result}',
  'fix.port25.evidence.after': 'через {ms} мс',
  'fix.port25.evidence.greeting': '(приветствие: «{banner}»)',
  'fix.port25.evidence.tested': '— проверено {time} UTC',
  'fix.port25.why.port25':
    'Через порт 25 почтовые серверы передают письма друг другу. Заражённые компьютеры и арендованные серверы используют его, чтобы рассылать спам прямо на серверы получателей, поэтому большинство интернет-провайдеров и облачных хостингов блокируют исходящие соединения на нём.',
  'fix.port25.why.submission':
    'Почтовым программам и сайтам порт 25 не нужен: они передают письма своему провайдеру через порт 587 (STARTTLS) или 465 (SSL/TLS) с именем пользователя и паролем, и эти порты предназначены для клиентов.',
  'fix.port25.why.timeout':
    'Заблокированный порт проявляется как соединение, у которого истекает время ожидания, а не как неверный пароль, — смена учётных данных не поможет.',
  'fix.port25.why.otherPort':
    'Что-то между этим отправителем и сервером отбрасывает соединения на порт {port}.',
  'fix.port25.submission.title.admin': 'Отправлять через почтового провайдера на порт 587 или 465',
  'fix.port25.submission.title.sender': 'Отправлять через вашего провайдера на порт 587 или 465',
  'fix.port25.submission.settings.admin':
    'В почтовых настройках сайта (веб-приложения или панели хостинга) укажите {host}, порт {port}, {security}, с проверкой подлинности. Если у вас собственный почтовый сервер, настройте его на ретрансляцию через этот сервер («smarthost») вместо доставки через порт 25.',
  'fix.port25.submission.settings.sender':
    'Укажите в программе {host}, порт {port}, {security}, с проверкой подлинности. Если у вас собственный почтовый сервер, настройте его на ретрансляцию через этот сервер («smarthost») вместо доставки через порт 25.',
  'fix.port25.submission.generic.admin':
    'В почтовых настройках сайта укажите сервер отправки почтового провайдера на порту 587 (STARTTLS) или 465 (SSL/TLS) с именем пользователя и паролем почтового ящика или настройте сервер на ретрансляцию через него («smarthost») вместо доставки через порт 25.',
  'fix.port25.submission.generic.sender':
    'Используйте сервер отправки вашего почтового провайдера на порту 587 (STARTTLS) или 465 (SSL/TLS) с вашим именем пользователя и паролем. Если у вас собственный почтовый сервер, настройте его на ретрансляцию через такой сервер («smarthost») вместо доставки через порт 25.',
  'fix.port25.submission.createAppPassword': 'Создать пароль приложения',
  'fix.port25.submission.blockedOne.policy':
    'Внимание: порт {port} здесь тоже заблокирован (правила {policy}).',
  'fix.port25.submission.blockedOne.probe':
    'Внимание: порт {port} здесь тоже заблокирован (по результатам проверки).',
  'fix.port25.submission.blockedBoth.policy':
    'Внимание: порты {first} и {second} здесь тоже заблокированы (правила {policy}).',
  'fix.port25.submission.blockedBoth.probe':
    'Внимание: порты {first} и {second} здесь тоже заблокированы (по результатам проверки).',
  'fix.port25.relay.title': 'Использовать сервис ретрансляции на порту 2525',
  'fix.port25.relay.text':
    'Сервисы ретрансляции принимают соединения на порту 2525 для сетей, где обычные порты заблокированы: {relays}. Зарегистрируйтесь, подтвердите домен отправителя и используйте их хост с портом 2525 и STARTTLS.',
  'fix.port25.relay.blocked': 'Внимание: проверка не смогла достучаться и до порта 2525 отсюда.',
  'fix.port25.ask.title.policy': 'Попросить {policy} открыть порт {port}',
  'fix.port25.ask.title.admin': 'Попросить хостинг-провайдера открыть порт {port}',
  'fix.port25.ask.title.sender': 'Попросить интернет-провайдера или хостинг открыть порт {port}',
  'fix.port25.ask.text.admin':
    'Спросите компанию, у которой размещён сервер, заблокирован ли у неё исходящий порт {port} и как получить исключение. В запросе ниже указан порт.',
  'fix.port25.ask.text.sender':
    'Спросите вашего интернет-провайдера или хостинг, заблокирован ли исходящий порт {port} и как получить исключение. В запросе ниже указаны порт и результаты измерений.',
  'fix.port25.ask.howLink': '{policy}: как подать запрос',
  'fix.port25.title.policy': '{policy} блокирует исходящий порт {port}',
  'fix.port25.title.admin': 'Сеть сервера, возможно, блокирует исходящий порт {port}',
  'fix.port25.title.sender': 'Исходящий порт {port} заблокирован в этой сети',
  'fix.port25.request.greeting.policy': 'Здравствуйте, служба поддержки {policy}!',
  'fix.port25.request.greeting.generic': 'Здравствуйте!',
  'fix.port25.request.allow.server':
    'Прошу разрешить исходящие соединения на TCP-порт {port} (SMTP) с моего сервера.',
  'fix.port25.request.allow.serverHost':
    'Прошу разрешить исходящие соединения на TCP-порт {port} (SMTP) с моего сервера {host}.',
  'fix.port25.request.allow.connection':
    'Прошу разрешить исходящие соединения на TCP-порт {port} (SMTP) с моего подключения.',
  'fix.port25.request.allow.connectionHost':
    'Прошу разрешить исходящие соединения на TCP-порт {port} (SMTP) с моего подключения {host}.',
  'fix.port25.request.measured': 'Что я измерил с этой машины:',
  'fix.port25.request.noEvidence':
    'Соединения с неё с почтовыми серверами на порту {port} обрываются по тайм-ауту, а другие порты работают.',
  'fix.port25.request.documentation': 'В вашей документации сказано: {summary}',
  'fix.port25.request.whatSends':
    'Что отправляет почту: [опишите — например, мой собственный почтовый сервер для example.com, около N писем в день моим клиентам].',
  'fix.port25.request.hygiene':
    'У сервера есть действующая обратная запись DNS (PTR), SPF и DKIM для моего домена, и он не является открытым ретранслятором. [исправьте под свою конфигурацию]',
  'fix.port25.request.remove':
    'Прошу снять ограничение на исходящий порт {port} или сообщить, что ещё от меня нужно.',
  'fix.port25.request.thanks': 'Спасибо,',
  'fix.port25.request.signature': '[ваше имя, номер клиента или договора]',
  'fix.port25.request.to.admin': 'хостинг-провайдер',
  'fix.port25.request.to.sender': 'ваш интернет-провайдер или хостинг',
  'fix.port25.request.subject': 'Запрос на открытие исходящего TCP-порта {port}',
  'fix.port25.request.subjectHost': 'Запрос на открытие исходящего TCP-порта {port} для {host}',
};
