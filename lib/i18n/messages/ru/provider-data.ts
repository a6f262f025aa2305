import type { Catalog } from '../../catalog';

/** The provider records' prose in this language, by key (lib/providers/prose.ts). */
export const providerData: Catalog = {
  'provider.gmail.auth.0':
    'Google больше не принимает пароль аккаунта от почтовых программ. Используйте пароль приложения (нужна двухэтапная аутентификация) или программу, которая входит через Google (OAuth).',
  'provider.gmail.auth.1': 'Программам с кнопкой «Войти через Google» (OAuth2) пароль приложения не нужен.',
  'provider.gmail.note.0':
    'Доступ для «ненадёжных приложений» (вход по паролю) для личных аккаунтов отключён 2022-05-30.',
  'provider.gmail.server.1':
    'Google: «Используйте порт 465 или порт 587, если ваш клиент начинает с открытого текста, а потом отправляет команду STARTTLS».',
  'provider.google-workspace.auth.0':
    'С 2024-09-30 аккаунты Workspace принимают от почтовых программ только OAuth или пароли приложений; вход по паролю («ненадёжные приложения») отключён.',
  'provider.google-workspace.auth.1':
    'Программам, которые входят через Google (OAuth2), пароль приложения не нужен.',
  'provider.google-workspace.server.1':
    'Google: «Используйте порт 465 или порт 587, если ваш клиент начинает с открытого текста, а потом отправляет команду STARTTLS».',
  'provider.google-workspace.variant.smtp-relay':
    'SMTP-ретранслятор Workspace (настраивает администратор; по IP или SMTP-AUTH)',
  'provider.outlook-com.auth.0':
    'С 2024-09-16 личные аккаунты Microsoft принимают только современную аутентификацию (OAuth2); пароли и пароли приложений для SMTP больше не работают. Используйте почтовую программу, которая входит через Microsoft.',
  'provider.microsoft-365.auth.0':
    'В организациях, созданных после января 2020 года, SMTP AUTH отключён; администратор должен разрешить его для клиента (SmtpClientAuthenticationDisabled) и для почтового ящика («Authenticated SMTP»), и параметры безопасности по умолчанию (Security Defaults) не должны его блокировать.',
  'provider.microsoft-365.auth.1':
    'Базовую аутентификацию для SMTP AUTH выводят из работы (даты — в отдельном предупреждении); OAuth2 продолжает работать.',
  'provider.microsoft-365.server.0': 'Microsoft 365 не предлагает порт 465.',
  'provider.microsoft-365.username': 'Имя для входа (UPN) почтового ящика, обычно это его адрес.',
  'provider.yahoo.auth.0':
    'Почтовым программам, которые не используют страницу входа Yahoo, нужен пароль приложения («Создать пароль приложения» в разделе «Безопасность аккаунта»).',
  'provider.yahoo.auth.1':
    'Программам, которые входят через страницу Yahoo (OAuth2), пароль приложения не нужен.',
  'provider.yahoo.server.1': 'Указан в сторонних руководствах; Thunderbird знает только 465.',
  'provider.aol.auth.0':
    'AOL принимает OAuth2 или пароль. Нужен ли почтовым программам пароль приложения, сохранённые источники не подтверждают.',
  'provider.aol.server.1': 'Указан в Nodemailer; Thunderbird знает только 465.',
  'provider.icloud.auth.0':
    'iCloud не принимает пароль Apple Account по SMTP: создайте пароль для приложения (нужна двухфакторная аутентификация).',
  'provider.icloud.server.0': 'Используйте 587: сведения о порте 465 расходятся.',
  'provider.icloud.username': 'Ваш адрес iCloud, даже если вы отправляете с собственного домена.',
  'provider.zoho.auth.0':
    'При включённой двухфакторной аутентификации почтовым программам нужен пароль приложения.',
  'provider.zoho.note.0':
    'Используйте хост того центра обработки данных, где находится ваш аккаунт (zoho.eu, zoho.in, …).',
  'provider.zoho.variant.eu': 'Центр обработки данных в ЕС',
  'provider.zoho.variant.in': 'Центр обработки данных в Индии',
  'provider.zoho.variant.au': 'Центр обработки данных в Австралии',
  'provider.zoho.variant.jp': 'Центр обработки данных в Японии',
  'provider.zoho.variant.ca': 'Центр обработки данных в Канаде',
  'provider.zoho.variant.org': 'Аккаунты организаций (свой домен), центр обработки данных в США',
  'provider.fastmail.auth.0':
    'Fastmail: в почтовых программах «нельзя использовать обычный пароль Fastmail»; создайте пароль приложения.',
  'provider.fastmail.auth.1': 'В тарифе Basic доступа по SMTP нет.',
  'provider.fastmail.server.0': 'Fastmail: «шифрование SSL/TLS включено, но не STARTTLS».',
  'provider.proton-bridge.auth.0':
    'Используйте пароль, который показывает Bridge, а не пароль аккаунта Proton.',
  'provider.proton-bridge.auth.1': 'Для Bridge нужен платный тариф Proton.',
  'provider.proton-bridge.server.0':
    'Proton Bridge работает на вашем компьютере; используйте SMTP-порт, который показывает Bridge (обычно 1025). Его сертификат самоподписанный.',
  'provider.gmx.auth.0':
    'В аккаунтах gmx.net нужно один раз разрешить «доступ через POP3 и IMAP» в настройках почты (так сказано в ISPDB от Thunderbird; нужно ли это только для отправки, не подтверждено).',
  'provider.gmx.variant.net': 'Аккаунты gmx.net / gmx.de / gmx.at / gmx.ch',
  'provider.web-de.auth.0':
    'Один раз разрешите «доступ через POP3 и IMAP» в настройках почты WEB.DE (так сказано в ISPDB от Thunderbird; нужно ли это только для отправки, не подтверждено).',
  'provider.web-de.username': 'По ISPDB от Thunderbird — часть адреса до @.',
  'provider.mail-com.note.0': 'У mail.com около 190 доменов для адресов; в файле ISPDB перечислены все.',
  'provider.yandex.auth.0':
    'Почтовые программы входят с паролем приложения; при включённой двухфакторной аутентификации пароли приложений обязательны.',
  'provider.yandex.auth.1': 'SMTP-сервер Яндекса принимает и OAuth (XOAUTH2).',
  'provider.yandex.variant.ru': 'Российское имя хоста',
  'provider.sendgrid.auth.0': 'Пароль — это API-ключ с правом не ниже «Mail».',
  'provider.sendgrid.username': 'Ровно строка «apikey», а не сам ключ.',
  'provider.mailgun.auth.0': 'Учётные данные SMTP задаются для каждого домена отправки.',
  'provider.mailgun.note.0':
    'США и ЕС — отдельные инфраструктуры: используйте хост того региона, где создан ваш домен.',
  'provider.mailgun.username':
    'SMTP-логин вашего домена отправки (Sending → Domain settings → SMTP credentials), например postmaster@mg.example.com.',
  'provider.mailgun.variant.eu': 'Регион ЕС (домены, созданные в ЕС)',
  'provider.amazon-ses.auth.0': 'Создайте учётные данные SMTP для того региона, из которого отправляете.',
  'provider.amazon-ses.note.0': 'SES требует TLS при каждом соединении.',
  'provider.amazon-ses.note.1':
    'Вместо 2525 SES предлагает 2587 (STARTTLS) и 2465 (TLS Wrapper), если 587/465 заблокированы.',
  'provider.amazon-ses.note.2': 'EC2 по умолчанию ограничивает порт 25: из EC2 используйте 587 или 2587.',
  'provider.amazon-ses.server.1': 'TLS Wrapper (сразу TLS).',
  'provider.amazon-ses.server.3': 'TLS Wrapper (сразу TLS).',
  'provider.amazon-ses.username':
    'Учётные данные SES SMTP, созданные в консоли SES, — не ваши ключи доступа AWS.',
  'provider.amazon-ses.variant.us-east-2': 'США, Восток (Огайо)',
  'provider.amazon-ses.variant.us-west-1': 'США, Запад (Северная Калифорния)',
  'provider.amazon-ses.variant.us-west-2': 'США, Запад (Орегон)',
  'provider.amazon-ses.variant.ca-central-1': 'Канада (Центр)',
  'provider.amazon-ses.variant.sa-east-1': 'Южная Америка (Сан-Паулу)',
  'provider.amazon-ses.variant.eu-central-1': 'Европа (Франкфурт)',
  'provider.amazon-ses.variant.eu-north-1': 'Европа (Стокгольм)',
  'provider.amazon-ses.variant.eu-west-1': 'Европа (Ирландия)',
  'provider.amazon-ses.variant.eu-west-2': 'Европа (Лондон)',
  'provider.amazon-ses.variant.eu-west-3': 'Европа (Париж)',
  'provider.amazon-ses.variant.ap-northeast-1': 'Азиатско-Тихоокеанский регион (Токио)',
  'provider.amazon-ses.variant.ap-northeast-2': 'Азиатско-Тихоокеанский регион (Сеул)',
  'provider.amazon-ses.variant.ap-northeast-3': 'Азиатско-Тихоокеанский регион (Осака)',
  'provider.amazon-ses.variant.ap-south-1': 'Азиатско-Тихоокеанский регион (Мумбаи)',
  'provider.amazon-ses.variant.ap-southeast-1': 'Азиатско-Тихоокеанский регион (Сингапур)',
  'provider.amazon-ses.variant.ap-southeast-2': 'Азиатско-Тихоокеанский регион (Сидней)',
  'provider.amazon-ses.variant.us-gov-east-1': 'GovCloud (США, Восток)',
  'provider.amazon-ses.variant.us-gov-west-1': 'GovCloud (США, Запад)',
  'provider.postmark.auth.0':
    'Server API Token (Server → API Tokens) — и как имя пользователя, и как пароль.',
  'provider.postmark.server.0': 'У Postmark нет порта 465: при настройке на 465 соединение зависает.',
  'provider.postmark.username': 'Server API Token — и имя пользователя, и пароль.',
  'provider.postmark.variant.broadcast': 'Поток массовых рассылок (Broadcast)',
  'provider.brevo.auth.0': 'Используйте SMTP-ключ, а не API-ключ и не пароль от Brevo.',
  'provider.brevo.note.0':
    'Brevo называет 587 и 2525 портами «без шифрования»; клиенты переводят их на шифрование командой STARTTLS.',
  'provider.brevo.username': 'SMTP-логин из раздела SMTP & API → SMTP.',
  'provider.smtp2go.auth.0': 'Создайте пользователя SMTP и подтвердите адрес отправителя.',
  'provider.smtp2go.note.0':
    'Здесь SMTP работает и через порты 80 и 443: это выручает, когда заблокированы все почтовые порты.',
  'provider.smtp2go.username': 'Пользователь SMTP из раздела Sending → SMTP Users.',
  'provider.smtp2go.variant.us': 'США',
  'provider.smtp2go.variant.eu': 'ЕС/Великобритания',
  'provider.smtp2go.variant.eu2': 'Только ЕС',
  'provider.smtp2go.variant.au': 'Австралия',
  'provider.mailjet.auth.0': 'API-ключ — как имя пользователя, секретный ключ — как пароль.',
  'provider.mailjet.server.1': 'В руководстве Google Compute Engine почта идёт через in-v3.mailjet.com:2525.',
  'provider.mailjet.server.2': 'Указан только в сторонних руководствах.',
  'provider.mailjet.username': 'Ваш API-ключ Mailjet (пароль — секретный ключ).',
  'provider.sparkpost.auth.0': 'Пароль — это API-ключ с правом «Send via SMTP».',
  'provider.sparkpost.server.1':
    'SparkPost: «запасной порт на случай, когда порт 587 заблокирован (например, в среде Google Compute Engine)».',
  'provider.sparkpost.variant.eu': 'SparkPost ЕС',
  'provider.cpanel.auth.0': 'cPanel: «IMAP, POP3 и SMTP требуют аутентификации» паролем почтового ящика.',
  'provider.cpanel.note.0':
    'Раздел Email Accounts → Connect Devices показывает точный хост и порты вашего аккаунта.',
  'provider.cpanel.server.0':
    'В «Secure SSL/TLS Settings» cPanel указано собственное имя сервера (например, host55.registrar-servers.com); mail.<домен> с SSL часто не проходит проверку сертификата.',
  'provider.cpanel.server.1':
    'Некоторые хостинги с cPanel слушают и порт 26 (или 25), когда 587 заблокирован.',
  'provider.cpanel.username': 'Полный адрес почтового ящика, созданного в cPanel.',
  'provider.plesk.auth.0':
    'По умолчанию для пересылки «требуется авторизация»: входите с адресом и паролем почтового ящика.',
  'provider.plesk.server.0':
    'Администраторы Plesk «могут также попросить клиентов указать порт 587», когда включена отправка через него.',
  'provider.plesk.server.1': 'Предлагается часто; сохранённой страницей Plesk не подтверждено.',
  'provider.directadmin.auth.0':
    'Входите с адресом и паролем почтового ящика (обычно так в хостинговых панелях; для DirectAdmin сохранённым источником не подтверждено).',
  'provider.directadmin.server.0':
    'Собственные настройки DirectAdmin по умолчанию сохранённым источником не подтверждены; это обычная схема mail.<домен> (Thunderbird пробует smtp., затем mail., затем сам домен).',
  'policy.aws.summary':
    'AWS блокирует (раньше говорили «ограничивает») исходящий порт 25 на всех инстансах EC2. Функции Lambda могут отправлять через 25 только из VPC за NAT-шлюзом.',
  'policy.aws.how':
    'Отправьте форму «Request to remove email sending limitations» для аккаунта и региона. Или отправляйте через ретранслятор на 587/2587/465.',
  'policy.gcp.summary':
    'Google Cloud блокирует исходящий порт 25 без исключений. «Хотя порт 25 заблокирован, вы можете отправлять почту через ретранслятор по порту 465, 587 или нестандартному порту».',
  'policy.gcp.how':
    'Исключений не бывает. Отправляйте через своего почтового провайдера на 587/465 или через ретранслятор на 2525.',
  'policy.gcp.note.0':
    'Примерно до 2018 года Google блокировал и 465 и 587, кроме адресов Google; сейчас они открыты.',
  'policy.azure.summary':
    'Azure блокирует исходящий порт 25, кроме подписок Enterprise Agreement и MCA-E. Ретрансляция с аутентификацией на 587 «не ограничена, независимо от типа подписки».',
  'policy.azure.how':
    'Отправлять через 25 могут только подписки Enterprise Agreement / MCA-E. Остальные используют ретранслятор с аутентификацией на 587 (например, Azure Communication Services, SendGrid).',
  'policy.azure.note.0': 'Для большинства новых подписок блокировка действует с 2017-11-15.',
  'policy.digitalocean.summary':
    'DigitalOcean блокирует SMTP на порту 25 с дроплетов новых аккаунтов и не снимает блокировку; советует ретранслятор, например SendGrid.',
  'policy.digitalocean.how':
    'Исключений нет. Отправляйте через своего провайдера на 587/465 или через ретранслятор (2525).',
  'policy.digitalocean.note.0':
    'Источники расходятся насчёт 465 и 587: обзор 2026 года говорит, что они тоже заблокированы (в том числе для Reserved IPs); ответ поддержки 2019 года — что ими можно пользоваться. Прежде чем на них полагаться, проверьте их.',
  'policy.linode.summary':
    'Linode ограничивает исходящие соединения на порты 25, 465 и 587 на всех серверах аккаунтов, созданных после 2019-11-05.',
  'policy.linode.how':
    'Настройте правильные записи A и обратного DNS, затем откройте обращение в поддержку со сведениями, которые требует руководство «Running a Mail Server».',
  'policy.vultr.summary':
    'Vultr по умолчанию блокирует исходящий порт 25. Пользователи сообщают и о том, что поддержка открывает его по запросу, и о том, что больше не открывает.',
  'policy.vultr.how': 'Откройте обращение в поддержку и опишите задачу; одобрение не гарантировано.',
  'policy.hetzner.summary':
    'Hetzner: «Исходящий трафик на порты 25 и 465 по умолчанию заблокирован на всех Cloud Servers». Порт 587 открыт.',
  'policy.hetzner.how':
    'Отправьте запрос на снятие ограничения (limit request) с обоснованием — только когда аккаунту исполнится месяц и первый счёт будет оплачен. Hetzner решает в каждом случае отдельно.',
  'policy.hetzner.note.0':
    'Блокировка стоит до сервера, в сети: ufw и iptables выглядят чистыми, а 465 молча уходит в тайм-аут.',
  'policy.ovh.summary':
    'OVHcloud по умолчанию не блокирует порт 25, но закрывает его на уровне сети, когда антиспам-система видит спам с сервера.',
  'policy.ovh.how':
    'Остановите отправку, очистите сервер, затем запросите разблокировку в панели управления. «Попасть в белый список невозможно».',
  'policy.oracle-cloud.summary':
    'Oracle Cloud блокирует исходящий порт 25 (аккаунты Free Tier, созданные после 2021-06-25, по документу Oracle Support 2787393.1).',
  'policy.oracle-cloud.how':
    'Платные аккаунты могут обратиться в поддержку Oracle; запросы с аккаунтов Always Free отклоняли.',
  'policy.scaleway.summary':
    'Scaleway: «По умолчанию удалённые SMTP-порты (25, 465 и 587) заблокированы» на инстансах.',
  'policy.scaleway.how':
    'Включите SMTP в группе безопасности инстанса в консоли (нужна подтверждённая личность). Через Terraform это не включить.',
  'policy.scaleway.note.0': 'Scaleway Serverless Containers блокируют исходящие 25 и 465.',
  'policy.upcloud.summary':
    'UpCloud закрывает исходящий порт 25 «по умолчанию на всех новых аккаунтах»; пробный период разрешает только стандартные веб-порты.',
  'policy.upcloud.how':
    'Обратитесь в поддержку с подтверждением личности или способа оплаты и опишите задачу.',
  'policy.contabo.summary':
    'Опубликованной политики Contabo по портам не найдено. Пользователи сообщают, что VPS Contabo могут отправлять через порт 25.',
  'policy.contabo.how': 'Спросите поддержку Contabo.',
  'policy.comcast.summary':
    'С 2012-08-01 Comcast «по умолчанию больше не разрешает доступ к порту 25 для домашних пользователей интернета»; советует 587 с аутентификацией или 465 с SSL.',
  'policy.comcast.how':
    'Блокировку снимают «по запросу в команду Customer Security Assurance» (серверы comcast.net всё равно не принимают отправку на 25).',
  'policy.spectrum.summary':
    'Если компьютер подозревают в рассылке спама, фильтр на кабельном модеме блокирует исходящий порт 25, «если он ведёт не на почтовые серверы TWC». Переключите клиент на 587.',
  'policy.spectrum.how': 'Вылечите заражённый компьютер; пока отправляйте через 587.',
  'policy.cox.summary':
    'Cox фильтрует порт 25 в обе стороны: «исходящий SMTP разрешён только на SMTP-серверы Cox». Блокировка действует с июня 2003 года.',
  'policy.cox.how': 'Используйте порт отправки своего провайдера (587/465) вместо 25.',
  'policy.deutsche-telekom.summary':
    'Если с линии идёт спам, Telekom блокирует порт 25/tcp в другие сети. Смартхосты Telekom (mailto.t-online.de, smtpmail.t-online.de, smtprelay.t-online.de, securesmtp.t-online.de), веб-почта и смартхосты других провайдеров на нестандартных портах продолжают работать.',
  'policy.deutsche-telekom.how':
    'Выполните шаги службы безопасности, чтобы обезопасить линию; после этого блокировку снимут.',
  'policy.deutsche-telekom.note.0':
    'Роутеры Speedport с включённой опцией «sichere E-Mail-Server» пропускают порты 25 и 587 только к серверам из списка: «тайм-аут на 587» может быть из-за роутера, а не почтового сервера.',
  'policy.swisscom.summary':
    'Swisscom фильтрует исходящий порт 25 к почтовым серверам и разрешает его только при определённых условиях; советует порт 587.',
  'policy.swisscom.how': 'Используйте порт 587 с аутентификацией.',
  'policy.wessex-internet.summary':
    'Wessex Internet закрывает для домашнего и бизнес-интернета исходящий TCP 25, кроме своего ретранслятора.',
  'policy.wessex-internet.how': 'Используйте ретранслятор Wessex или порты 587/465 своего провайдера.',
};
