import type { TranslationOf } from '../../catalog';
import type { explainPolicy as english } from '../en/explain-policy';

export const explainPolicy: TranslationOf<typeof english> = {
  'policy.list.or': '{a} или {b}',

  'policy.answer.cause.portBlocked': 'сеть блокирует почтовый порт',
  'policy.answer.cause.serverUnreachable': 'почтовый сервер не работает или отклоняет подключение',
  'policy.answer.cause.dnsFailure': 'имя почтового сервера указано неверно или не находится в DNS',
  'policy.answer.cause.tlsMismatch': 'настройка шифрования не соответствует порту',
  'policy.answer.headline.pageServerUnreachable':
    'Сервер, на котором работает эта страница, не смог связаться со своим почтовым сервером',
  'policy.answer.headline.couldNotConnect': 'Не удалось подключиться к почтовому серверу',
  'policy.answer.who.greylisted':
    'Никому ничего менять не нужно: принимающий сервер лишь попросил повторить попытку позже.',
  'policy.answer.next.greylisted.seconds':
    'Подождите {count, plural, one {{count} секунду} few {{count} секунды} many {{count} секунд} other {{count} секунды}} и снова нажмите «Отправить».',
  'policy.answer.next.greylisted.minutes':
    'Подождите {count, plural, one {{count} минуту} few {{count} минуты} many {{count} минут} other {{count} минуты}} и снова нажмите «Отправить».',
  'policy.answer.next.greylisted.fewMinutes': 'Подождите несколько минут и снова нажмите «Отправить».',
  'policy.answer.next.greylisted.detail':
    'Веб-почта и большинство приложений не повторяют отправку сами; почтовый сервер с очередью повторяет.',
  'policy.answer.who.rateLimit': 'Вы: сервер ограничивает объём отправки с одной учётной записи.',
  'policy.answer.next.rateLimit.seconds':
    'Подождите {count, plural, one {{count} секунду} few {{count} секунды} many {{count} секунд} other {{count} секунды}}, прежде чем отправлять снова, и отправляйте меньше писем за раз.',
  'policy.answer.next.rateLimit.minutes':
    'Подождите {count, plural, one {{count} минуту} few {{count} минуты} many {{count} минут} other {{count} минуты}}, прежде чем отправлять снова, и отправляйте меньше писем за раз.',
  'policy.answer.next.rateLimit.hourOrSo':
    'Подождите около часа, прежде чем отправлять снова, и отправляйте меньше писем за раз.',
  'policy.answer.who.recipientRejected': 'Вы: отправка сработала, а адрес — нет.',
  'policy.answer.next.recipientRejected': 'Проверьте адрес получателя на опечатки и отправьте снова.',
  'policy.answer.who.mailboxFull': 'Получатель: его почтовый ящик переполнен.',
  'policy.answer.next.mailboxFull': 'Свяжитесь с ним другим способом или попробуйте позже.',
  'policy.answer.who.domainAuth': 'Тот, кто управляет DNS домена {domain}, или ваш почтовый провайдер.',
  'policy.answer.who.domainAuthUnnamed': 'Тот, кто управляет DNS вашего домена, или ваш почтовый провайдер.',
  'policy.answer.next.domainAuth':
    'Если вы не управляете доменом {domain}, отправьте это тому, кто управляет.',
  'policy.answer.next.domainAuthUnnamed':
    'Если вы не управляете своим доменом, отправьте это тому, кто управляет.',
  'policy.answer.copy.toDomainManager': 'Скопировать сообщение для администратора домена',
  'policy.answer.who.providerAccount': 'Вы, в своей учётной записи {provider}.',
  'policy.answer.link.providerHelp': 'Справка провайдера',
  'policy.answer.who.webmail':
    'Администратор {host}: подключение устанавливает сервер веб-почты, поэтому на вашем компьютере это исправить нельзя.',
  'policy.answer.who.webmailThisSite':
    'Администратор этого сайта: подключение устанавливает сервер веб-почты, поэтому на вашем компьютере это исправить нельзя.',
  'policy.answer.next.webmail': 'Отправьте это сообщение администратору почты или хостинг-провайдеру.',
  'policy.answer.copy.toAdministrator': 'Скопировать сообщение для администратора',
  'policy.answer.who.siteHost':
    'Тот, кто управляет {host}: сеть хостинга, возможно, блокирует почтовый порт.',
  'policy.answer.who.siteHostThisSite':
    'Тот, кто управляет этим сайтом: сеть хостинга, возможно, блокирует почтовый порт.',
  'policy.answer.next.siteHost':
    'В почтовых настройках этой страницы укажите порт 587 со STARTTLS (или 465 с SSL/TLS); если ошибка останется, отправьте это хостинг-провайдеру.',
  'policy.answer.copy.toHost': 'Скопировать сообщение для хостинга',
  'policy.answer.who.siteSettings': 'Тот, кто управляет {host}, в его почтовых настройках.',
  'policy.answer.who.siteSettingsThisSite': 'Тот, кто управляет этим сайтом, в его почтовых настройках.',
  'policy.answer.who.providerServer': 'Ваш почтовый провайдер: это его сервер, адрес которого был отклонён.',
  'policy.answer.next.providerServer': 'Отправьте это в поддержку вашего почтового провайдера.',
  'policy.answer.copy.toProvider': 'Скопировать сообщение для почтового провайдера',
  'policy.answer.who.bounce':
    'Вы или ваш почтовый провайдер: его сервер принял письмо, но не смог его доставить.',
  'policy.answer.who.undecided':
    'Вы или тот, кто управляет вашей сетью или почтовым сервером: одна проверка покажет, кто именно.',
  'policy.answer.next.undecided':
    'Попробуйте один раз отправить из другой сети, например через точку доступа на телефоне.',
  'policy.answer.next.undecided.detail':
    'Если там получится, ваша сеть блокирует почтовый порт; если не получается нигде, неверен сервер или его имя.',
  'policy.answer.next.undecided.detailProbe':
    'Если там получится, ваша сеть блокирует почтовый порт; если не получается нигде, неверен сервер или его имя. Или запустите проверку ниже.',
  'policy.answer.who.thisDevice': 'Вы, в настройках почтового приложения или скрипта.',
  'policy.answer.next.readFullError': 'Прочитайте полный текст ошибки ниже.',
  'policy.answer.copy.settings': 'Скопировать настройки',
  'policy.answer.admin.greeting.there': 'Здравствуйте!',
  'policy.answer.admin.greeting.administrator': 'Здравствуйте, администратор!',
  'policy.answer.admin.greeting.supportTeam': 'Здравствуйте, служба поддержки!',
  'policy.answer.admin.fails': 'Не отправляется почта. Была показана такая ошибка:',
  'policy.answer.admin.fails.from': 'Не отправляется почта с {pageHost}. Была показана такая ошибка:',
  'policy.answer.admin.fails.at': 'Не отправляется почта. В {time} была показана такая ошибка:',
  'policy.answer.admin.fails.fromAt':
    'Не отправляется почта с {pageHost}. В {time} была показана такая ошибка:',
  'policy.answer.admin.check.connect':
    'Пожалуйста, проверьте, может ли этот сервер открывать исходящие подключения к {host} на порт {ports} (многие хостинги блокируют порт 25; для отправки предназначены 587 со STARTTLS и 465 с SSL/TLS), и работает ли почтовый сервер.',
  'policy.answer.admin.check.connectNoPort':
    'Пожалуйста, проверьте, может ли этот сервер открывать исходящие подключения к {host} на порт SMTP (многие хостинги блокируют порт 25; для отправки предназначены 587 со STARTTLS и 465 с SSL/TLS), и работает ли почтовый сервер.',
  'policy.answer.admin.check.connectNoHost':
    'Пожалуйста, проверьте, может ли этот сервер открывать исходящие подключения к своему почтовому серверу на порт {ports} (многие хостинги блокируют порт 25; для отправки предназначены 587 со STARTTLS и 465 с SSL/TLS), и работает ли почтовый сервер.',
  'policy.answer.admin.check.connectNoHostNoPort':
    'Пожалуйста, проверьте, может ли этот сервер открывать исходящие подключения к своему почтовому серверу на порт SMTP (многие хостинги блокируют порт 25; для отправки предназначены 587 со STARTTLS и 465 с SSL/TLS), и работает ли почтовый сервер.',
  'policy.answer.admin.check.tls':
    'Пожалуйста, проверьте настройку шифрования (465 = SSL/TLS, 587 = STARTTLS) и сертификат почтового сервера.',
  'policy.answer.admin.check.auth':
    'Пожалуйста, проверьте имя пользователя и пароль (или пароль приложения), с которыми сервер входит на почтовый сервер.',
  'policy.answer.admin.check.domain':
    'Пожалуйста, проверьте записи SPF и DKIM домена {domain} для сервиса, который отправляет его почту.',
  'policy.answer.admin.check.domainUnnamed':
    'Пожалуйста, проверьте записи SPF и DKIM домена отправителя для сервиса, который отправляет его почту.',
  'policy.answer.admin.check.ip':
    'Пожалуйста, проверьте IP-адрес отправляющего сервера: его записи в чёрных списках и обратное DNS-имя.',
  'policy.answer.admin.check.sender':
    'Пожалуйста, проверьте, с каких адресов отправителя почтовый сервер разрешает отправлять этой учётной записи.',
  'policy.answer.admin.check.log': 'Пожалуйста, проверьте журнал почтового сервера за это время.',
  'policy.answer.admin.thanks': 'Спасибо.',

  'policy.term.starttls': 'подключение начинается без шифрования и затем переходит на шифрование (порт 587)',
  'policy.term.sslTls': 'подключение зашифровано с самого начала (порт 465)',
  'policy.term.smtp': 'протокол, по которому почтовые приложения и серверы отправляют почту',
  'policy.term.mx': 'DNS-запись с серверами, которые принимают почту домена',
  'policy.term.relay.name': 'ретранслятор (relay)',
  'policy.term.relay': 'сервис, который пересылает почту дальше за вас',
  'policy.term.spf': 'DNS-запись со списком серверов, которым разрешено отправлять почту от имени домена',
  'policy.term.dkim': 'подпись, которая доказывает, что письмо пришло из своего домена',
  'policy.term.dmarc': 'правило домена для писем, не прошедших SPF и DKIM',
  'policy.term.appPassword.name': 'пароль приложения',
  'policy.term.appPassword': 'отдельный пароль, который провайдер создаёт для одного почтового приложения',
  'policy.term.greylisting.name': 'грейлистинг',
  'policy.term.greylisting': 'получатель один раз отклоняет нового отправителя и принимает повторную попытку',
  // @end answer

  'policy.auth.readReply': 'Прочитайте ответ сервера',
  'policy.auth.failed.title': 'Сервер отклонил имя пользователя или пароль',
  'policy.auth.failed.summary':
    'Подключение к {host} на порт {ports} прошло успешно, но вход был отклонён: пароль неверен, или провайдер требует для приложений пароль другого типа.',
  'policy.auth.failed.summary.noPort':
    'Подключение к {host} прошло успешно, но вход был отклонён: пароль неверен, или провайдер требует для приложений пароль другого типа.',
  'policy.auth.failed.summary.noHost':
    'Подключение к почтовому серверу на порт {ports} прошло успешно, но вход был отклонён: пароль неверен, или провайдер требует для приложений пароль другого типа.',
  'policy.auth.failed.summary.noHostNoPort':
    'Подключение к почтовому серверу прошло успешно, но вход был отклонён: пароль неверен, или провайдер требует для приложений пароль другого типа.',
  'policy.auth.failed.why':
    'Многие провайдеры не принимают обычный пароль в приложениях и на устройствах и требуют вместо него пароль приложения: Gmail (при включённой двухэтапной аутентификации), Yahoo, iCloud, Zoho (при включённой двухфакторной аутентификации) и Fastmail. Сервисы-ретрансляторы требуют свой SMTP-ключ или API-ключ, а не пароль от вашей учётной записи. Имя пользователя обычно — полный адрес электронной почты.',
  'policy.auth.failed.confirm.webmail':
    'Войдите в веб-почту провайдера с тем же именем пользователя и паролем',
  'policy.auth.failed.confirm.webmail.detail':
    'Если там вход работает, а SMTP по-прежнему отказывает, учётной записи нужен пароль приложения или вход по SMTP в ней отключён.',
  'policy.auth.failed.step.reenter':
    'Заново введите имя пользователя (полный адрес электронной почты) и пароль',
  'policy.auth.failed.step.reenter.detail':
    'Следите за пробелами, скопированными в начале или в конце, и за раскладкой клавиатуры, меняющей символы.',
  'policy.auth.failed.step.appPassword':
    'Создайте пароль приложения и используйте его вместо обычного пароля',
  'policy.auth.failed.step.appPassword.detail':
    'Google: myaccount.google.com/apppasswords (нужна двухэтапная аутентификация). Yahoo, iCloud, Zoho и Fastmail: в настройках безопасности учётной записи. Пароль приложения работает только для той учётной записи, в которой он создан.',
  'policy.auth.failed.step.relay':
    'Для сервиса-ретранслятора используйте учётные данные SMTP из его панели управления',
  'policy.auth.failed.step.relay.detail':
    'SendGrid: имя пользователя «apikey» и API-ключ. Amazon SES: учётные данные SMTP, а не ключи доступа AWS. Brevo: SMTP-ключ. Postmark: API-токен сервера и как имя пользователя, и как пароль.',
  'policy.auth.failed.step.securityHold':
    'Если пароль верный, проверьте, не заблокирована ли учётная запись из соображений безопасности',
  'policy.auth.failed.step.securityHold.detail':
    'Войдите через веб: провайдеры приостанавливают входы из новых мест, пока вы их не подтвердите.',
  'policy.auth.required.title': 'Сервер сначала требует шифрование или вход',
  'policy.auth.required.summary':
    'Сервер ответил, но отказался принять письмо: программа не выполнила вход или не включила шифрование (STARTTLS) перед отправкой.',
  'policy.auth.required.why':
    'Серверы отправки принимают почту только от пользователей, выполнивших вход, и большинство принимает вход только по зашифрованному подключению. Порт 25 без входа принимает только почту для собственных пользователей этого сервера.',
  'policy.auth.required.confirm.reply.detail':
    '«Must issue a STARTTLS command first» требует шифрования; «Authentication required» или «Client not authenticated» требует входа.',
  'policy.auth.required.step.encryption':
    'Включите шифрование: STARTTLS на порту 587 или SSL/TLS на порту 465',
  'policy.auth.required.step.login': 'Включите аутентификацию с именем пользователя и паролем учётной записи',
  'policy.auth.required.step.login.detail':
    'Outlook: «SMTP-серверу требуется проверка подлинности». Nodemailer: {nodemailerAuth}. PHPMailer: SMTPAuth = true с Username и Password.',
  'policy.auth.required.step.submissionPort': 'Используйте порт отправки (587 или 465) вместо 25',
  'policy.auth.disabled.title': 'Вход по SMTP для этой учётной записи отключён',
  'policy.auth.disabled.summary':
    'Провайдер отклонил вход независимо от пароля: вход в SMTP по простому имени пользователя и паролю («обычная проверка подлинности») отключён для этой учётной записи или организации, либо принимается только современный вход (OAuth).',
  'policy.auth.disabled.why':
    'Microsoft 365 по умолчанию отключает SMTP AUTH для организаций, созданных с января 2020 года, и блокирует его при включённых параметрах безопасности по умолчанию; кроме того, Microsoft полностью отказывается от обычной проверки подлинности для SMTP AUTH (Центр сообщений MC786329). Личные учётные записи Outlook.com с сентября 2024 года принимают только OAuth. Google отключил доступ «ненадёжных приложений», оставив OAuth и пароли приложений.',
  'policy.auth.disabled.confirm.reply.detail':
    '«SmtpClientAuthentication is disabled for the Tenant» или «for the Mailbox»: переключатель SMTP AUTH выключен. «security defaults policy»: его блокируют параметры безопасности по умолчанию. «Basic authentication is not supported» (5.7.30): сработает только OAuth.',
  'policy.auth.disabled.step.m365':
    'Microsoft 365: включите «Проверка подлинности SMTP» для отправляющего почтового ящика',
  'policy.auth.disabled.step.m365.detail':
    'Центр администрирования → Пользователи → Активные пользователи → пользователь → Почта → Управление приложениями электронной почты → Проверка подлинности SMTP. Настройка почтового ящика важнее настройки для всей организации. В Exchange Online PowerShell:',
  'policy.auth.disabled.step.oauth': 'Используйте OAuth 2.0, если приложение его поддерживает',
  'policy.auth.disabled.step.oauth.detail':
    'Microsoft 365, Outlook.com и Gmail принимают SMTP с OAuth 2.0 (XOAUTH2); Thunderbird, Nodemailer, MailKit и PHPMailer (с поставщиком OAuth) его поддерживают. С OAuth параметры безопасности по умолчанию остаются включёнными.',
  'policy.auth.disabled.step.google':
    'Gmail и Google Workspace: используйте пароль приложения (нужна двухэтапная аутентификация) или OAuth',
  'policy.auth.disabled.step.relay':
    'Устройства и приложения, которые не умеют ни того, ни другого, пусть отправляют через ретранслятор',
  'policy.auth.disabled.step.relay.detail':
    'Сервис-ретранслятор или собственные варианты Microsoft 365: соединитель SMTP-ретрансляции или прямая отправка на MX-узел вашего клиента (…mail.protection.outlook.com, порт 25), которая доходит только до получателей внутри вашей организации.',

  'policy.delivery.rateLimit.title': 'Достигнут лимит отправки',
  'policy.delivery.rateLimit.summary':
    'Сервер принял подключение, но пока отказывается принимать новые письма: с этой учётной записи или адреса отправлено слишком много, слишком быстро, или исчерпана дневная квота.',
  'policy.delivery.rateLimit.why':
    'Провайдеры ограничивают отправку, чтобы пресекать злоупотребления: письма в день или в час, получатели в одном письме, одновременные подключения. Лимиты обычно сбрасываются в течение суток. Неожиданно достигнутый лимит может означать, что через учётную запись отправляет кто-то другой.',
  'policy.delivery.rateLimit.confirm.limits':
    'Проверьте опубликованные лимиты отправки провайдера и папку «Отправленные» учётной записи',
  'policy.delivery.rateLimit.confirm.limits.detail':
    'Письма в «Отправленных», которых вы не писали, означают, что учётная запись взломана.',
  'policy.delivery.rateLimit.step.wait': 'Подождите и отправьте позже',
  'policy.delivery.rateLimit.step.wait.temporary':
    'Это временный ответ: почтовый сервер сам повторит попытку.',
  'policy.delivery.rateLimit.step.wait.daily': 'Дневные лимиты обычно сбрасываются в течение 24 часов.',
  'policy.delivery.rateLimit.step.batches':
    'Отправляйте небольшими партиями: меньше получателей в одном письме, меньше одновременных подключений',
  'policy.delivery.rateLimit.step.service':
    'Для рассылок или больших объёмов писем из приложений используйте предназначенный для этого почтовый сервис',
  'policy.delivery.rateLimit.step.service.detail':
    'У сервисов транзакционных и массовых рассылок (SendGrid, Mailgun, Amazon SES, Postmark…) лимиты намного выше.',
  'policy.delivery.rateLimit.step.password': 'Если вы столько не отправляли, смените пароль',
  'policy.delivery.messageRejected.title': 'Отклонено само письмо (размер или содержимое)',
  'policy.delivery.messageRejected.summary':
    'Сервер принял отправителя и получателей, но отклонил это письмо: оно слишком большое, или его содержимое похоже на спам либо нарушает правила.',
  'policy.delivery.messageRejected.why':
    'Серверы ограничивают размер писем, обычно где-то от 10 до 50 МБ, а вложения при кодировании для почты увеличиваются примерно на треть. Спам-фильтры отклоняют письма с подозрительными ссылками, опасными типами вложений (например, .exe) или типичными для спама формулировками.',
  'policy.delivery.messageRejected.confirm.codes': 'Прочитайте коды',
  'policy.delivery.messageRejected.confirm.codes.detail':
    '552 или 5.3.4 / 5.2.3 — это про размер; 554 или 5.7.1 со словами вроде «spam» или «content» — про содержимое.',
  'policy.delivery.messageRejected.confirm.test':
    'Отправьте тому же получателю короткое тестовое письмо простым текстом',
  'policy.delivery.messageRejected.confirm.test.detail':
    'Если оно дойдёт, проблема в исходном письме, а не в ваших настройках.',
  'policy.delivery.messageRejected.step.size':
    'Слишком большое: делитесь большими файлами по ссылке, а не вложением',
  'policy.delivery.messageRejected.step.content':
    'Содержимое: уберите сокращатели ссылок и опасные вложения и проверьте, не находятся ли домены из ссылок в чёрных списках',
  'policy.delivery.messageRejected.step.link': 'Перейдите по ссылке из отказа, если она есть',
  'policy.delivery.messageRejected.step.link.detail':
    'Провайдеры указывают правило, которое нарушило письмо.',
  'policy.delivery.mailboxFull.title': 'Почтовый ящик получателя переполнен',
  'policy.delivery.mailboxFull.summary':
    'Почтовый ящик получателя превысил лимит хранилища и не может принимать новые письма. С вашими настройками всё в порядке.',
  'policy.delivery.mailboxFull.why.temporary':
    'У каждого почтового ящика есть ограничение размера, а заброшенные ящики заполняются спамом и так и остаются полными. Это временный ответ: ваш почтовый сервер ещё какое-то время будет повторять попытки.',
  'policy.delivery.mailboxFull.why':
    'У каждого почтового ящика есть ограничение размера, а заброшенные ящики заполняются спамом и так и остаются полными. Ответ 4xx (452 4.2.2) временный, попытки повторяются; ответ 5xx (552 5.2.2) окончательный.',
  'policy.delivery.mailboxFull.confirm.later':
    'Отправьте позже или спросите получателя, не переполнен ли его ящик',
  'policy.delivery.mailboxFull.step.tell': 'Сообщите получателю другим способом (телефон, другой адрес)',
  'policy.delivery.mailboxFull.step.again': 'Отправьте снова, когда он освободит место',
  'policy.delivery.mailboxFull.step.own':
    'Если это ваш собственный ящик, удалите большие письма и очистите корзину и папку «Спам»',
  'policy.delivery.greylisted.title': 'Пока отложено (грейлистинг): при повторной попытке письмо пройдёт',
  'policy.delivery.greylisted.summary':
    'Принимающий сервер попросил отправителя вернуться позже. Это обычный антиспам-приём, называемый грейлистингом: настоящий почтовый сервер повторяет попытку через несколько минут и проходит.',
  'policy.delivery.greylisted.why':
    'Спам-программы часто никогда не повторяют попытку, поэтому получатели один раз отклоняют письма от незнакомых отправителей. Настоящие почтовые серверы держат письмо в очереди и повторяют отправку сами.',
  'policy.delivery.greylisted.confirm.wait.seconds':
    'Подождите {count, plural, one {{count} секунду} few {{count} секунды} many {{count} секунд} other {{count} секунды}} и проверьте снова',
  'policy.delivery.greylisted.confirm.wait.minutes':
    'Подождите {count, plural, one {{count} минуту} few {{count} минуты} many {{count} минут} other {{count} минуты}} и проверьте снова',
  'policy.delivery.greylisted.confirm.wait.fewMinutes': 'Подождите несколько минут и проверьте снова',
  'policy.delivery.greylisted.confirm.wait.detail': 'При следующей попытке письмо должно пройти.',
  'policy.delivery.greylisted.step.wait.seconds':
    'Подождите {count, plural, one {{count} секунду} few {{count} секунды} many {{count} секунд} other {{count} секунды}} и снова нажмите «Отправить»',
  'policy.delivery.greylisted.step.wait.minutes':
    'Подождите {count, plural, one {{count} минуту} few {{count} минуты} many {{count} минут} other {{count} минуты}} и снова нажмите «Отправить»',
  'policy.delivery.greylisted.step.wait.fewMinutes': 'Подождите несколько минут и снова нажмите «Отправить»',
  'policy.delivery.greylisted.step.wait.detail':
    'Веб-почта и большинство приложений не повторяют отправку сами: повторная отправка того же письма после ожидания — это и есть та попытка, которую просил сервер. Почтовый сервер с очередью повторяет попытку сам.',
  'policy.delivery.greylisted.step.script':
    'Если скрипт отправляет прямо на сервер получателя, научите его повторять попытку или отправляйте через почтовый сервер',
  'policy.delivery.greylisted.step.script.detail':
    'Почтовый сервер или ретранслятор ставит письма в очередь и повторяет попытки автоматически.',
  'policy.delivery.greylisted.step.notGreylisting':
    'Если ошибка остаётся и через час или больше, это не грейлистинг: прочитайте полный ответ',
  'policy.delivery.unknown.title': 'Ошибка отправки почты (причина не распознана)',
  'policy.delivery.unknown.summary':
    'Сервер ответил {code}. Это ошибка отправки почты, но она не подходит ни под одну известную нам причину.',
  'policy.delivery.unknown.summary.meaning':
    'Сервер ответил {code} ({meaning}). Это ошибка отправки почты, но она не подходит ни под одну известную нам причину.',
  'policy.delivery.unknown.summary.meaningDetail':
    'Сервер ответил {code} ({meaning}; {detail}). Это ошибка отправки почты, но она не подходит ни под одну известную нам причину.',
  'policy.delivery.unknown.summary.noCode':
    'Похоже на ошибку отправки почты, но ни одна из известных причин не подходит к тексту.',
  'policy.delivery.unknown.why':
    'Ответы SMTP, начинающиеся с 4, временные (отправитель повторит попытку); начинающиеся с 5 — окончательные (перед повторной отправкой что-то нужно изменить). Слова после кода обычно называют причину.',
  'policy.delivery.unknown.confirm.reply': 'Найдите полный ответ сервера',
  'policy.delivery.unknown.confirm.reply.detail':
    'Полный ответ, которым закончился сеанс, виден в отладочном журнале клиента или в журнале почтового сервера.',
  'policy.delivery.unknown.step.read': 'Прочитайте ответ целиком: слова после кода обычно называют причину',
  'policy.delivery.unknown.step.read.detail': 'Поищите код на страницах справки вашего провайдера.',
  'policy.delivery.unknown.step.probe': 'Проверьте сервер с этого компьютера, чтобы исключить сеть',
  'policy.delivery.unknown.step.support': 'Отправьте полный журнал в поддержку вашего провайдера',

  'policy.senderRejected.title': 'Сервер не будет отправлять почту от этого отправителя',
  'policy.senderRejected.summary':
    'Сервер отказался передать письмо дальше из-за отправителя: программа не выполнила вход, или адрес отправителя не принадлежит учётной записи, под которой выполнен вход.',
  'policy.senderRejected.why':
    'Серверы пересылают почту только своих пользователей, выполнивших вход (иначе «Relaying denied»), а большинство провайдеров разрешает отправлять только со своего адреса или с подтверждённых псевдонимов. Microsoft 365 также требует разрешения «Отправить как», чтобы отправлять от имени другого почтового ящика.',
  'policy.senderRejected.confirm.compare': 'Сравните логин с адресом отправителя (From)',
  'policy.senderRejected.confirm.compare.detail':
    'Это должен быть один и тот же адрес, или адрес отправителя должен быть подтверждённым псевдонимом логина.',
  'policy.senderRejected.step.login': 'Выполните вход (аутентификацию SMTP) перед отправкой',
  'policy.senderRejected.step.login.detail':
    'Без входа сервер принимает почту только для своих пользователей.',
  'policy.senderRejected.step.address':
    'Отправляйте с адреса, под которым выполняете вход, или с подтверждённого псевдонима',
  'policy.senderRejected.step.address.detail':
    'Gmail: Настройки → Аккаунты → «Отправлять письма как». Microsoft 365: дайте учётной записи разрешение «Отправить как» для другого почтового ящика. Задайте и заголовок From, и отправителя конверта (Return-Path).',
  'policy.senderRejected.step.verify': 'В сервисе-ретрансляторе подтвердите адрес или домен отправителя',
  'policy.senderRejected.step.verify.detail':
    'Amazon SES, SendGrid, Mailgun и другие отправляют только от имени подтверждённых у них отправителей.',
  'policy.senderRejected.step.ownServer':
    'Если сервер ваш, разрешите пересылку без входа только своим машинам',
  'policy.senderRejected.step.ownServer.detail':
    'Например, через mynetworks в Postfix; никогда не открывайте пересылку для всего интернета.',
  'policy.recipientRejected.title': 'Адрес получателя не существует',
  'policy.recipientRejected.summary':
    'Почтовый сервер получателя сообщает, что адрес не существует или не принимает почту. Ваша отправка сработала; проблема в адресе.',
  'policy.recipientRejected.why':
    'Опечатка, человек, ушедший из организации, удалённая или отключённая учётная запись, или адрес, которого в домене получателя никогда не было.',
  'policy.recipientRejected.confirm.check':
    'Проверьте адрес буква за буквой и отправьте тестовое письмо на адрес, который точно работает',
  'policy.recipientRejected.step.correct': 'Исправьте адрес (ищите опечатки и в части после @)',
  'policy.recipientRejected.step.ask': 'Узнайте у человека его текущий адрес другим способом',
  'policy.recipientRejected.step.remove':
    'Удалите из своих списков адреса, с которых письма постоянно возвращаются',
  'policy.recipientRejected.step.remove.detail':
    'Повторная отправка на несуществующие адреса портит вашу репутацию отправителя.',
  'policy.recipientRejected.step.ownDomain':
    'Если адрес в вашем собственном домене, проверьте, существует ли почтовый ящик или псевдоним',
  'policy.recipientRejected.step.ownDomain.detail':
    'Проверьте также, что MX-записи домена указывают на сервер, где находится почтовый ящик.',
  'policy.domainAuth.title': 'Сервер получателя отклонил письмо: не пройдена проверка SPF, DKIM или DMARC',
  'policy.domainAuth.summary':
    'Принимающий сервер не смог убедиться, что ваш домен разрешает отправлять это письмо оттуда, откуда оно отправлено, и поэтому отклонил его.',
  'policy.domainAuth.why':
    'Получатели проверяют, указан ли отправляющий сервер в SPF-записи домена и есть ли у письма действительная подпись DKIM, а затем применяют политику DMARC домена. Gmail требует от каждого отправителя пройти SPF или DKIM (массовым отправителям нужны оба, плюс DMARC). Отправка через сервер, которого домен не указывает, например веб-хостинг или новый ретранслятор, эти проверки не проходит.',
  'policy.domainAuth.confirm.lookup': 'Посмотрите записи SPF и DMARC домена отправителя',
  'policy.domainAuth.confirm.lookup.detail':
    'Должна быть ровно одна запись, начинающаяся с v=spf1, и в ней должен быть указан сервис, который отправляет.',
  'policy.domainAuth.step.forward':
    'Если вы не управляете доменом {domain}, отправьте эту ошибку тому, кто отвечает за его DNS или почту',
  'policy.domainAuth.step.forwardUnnamed':
    'Если вы не управляете своим доменом, отправьте эту ошибку тому, кто отвечает за его DNS или почту',
  'policy.domainAuth.step.forward.detail':
    'Исправление — это изменение DNS-записей, которое может сделать только он; шаги ниже — для него.',
  'policy.domainAuth.step.spf': 'Добавьте отправляющий сервис в вашу SPF-запись',
  'policy.domainAuth.step.spf.detail':
    'Используйте include из документации вашего провайдера. Добавьте его в единственную существующую запись: две SPF-записи — это ошибка.',
  'policy.domainAuth.step.spf.placeholder': 'SPF-домен вашего провайдера',
  'policy.domainAuth.step.dkim': 'Включите подпись DKIM у провайдера и опубликуйте его ключ в DNS',
  'policy.domainAuth.step.dmarc': 'Опубликуйте политику DMARC, сначала только для наблюдения',
  'policy.domainAuth.step.from': 'Отправляйте с адреса (From) в домене, который вы аутентифицируете',
  'policy.domainAuth.step.from.detail':
    'DMARC проходит, только если домен SPF или DKIM совпадает с доменом адреса From.',
  'policy.ipReputation.title': 'IP-адрес отправляющего сервера в чёрном списке',
  'policy.ipReputation.summary':
    'Сервер получателя отклонил подключение или письмо из-за репутации отправляющего IP-адреса, а не из-за самого письма.',
  'policy.ipReputation.why':
    'Чёрные списки, например Spamhaus, содержат адреса, с которых рассылался спам (часто это взломанная учётная запись или заражённое устройство в той же сети). Spamhaus PBL перечисляет домашние и динамические диапазоны адресов, с которых вообще не следует отправлять почту напрямую другим серверам. Адреса облаков и виртуального хостинга наследуют историю прежних пользователей.',
  'policy.ipReputation.confirm.lookup': 'Проверьте IP-адрес',
  'policy.ipReputation.confirm.lookup.detail':
    'IP and Domain Reputation Checker от Spamhaus (check.spamhaus.org) покажет, в каком списке адрес и почему; в отказе тоже часто есть ссылка.',
  'policy.ipReputation.step.pbl':
    'С домашнего или динамического адреса (PBL) отправляйте через сервер своего провайдера, а не напрямую',
  'policy.ipReputation.step.pbl.detail':
    'Используйте его порт отправки 587 или 465 со входом или сервис-ретранслятор.',
  'policy.ipReputation.step.spam':
    'Если адрес попал в список за спам, найдите и устраните причину, затем попросите об удалении',
  'policy.ipReputation.step.spam.detail':
    'Типичные причины: взломанная почтовая учётная запись, заражённый компьютер, используемая спамерами форма обратной связи, открытый ретранслятор.',
  'policy.ipReputation.step.cloud': 'С облачного сервера отправляйте через сервис-ретранслятор',
  'policy.ipReputation.step.cloud.detail': 'У его адресов поддерживаемая репутация.',
  'policy.reverseDns.title': 'У IP-адреса отправляющего сервера нет подходящей обратной DNS-записи (PTR)',
  'policy.reverseDns.summary':
    'Сервер получателя запросил имя отправляющего IP-адреса (обратный DNS) и не нашёл его или нашёл такое, которое не указывает обратно на тот же адрес, и поэтому отклонил подключение.',
  'policy.reverseDns.why':
    'Принимающие серверы ожидают, что у настоящего почтового сервера есть PTR-запись с его именем и что это имя разрешается обратно в тот же адрес (подтверждённый обратный DNS). У домашних подключений и новых облачных серверов её часто нет или она типовая.',
  'policy.reverseDns.confirm.lookup':
    'Запросите PTR публичного IP-адреса сервера, а затем имя, которое он вернёт',
  'policy.reverseDns.step.ptr': 'Задайте PTR-запись там, где управляют IP-адресом',
  'policy.reverseDns.step.ptr.detail':
    'Это панель управления вашего хостинг-провайдера или ваш интернет-провайдер, а не DNS-зона вашего домена.',
  'policy.reverseDns.step.helo':
    'Сделайте так, чтобы имя из PTR разрешалось в тот же IP, и используйте его как имя HELO/EHLO сервера',
  'policy.reverseDns.step.relay':
    'Если задать PTR нельзя (домашнее подключение), отправляйте через ретранслятор',

  'policy.audience.thisDevice.stepsHeading': 'Как исправить, шаг за шагом',
  'policy.audience.thisDevice.settingsPlace':
    'Откройте настройки сервера исходящей почты (SMTP) в приложении, которое отправляет почту, — инструкция для вашего приложения ниже.',
  'policy.audience.thisDevice.probesFrom': 'Проверки с этого компьютера через ваш сервер проверок',
  'policy.audience.thisDevice.measuredFrom': 'Измерено с этого компьютера:',
  'policy.audience.webServer.stepsHeading': 'Как это исправит администратор сайта',
  'policy.audience.webServer.settingsPlace':
    'Откройте почтовые настройки (SMTP) сайта: конфигурацию веб-приложения или почтовые настройки панели хостинга.',
  'policy.audience.webServer.probesFrom':
    'Проверки оттуда, где работает ваш сервер проверок: на сервере этой страницы они показывают, куда может подключиться этот сервер, а на этом компьютере — только куда может подключиться эта сеть',
  'policy.audience.mailServer.stepsHeading': 'Что может сделать отправитель или владелец домена',
  'policy.audience.mailServer.settingsPlace':
    'Откройте настройки ретрансляции (smarthost) сервера, который отправляет почту.',
  'policy.audience.mailServer.probesFrom': 'Проверки оттуда, где работает ваш сервер проверок',
  'policy.audience.probeBackend.measuredFrom': 'Измерено сервером проверок:',

  'policy.glossary.port.25':
    'SMTP между почтовыми серверами, для доставки на MX-узлы; этот порт интернет-провайдеры и облака блокируют чаще всего',
  'policy.glossary.port.465': 'отправка с неявным TLS: шифрование с первого байта (RFC 8314)',
  'policy.glossary.port.587':
    'отправка: начинается без шифрования, затем переходит на шифрование через STARTTLS (RFC 6409)',
  'policy.glossary.port.2525':
    'альтернативный порт отправки, который предлагают сервисы-ретрансляторы (не назначен IANA)',
  'policy.glossary.port.2465': 'альтернатива Amazon SES порту 465 (неявный TLS)',
  'policy.glossary.port.2587': 'альтернатива Amazon SES порту 587 (STARTTLS)',
  'policy.glossary.errno.timedOut':
    'время ожидания подключения истекло: ответа нет вообще, типично для брандмауэра, который молча отбрасывает трафик',
  'policy.glossary.errno.refused':
    'в подключении отказано: узел ответил, но на этом порту никто не принимает подключения',
  'policy.glossary.errno.hostUnreachable': 'нет маршрута к узлу: сеть не может достичь этого адреса',
  'policy.glossary.errno.networkUnreachable':
    'сеть недоступна: маршрута нет совсем (часто это IPv6-адрес в сети только с IPv4)',
  'policy.glossary.errno.permission':
    'доступ запрещён: подключение остановила политика на этом компьютере (SELinux, локальный брандмауэр)',
  'policy.glossary.errno.reset':
    'подключение сброшено: другая сторона (или промежуточное устройство) разорвала подключение',
  'policy.glossary.errno.notFound': 'имя узла не найдено в DNS',
  'policy.glossary.errno.dnsAgain': 'DNS-запрос временно не удался (нет ответа от DNS-сервера)',
  'policy.glossary.errno.nodemailerConnection': 'Nodemailer: не удалось подключиться к SMTP-серверу',
  'policy.glossary.errno.nodemailerSocket': 'Nodemailer: сетевая ошибка (сокет)',
  'policy.glossary.errno.nodemailerAuth': 'Nodemailer: сервер отклонил вход',
  'policy.glossary.errno.nodemailerNoAuth': 'Nodemailer: сервер требует вход, но учётные данные не указаны',
  'policy.glossary.errno.nodemailerTls': 'Nodemailer: не удалось установить TLS (шифрование)',
  'policy.glossary.errno.nodemailerEnvelope': 'Nodemailer: сервер отклонил адрес отправителя или получателя',
  'policy.glossary.errno.nodemailerMessage': 'Nodemailer: сервер отклонил письмо',
  'policy.glossary.errno.nodemailerProtocol': 'Nodemailer: сервер ответил не по протоколу SMTP',
  'policy.glossary.errno.nodemailerDns': 'Nodemailer: не удалось разрешить имя SMTP-узла',
  'policy.glossary.reply.421': 'служба недоступна, сервер закрывает подключение (временно)',
  'policy.glossary.reply.432': 'требуется смена пароля',
  'policy.glossary.reply.450': 'почтовый ящик сейчас недоступен (временно)',
  'policy.glossary.reply.451': 'локальная ошибка обработки; повторите попытку позже (временно)',
  'policy.glossary.reply.452': 'недостаточно места (временно)',
  'policy.glossary.reply.454': 'временная ошибка аутентификации или TLS сейчас недоступен',
  'policy.glossary.reply.455': 'сервер не может принять параметры (временно)',
  'policy.glossary.reply.500': 'команда не распознана',
  'policy.glossary.reply.501': 'синтаксическая ошибка в параметрах',
  'policy.glossary.reply.502': 'команда не реализована',
  'policy.glossary.reply.503': 'неверная последовательность команд',
  'policy.glossary.reply.504': 'параметр команды не реализован',
  'policy.glossary.reply.521': 'этот узел не принимает почту',
  'policy.glossary.reply.530': 'требуется аутентификация (или сначала STARTTLS)',
  'policy.glossary.reply.534': 'механизм аутентификации слишком слабый',
  'policy.glossary.reply.535': 'неверные учётные данные',
  'policy.glossary.reply.538': 'для этого механизма аутентификации требуется шифрование',
  'policy.glossary.reply.550': 'почтовый ящик недоступен или действие запрещено политикой',
  'policy.glossary.reply.551': 'пользователь не локальный',
  'policy.glossary.reply.552': 'превышен выделенный объём (письмо или почтовый ящик слишком большие)',
  'policy.glossary.reply.553': 'недопустимое имя почтового ящика (адрес отклонён)',
  'policy.glossary.reply.554': 'транзакция не удалась',
  'policy.glossary.reply.555': 'параметры MAIL FROM / RCPT TO не распознаны',
  'policy.glossary.reply.556': 'домен не принимает почту',
  'policy.glossary.reply.temporary': 'временная ошибка: отправитель может повторить попытку позже',
  'policy.glossary.reply.permanent': 'постоянная ошибка: повтор тем же способом снова не удастся',
  'policy.glossary.enhanced.0.0': 'прочий неопределённый статус',
  'policy.glossary.enhanced.1.0': 'прочий статус адреса',
  'policy.glossary.enhanced.1.1': 'неверный адрес почтового ящика получателя (нет такого пользователя)',
  'policy.glossary.enhanced.1.2': 'неверный адрес системы получателя',
  'policy.glossary.enhanced.1.3': 'неверный синтаксис адреса почтового ящика получателя',
  'policy.glossary.enhanced.1.4': 'адрес почтового ящика получателя неоднозначен',
  'policy.glossary.enhanced.1.5': 'адрес получателя действителен',
  'policy.glossary.enhanced.1.6': 'почтовый ящик получателя перемещён, адреса для пересылки нет',
  'policy.glossary.enhanced.1.7': 'неверный синтаксис адреса отправителя',
  'policy.glossary.enhanced.1.8': 'неверный адрес системы отправителя',
  'policy.glossary.enhanced.1.9': 'письмо передано несовместимому почтовому серверу',
  'policy.glossary.enhanced.1.10': 'у адреса получателя нулевой MX (домен не принимает почту)',
  'policy.glossary.enhanced.2.0': 'прочий или неопределённый статус почтового ящика',
  'policy.glossary.enhanced.2.1': 'почтовый ящик отключён, письма не принимаются',
  'policy.glossary.enhanced.2.2': 'почтовый ящик переполнен',
  'policy.glossary.enhanced.2.3': 'длина письма превышает административный лимит',
  'policy.glossary.enhanced.2.4': 'ошибка при раскрытии списка рассылки',
  'policy.glossary.enhanced.3.0': 'прочий или неопределённый статус почтовой системы',
  'policy.glossary.enhanced.3.1': 'почтовая система переполнена',
  'policy.glossary.enhanced.3.2': 'система не принимает письма из сети',
  'policy.glossary.enhanced.3.3': 'система не поддерживает выбранные функции',
  'policy.glossary.enhanced.3.4': 'письмо слишком большое для системы',
  'policy.glossary.enhanced.3.5': 'система настроена неправильно',
  'policy.glossary.enhanced.4.0': 'прочий или неопределённый статус сети или маршрутизации',
  'policy.glossary.enhanced.4.1': 'нет ответа от узла',
  'policy.glossary.enhanced.4.2': 'плохое подключение',
  'policy.glossary.enhanced.4.3': 'сбой сервера каталогов (часто DNS)',
  'policy.glossary.enhanced.4.4': 'невозможно построить маршрут',
  'policy.glossary.enhanced.4.5': 'перегрузка почтовой системы',
  'policy.glossary.enhanced.4.6': 'обнаружена петля маршрутизации',
  'policy.glossary.enhanced.4.7': 'время доставки истекло',
  'policy.glossary.enhanced.5.0': 'прочий или неопределённый статус протокола',
  'policy.glossary.enhanced.5.1': 'недопустимая команда',
  'policy.glossary.enhanced.5.2': 'синтаксическая ошибка',
  'policy.glossary.enhanced.5.3': 'слишком много получателей',
  'policy.glossary.enhanced.5.4': 'недопустимые аргументы команды',
  'policy.glossary.enhanced.5.5': 'неверная версия протокола',
  'policy.glossary.enhanced.5.6': 'строка обмена аутентификацией слишком длинная',
  'policy.glossary.enhanced.6.0': 'прочая или неопределённая ошибка содержимого',
  'policy.glossary.enhanced.6.1': 'тип содержимого не поддерживается',
  'policy.glossary.enhanced.6.2': 'требуется преобразование, но оно запрещено',
  'policy.glossary.enhanced.6.3': 'требуется преобразование, но оно не поддерживается',
  'policy.glossary.enhanced.6.4': 'выполнено преобразование с потерями',
  'policy.glossary.enhanced.6.5': 'преобразование не удалось',
  'policy.glossary.enhanced.6.6': 'содержимое письма недоступно',
  'policy.glossary.enhanced.6.7': 'адреса не в ASCII не разрешены для этого отправителя или получателя',
  'policy.glossary.enhanced.6.8': 'требуется ответ в UTF-8, но клиент его не разрешает',
  'policy.glossary.enhanced.6.9': 'заголовок в UTF-8 нельзя передать получателю',
  'policy.glossary.enhanced.6.10':
    'требуется ответ в UTF-8, но клиент его не разрешает (устаревший дубликат X.6.8)',
  'policy.glossary.enhanced.7.0': 'прочий или неопределённый статус безопасности',
  'policy.glossary.enhanced.7.1': 'доставка не разрешена, письмо отклонено',
  'policy.glossary.enhanced.7.2': 'раскрытие списка рассылки запрещено',
  'policy.glossary.enhanced.7.3': 'требуется преобразование безопасности, но оно невозможно',
  'policy.glossary.enhanced.7.4': 'функции безопасности не поддерживаются',
  'policy.glossary.enhanced.7.5': 'криптографическая ошибка',
  'policy.glossary.enhanced.7.6': 'криптографический алгоритм не поддерживается',
  'policy.glossary.enhanced.7.7': 'нарушена целостность письма',
  'policy.glossary.enhanced.7.8': 'неверные учётные данные',
  'policy.glossary.enhanced.7.9': 'механизм аутентификации слишком слабый',
  'policy.glossary.enhanced.7.10': 'требуется шифрование',
  'policy.glossary.enhanced.7.11': 'для запрошенного механизма аутентификации требуется шифрование',
  'policy.glossary.enhanced.7.12': 'требуется смена пароля',
  'policy.glossary.enhanced.7.13': 'учётная запись пользователя отключена',
  'policy.glossary.enhanced.7.14': 'требуются доверительные отношения',
  'policy.glossary.enhanced.7.15': 'уровень приоритета слишком низкий',
  'policy.glossary.enhanced.7.16': 'письмо слишком большое для указанного приоритета',
  'policy.glossary.enhanced.7.17': 'владелец почтового ящика сменился',
  'policy.glossary.enhanced.7.18': 'владелец домена сменился',
  'policy.glossary.enhanced.7.19': 'проверку RRVS невозможно выполнить',
  'policy.glossary.enhanced.7.20': 'не найдено ни одной проходящей проверку подписи DKIM',
  'policy.glossary.enhanced.7.21': 'не найдено ни одной приемлемой подписи DKIM',
  'policy.glossary.enhanced.7.22': 'не найдено действительной подписи DKIM, совпадающей с автором',
  'policy.glossary.enhanced.7.23': 'проверка SPF не пройдена',
  'policy.glossary.enhanced.7.24': 'ошибка при проверке SPF',
  'policy.glossary.enhanced.7.25': 'проверка обратного DNS не пройдена',
  'policy.glossary.enhanced.7.26': 'не пройдено несколько проверок подлинности',
  'policy.glossary.enhanced.7.27': 'у адреса отправителя нулевой MX',
  'policy.glossary.enhanced.7.28': 'обнаружен поток писем',
  'policy.glossary.enhanced.7.29': 'проверка ARC не пройдена',
  'policy.glossary.enhanced.7.30': 'требуется поддержка REQUIRETLS',
  'policy.glossary.subject.0': 'прочая проблема',
  'policy.glossary.subject.1': 'проблема с адресом',
  'policy.glossary.subject.2': 'проблема с почтовым ящиком',
  'policy.glossary.subject.3': 'проблема почтовой системы',
  'policy.glossary.subject.4': 'проблема сети и маршрутизации',
  'policy.glossary.subject.5': 'проблема протокола доставки',
  'policy.glossary.subject.6': 'проблема с содержимым письма',
  'policy.glossary.subject.7': 'проблема безопасности или политики',
  'policy.glossary.kind.success': 'успех',
  'policy.glossary.kind.temporary': 'временная ошибка',
  'policy.glossary.kind.permanent': 'постоянная ошибка',
  'policy.glossary.enhanced.known': '{kind}: {detail}',
  'policy.glossary.enhanced.bySubject': '{kind}, {problem}',
};
