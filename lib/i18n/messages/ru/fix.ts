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
  'fix.client.outlook.name': 'Outlook (классическая версия для ПК)',
  'fix.client.appleMail.name': 'Apple Mail (Mac)',
  'fix.client.gmailSendAs.name': 'Gmail «Отправлять письма как»',
  'fix.client.thunderbird.open':
    'Откройте «Параметры учётной записи» и выберите слева «Сервер исходящей почты (SMTP)».',
  'fix.client.thunderbird.select':
    'Выберите сервер, который использует ваша учётная запись, и нажмите «Изменить…» (или «Добавить…» для нового).',
  'fix.client.thunderbird.serverName': 'Имя сервера: {host}',
  'fix.client.thunderbird.port': 'Порт: {port}',
  'fix.client.thunderbird.security': 'Защита соединения: {security}',
  'fix.client.thunderbird.auth':
    'Метод аутентификации: Обычный пароль (OAuth2, если этого требует провайдер)',
  'fix.client.thunderbird.username': 'Имя пользователя: {username}',
  'fix.client.thunderbird.ok':
    'Нажмите «ОК». При следующей отправке Thunderbird спросит пароль; введите: {secret}.',
  'fix.client.thunderbird.note':
    'Один сервер исходящей почты может обслуживать несколько учётных записей: изменение затронет их все.',
  'fix.client.outlook.open':
    'Выберите «Файл» → «Настройка учётных записей» → «Настройка учётных записей» и дважды щёлкните учётную запись.',
  'fix.client.outlook.server': 'Сервер исходящей почты (SMTP): {host}',
  'fix.client.outlook.auth':
    'Откройте «Другие настройки» → «Сервер исходящей почты» и отметьте «SMTP-серверу требуется проверка подлинности».',
  'fix.client.outlook.advanced':
    'На вкладке «Дополнительно» укажите порт сервера исходящей почты {port} и шифрование {security}.',
  'fix.client.outlook.credentials': 'Имя пользователя: {username}; пароль: {secret}.',
  'fix.client.outlook.test': 'Нажмите «ОК», затем «Далее» и дайте Outlook проверить настройки.',
  'fix.client.outlook.note':
    'Учётным записям Outlook.com и Microsoft 365, добавленным через «Войти с учётной записью Microsoft», всё это не нужно: они используют OAuth.',
  'fix.client.appleMail.open':
    'Выберите «Почта» → «Настройки» (в старых версиях macOS — тоже) → «Учётные записи», выберите учётную запись и нажмите «Настройки сервера».',
  'fix.client.appleMail.list':
    'Откройте всплывающее меню «Учётная запись исходящей почты» и выберите «Изменить список SMTP-серверов».',
  'fix.client.appleMail.host': 'Имя узла: {host}',
  'fix.client.appleMail.credentials': 'Имя пользователя: {username}; Пароль: {secret}',
  'fix.client.appleMail.port':
    'Выключите «Автоматически управлять настройками подключения», затем укажите порт {port} и включите TLS/SSL.',
  'fix.client.appleMail.save': 'Нажмите «ОК», затем «Сохранить».',
  'fix.client.appleMail.note':
    'Когда включено «Автоматически управлять настройками подключения», Почта при неудачной отправке сама пробует другие порты и режимы TLS.',
  'fix.client.gmailSendAs.open': 'В Gmail откройте «Настройки» → «Все настройки» → «Аккаунты и импорт».',
  'fix.client.gmailSendAs.add':
    'В разделе «Отправлять письма как» нажмите «Добавить другой адрес электронной почты», введите имя и адрес и нажмите «Следующий шаг».',
  'fix.client.gmailSendAs.server': 'SMTP-сервер: {host}; Порт: {port}',
  'fix.client.gmailSendAs.credentials': 'Имя пользователя: {username}; Пароль: {secret}',
  'fix.client.gmailSendAs.ssl':
    'Выберите «Защищенное соединение с использованием SSL» (SSL с первого байта, обычно порт 465).',
  'fix.client.gmailSendAs.tls':
    'Выберите «Защищенное соединение с использованием TLS» (так Google называет STARTTLS, обычно порт 587).',
  'fix.client.gmailSendAs.confirm':
    'Нажмите «Добавить аккаунт», затем подтвердите код, который Gmail пришлёт на этот адрес.',
  'fix.client.gmailSendAs.note':
    'Здесь Gmail отправляет через сервер другого провайдера, поэтому действуют правила этого провайдера о паролях приложений.',
  'fix.client.wp.open':
    'В WordPress откройте WP Mail SMTP → «Настройки» и выберите способ отправки «Другой SMTP».',
  'fix.client.wp.host': 'SMTP-хост: {host}',
  'fix.client.wp.encryption': 'Шифрование: {encryption}; SMTP-порт: {port}',
  'fix.client.wp.auth': 'Аутентификация: включена',
  'fix.client.wp.credentials': 'Имя пользователя SMTP: {username}; Пароль SMTP: {secret}',
  'fix.client.wp.test': 'Сохраните, затем воспользуйтесь WP Mail SMTP → «Инструменты» → «Тест email».',
  'fix.client.wp.config':
    'Или пропишите настройки в wp-config.php (ниже) — тогда пароль не хранится в базе данных.',
  'fix.client.wp.target': 'wp-config.php, над строкой «That’s all, stop editing!»',
  'fix.client.wp.note':
    'В WP Mail SMTP (как и в PHPMailer) «TLS» означает STARTTLS, а «SSL» — TLS с первого байта.',
  'fix.client.wp.comment.ssl': "'ssl' = SSL/TLS (465), 'tls' = STARTTLS (587)",
  'fix.client.phpmailer.step':
    'Задайте свойства SMTP, как ниже; храните пароль в переменной окружения SMTP_PASSWORD.',
  'fix.client.phpmailer.target': 'ваш PHP-код, отправляющий почту',
  'fix.client.nodemailer.step':
    'Создайте транспорт, как ниже; храните пароль в переменной окружения SMTP_PASSWORD.',
  'fix.client.nodemailer.target': 'ваш код на Node.js',
  'fix.client.nodemailer.comment.starttls': 'подключение без шифрования, затем STARTTLS',
  'fix.client.nodemailer.comment.requireTls': 'не отправлять, если STARTTLS не предложен',
  'fix.client.python.step': 'Отправляйте, как ниже; храните пароль в переменной окружения SMTP_PASSWORD.',
  'fix.client.python.target': 'ваш код на Python',
  'fix.client.python.note.ssl': 'SMTP_SSL говорит по TLS с первого байта (порт 465).',
  'fix.client.python.note.starttls':
    'smtplib.SMTP подключается без шифрования; starttls() переключает на TLS до входа.',
  'fix.client.laravel.comment.scheme':
    'smtps = SSL/TLS с первого байта; smtp = подключение без шифрования, с переходом на STARTTLS, если он предложен',
  'fix.client.laravel.comment.legacy': 'Laravel 10 и старше читают MAIL_ENCRYPTION вместо MAIL_SCHEME:',
  'fix.client.laravel.step':
    'Добавьте эти строки в .env, замените заполнитель пароля и выполните php artisan config:clear.',
  'fix.client.laravel.target.current': '.env (Laravel 11.x / 12)',
  'fix.client.laravel.target.legacy': '.env (Laravel 10 и более ранние)',
  'fix.client.laravel.note':
    'Современный Laravel игнорирует MAIL_ENCRYPTION: symfony/mailer выбирает TLS по MAIL_SCHEME (или по порту 465, если схема пуста).',
  'fix.client.postfix.comment.wrapper': 'порт 465 говорит по TLS с первого байта',
  'fix.client.postfix.note':
    'Так Postfix передаёт каждое письмо ретранслятору, и исходящий порт 25 ему больше не нужен.',
  'fix.client.postfix.colon':
    'Имя пользователя содержит «:», а sasl_passwd использует этот символ как разделитель: уточните у провайдера.',
  'fix.client.postfix.hostCleaned': 'Из имени сервера удалены символы, недопустимые в имени хоста.',
  'fix.client.postfix.mainCf':
    'Добавьте строки ниже в /etc/postfix/main.cf (заменив существующий relayhost).',
  'fix.client.postfix.saslPasswd':
    'Создайте /etc/postfix/sasl_passwd с именем пользователя и паролем (здесь это {secret}).',
  'fix.client.postfix.commands':
    'Постройте из него хеш-таблицу, защитите файл и перезагрузите Postfix командами ниже.',
  'fix.client.postfix.target.shell': 'терминал',
  'fix.client.comment.sslFirstByte': 'SSL/TLS с первого байта',
  'fix.manual.tcp.open': 'порт доступен из этой сети',
  'fix.manual.tcp.timeoutOutput': 'timed out (после долгого ожидания)',
  'fix.manual.tcp.timeout':
    'что-то отбрасывает соединение: обычно этот порт блокирует ваш интернет-провайдер, сеть или брандмауэр',
  'fix.manual.tcp.refusedOutput': 'Connection refused (сразу)',
  'fix.manual.tcp.refused':
    'сервер (или брандмауэр) отклоняет соединение: там ничего не слушает, или имя хоста указано неверно',
  'fix.manual.tcp.unreachable': 'сеть вообще не может достичь сервера',
  'fix.manual.tcp.dns': 'такого имени хоста нет в DNS: проверьте, нет ли опечатки',
  'fix.manual.tls.ok': 'TLS работает, и сертификату для этого имени доверяют',
  'fix.manual.tls.untrusted': 'TLS работает, но сертификату не доверяют: почтовые программы его отклонят',
  'fix.manual.tls.plainOn465':
    'порт говорит по SMTP без шифрования: используйте STARTTLS (обычно порт 587) вместо SSL/TLS',
  'fix.manual.tls.noStarttls': 'сервер не предлагает STARTTLS на этом порту',
  'fix.manual.tls.greetingOutput': '220 … ESMTP после сертификата',
  'fix.manual.tls.greeting': 'SMTP-сервер приветствует по TLS: SSL/TLS на этом порту выбран правильно',
  'fix.manual.tls.hangsOutput': 'ничего после CONNECTED (висит, пока вы не нажмёте Ctrl+C)',
  'fix.manual.tls.hangs':
    'порт, возможно, ждёт TLS с первого байта (SSL/TLS), а не STARTTLS, или он заблокирован',
  'fix.manual.tls.noProtocol': 'нет общей версии TLS: сервер или клиент слишком старый',
  'fix.manual.openssl.implicit':
    'Говорит ли порт {port} по TLS с самого начала (SSL/TLS) и доверяют ли его сертификату?',
  'fix.manual.openssl.starttls': 'Предлагает ли порт {port} STARTTLS и доверяют ли его сертификату?',
  'fix.manual.tcpPurpose': 'Может ли этот компьютер открыть TCP-соединение с {host} на порту {port}?',
  'fix.manual.powershell.failedOutput': 'TcpTestSucceeded : False (через ~20 с, «TCP connect … failed»)',
  'fix.manual.powershell.failed':
    'заблокировано или отклонено: долгое ожидание указывает на блокировку (провайдер, брандмауэр), быстрая ошибка — на то, что там ничего не слушает',
  'fix.manual.telnet.purposeWindows':
    'Отвечает ли сервер на порту {port}? (Windows: сначала включите компонент «Клиент Telnet».)',
  'fix.manual.telnet.purpose': 'Отвечает ли сервер на порту {port}?',
  'fix.manual.telnet.garbageOutput': 'бессмысленные символы или ничего, затем разрыв соединения',
  'fix.manual.telnet.garbageWindows':
    'нормально для SSL/TLS на порту 465: порт доступен (проверка openssl покажет TLS)',
  'fix.manual.telnet.greetsWindows': 'порт доступен, и отвечает SMTP-сервер (для выхода введите QUIT)',
  'fix.manual.telnet.failed': 'заблокировано или отклонено (обратите внимание на время)',
  'fix.manual.telnet.blankOutput': 'пустой экран, нет 220',
  'fix.manual.telnet.blank': 'соединение есть, но приветствия нет: порт, возможно, ждёт SSL/TLS',
  'fix.manual.telnet.connectedGarbageOutput': 'Connected, затем бессмысленные символы или ничего',
  'fix.manual.telnet.garbage':
    'нормально для SSL/TLS на порту 465: порт доступен (проверка openssl покажет TLS)',
  'fix.manual.telnet.greets': 'доступен, и отвечает SMTP-сервер (для выхода введите QUIT)',
  'fix.manual.doctor.purpose':
    'Запустите на машине, с которой не уходит почта (например, на вашем веб-сервере): проверяет оттуда каждый SMTP-порт и называет причину.',
  'fix.manual.doctor.portBlocked':
    'сеть этой машины отбрасывает соединения на порт: используйте порт, названный в вердикте',
  'fix.manual.doctor.tlsMismatch': 'порт и настройка SSL/TLS или STARTTLS не соответствуют друг другу',
  'fix.manual.doctor.tlsCertificate': 'сертификату сервера не доверяют',
  'fix.manual.doctor.works': 'эта машина достигает сервера: проверьте вход или настройки приложения',
  'fix.manual.serve.purpose':
    'Запускает сервис проверки на этом компьютере, чтобы расширение могло само выполнять эти проверки.',
  'fix.manual.serve.listening': 'работает: вставьте выведенный токен в настройки расширения',
};
