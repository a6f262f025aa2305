import type { TranslationOf } from '../../catalog';
import type { providers as english } from '../en/providers';

export const providers: TranslationOf<typeof english> = {
  'providers.auth.m365SmtpAuthDisabled.title':
    'Microsoft 365: SMTP AUTH отключён для этого клиента (тенанта) или почтового ящика',
  'providers.auth.m365SmtpAuthDisabled.summary':
    'SMTP AUTH отключён в организациях, созданных после января 2020 года. Его должны разрешать все три настройки: параметры безопасности по умолчанию, настройка тенанта SmtpClientAuthenticationDisabled и «Проверка подлинности SMTP» почтового ящика.',
  'providers.auth.m365SmtpAuthDisabled.step1':
    'Попросите администратора Microsoft 365 включить «Проверку подлинности SMTP» для этого почтового ящика.',
  'providers.auth.m365SmtpAuthDisabled.step2':
    'Если тенант это запрещает (SmtpClientAuthenticationDisabled = true) или включены параметры безопасности по умолчанию, администратор должен разрешить SMTP AUTH для тенанта или сделать исключение для почтового ящика.',
  'providers.auth.m365SmtpAuthDisabled.step3':
    'Используйте OAuth2, если приложение его поддерживает: базовую проверку подлинности (Basic) для SMTP AUTH выводят из употребления.',

  'providers.auth.m365BasicAuthRetirement.title':
    'Microsoft 365: базовую проверку подлинности (Basic) для SMTP AUTH выводят из употребления',
  'providers.auth.m365BasicAuthRetirement.summary':
    'Exchange Online убирает вход по имени пользователя и паролю (Basic) при отправке через SMTP-клиенты (Message Center MC786329). Приложениям нужно перейти на OAuth2 или другой способ отправки.',
  'providers.auth.m365BasicAuthRetirement.step1':
    'Если приложение или устройство поддерживает OAuth2 для SMTP, переключите его на OAuth2.',
  'providers.auth.m365BasicAuthRetirement.step2':
    'Если нет, отправляйте через SMTP-ретранслятор с соединителем, Azure Communication Services Email, Microsoft 365 High Volume Email (внутренняя почта) или сторонний ретранслятор.',
  'providers.auth.m365BasicAuthRetirement.step3':
    'Пока значение по умолчанию не изменилось, администратор может оставить SMTP AUTH Basic для тенанта; но переход всё равно стоит спланировать.',
  'providers.auth.m365BasicAuthRetirement.timeline.announced': 'Объявлено на сентябрь 2025 года.',
  'providers.auth.m365BasicAuthRetirement.timeline.delayed':
    'Отложено: отказы должны были начаться 2026-03-01 и достичь 100 % к 2026-04-30.',
  'providers.auth.m365BasicAuthRetirement.timeline.replanned':
    'Перенесено: до декабря 2026 года ничего не меняется.',
  'providers.auth.m365BasicAuthRetirement.timeline.defaultOff':
    'Конец декабря 2026 года: по умолчанию отключено для существующих тенантов; администраторы ещё могут это включить. Тенантам, созданным после декабря 2026 года, по умолчанию недоступно.',
  'providers.auth.m365BasicAuthRetirement.timeline.finalDate':
    'Вторая половина 2027 года: Microsoft объявит окончательную дату отключения.',
  'providers.auth.m365BasicAuthRetirement.status.before':
    'До конца декабря 2026 года SMTP AUTH с базовой проверкой подлинности (Basic) продолжает работать там, где это разрешает тенант.',
  'providers.auth.m365BasicAuthRetirement.status.after':
    'С конца декабря 2026 года SMTP AUTH с базовой проверкой подлинности (Basic) по умолчанию отключён для существующих тенантов (администратор может снова его включить) и по умолчанию недоступен для новых; окончательную дату отключения Microsoft объявит во второй половине 2027 года.',

  'providers.auth.outlookComOAuth.title':
    'Outlook.com / Hotmail: пароли больше не работают в почтовых программах',
  'providers.auth.outlookComOAuth.summary':
    'С 2024-09-16 личные учётные записи Microsoft (outlook.com, hotmail.com, live.com, msn.com) принимают в других почтовых программах только современную проверку подлинности (OAuth2). Пароли и пароли приложений по SMTP отклоняются.',
  'providers.auth.outlookComOAuth.step1':
    'Используйте почтовую программу, которая входит через Microsoft (OAuth2): современный Outlook, Thunderbird, Apple Mail.',
  'providers.auth.outlookComOAuth.step2':
    'Для скрипта или устройства, которое умеет передавать только пароль, отправляйте почту через другого провайдера или ретранслятор.',

  'providers.auth.googleLessSecureApps.title': 'Google: пароль аккаунта больше не подходит для SMTP',
  'providers.auth.googleLessSecureApps.summary':
    'Google отключил вход по паролю для «ненадёжных приложений»: для личных аккаунтов 2022-05-30, для аккаунтов Workspace 2024-09-30 («за исключением паролей приложений»). Gmail отвечает «535 5.7.8 Username and Password not accepted» или «534 5.7.9 Application-specific password required».',
  'providers.auth.googleLessSecureApps.step1': 'Включите двухэтапную аутентификацию в аккаунте Google.',
  'providers.auth.googleLessSecureApps.step2':
    'Создайте пароль приложения и используйте его вместо пароля аккаунта (имя пользователя — по-прежнему ваш полный адрес).',
  'providers.auth.googleLessSecureApps.step3':
    'Или используйте приложение, которое входит через Google (OAuth2).',
  'providers.auth.googleLessSecureApps.timeline.personalOff':
    'Ненадёжные приложения отключены для личных аккаунтов Google.',
  'providers.auth.googleLessSecureApps.timeline.workspaceNew':
    'Workspace: новые подключения ненадёжных приложений отклоняются.',
  'providers.auth.googleLessSecureApps.timeline.workspaceOff':
    'Workspace: вход по паролю отключён для IMAP, SMTP, POP, CalDAV, CardDAV (кроме паролей приложений).',

  'providers.auth.appPassword.title': '{provider}: используйте пароль приложения',
  'providers.auth.appPassword.step1': 'Создайте пароль приложения в настройках учётной записи {provider}.',
  'providers.auth.appPassword.step2': 'Введите его в почтовой программе вместо пароля учётной записи.',
  'providers.auth.yahoo.summary':
    'Почтовые программы, которые не используют страницу входа Yahoo, должны входить с паролем приложения («Создать пароль приложения» в разделе «Безопасность аккаунта»). Пароли приложений продолжают работать после смены основного пароля.',
  'providers.auth.icloud.summary':
    'iCloud Mail не принимает пароль Apple ID по SMTP: создайте пароль для приложения (нужна двухфакторная аутентификация) и укажите ваш адрес iCloud как имя пользователя.',
  'providers.auth.fastmail.summary':
    'Fastmail: обычный пароль Fastmail в почтовых программах не подходит — создайте пароль приложения с доступом к SMTP. В тарифе Basic SMTP нет.',
  'providers.auth.yandex.summary':
    'Почтовые программы входят в Яндекс с паролем приложения; «если включена двухфакторная аутентификация, пароли приложений обязательны».',
  'providers.auth.zoho.summary':
    'Если включена двухфакторная аутентификация, Zoho Mail требует в почтовых программах пароль для конкретного приложения. Используйте SMTP-сервер своего центра обработки данных (smtp.zoho.eu, smtp.zoho.in, …).',
  'providers.username.email': 'ваш полный адрес электронной почты',
  'providers.username.localpart': 'часть вашего адреса до @',
  'providers.username.literal': 'ровно текст «{value}»',
  'providers.discovery.detail.noUsableServer': 'нет пригодного SMTP-сервера',
  'providers.discovery.detail.noSrv': 'нет записей SRV',
  'providers.discovery.detail.noDomain': 'домен не существует',
  'providers.discovery.detail.noMx': 'нет записей MX',
  'providers.discovery.detail.mxUnknown': 'MX-хост не принадлежит известному провайдеру',
  'providers.discovery.detail.mxUnknownIspdb':
    'MX-хост не принадлежит известному провайдеру; ISPDB {base}: {detail}',
  'providers.discovery.detail.noPreset': 'нет готовых настроек для этого домена',
  'providers.discovery.detail.offline': 'нет сети',
  'providers.discovery.detail.noNetwork': 'нет доступа к сети и резолвера',
  'providers.discovery.notConfirmed': '{text} (не подтверждено)',
  'providers.discovery.username.asGiven': 'как указывает провайдер',
  'providers.discovery.username.formed': 'по шаблону {template}',
  'providers.discovery.username.srv': 'не опубликовано в DNS: обычно ваш полный адрес электронной почты',
  'providers.discovery.plainLast':
    'Сервер без TLS стоит в списке последним; не используйте его, если работает другой.',
  'providers.discovery.oauthOnly':
    'Этот провайдер принимает только вход через OAuth2: используйте почтовую программу, которая его поддерживает.',
  'providers.discovery.srvNotOffered': '{label} опубликован как недоступный (цель «.»).',
  'providers.discovery.mxProvider': 'Почту этого домена обслуживает {provider} (MX {mx}).',
  'providers.discovery.mxIspdb': 'Найдено по домену {base} MX-хоста в базе ISPDB Thunderbird.',
  'providers.discovery.notAnAddress': 'Это не адрес электронной почты и не доменное имя.',
  'providers.discovery.skipped': 'Поиск в сети пропущен; проверены только встроенные настройки.',
  'providers.discovery.failed':
    'Поиск в сети не удался (нет ответа от DNS или серверов autoconfig); проверены только встроенные настройки.',
  'providers.discovery.nothing':
    'Ни один источник не публикует настройки отправки для этого домена. Спросите почтового провайдера или попробуйте smtp.<domain> / mail.<domain> на порту 587 (STARTTLS) или 465 (TLS).',
};
