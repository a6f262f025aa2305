import type { TranslationOf } from '../../catalog';
import type { explainPolicy as english } from '../en/explain-policy';

export const explainPolicy: TranslationOf<typeof english> = {
  'policy.list.or': '{a} oder {b}',

  'policy.answer.cause.portBlocked': 'das Netzwerk sperrt den Mail-Port',
  'policy.answer.cause.serverUnreachable': 'der Mailserver ist nicht erreichbar oder lehnt die Verbindung ab',
  'policy.answer.cause.dnsFailure': 'der Name des Mailservers ist falsch oder lässt sich nicht auflösen',
  'policy.answer.cause.tlsMismatch': 'die Verschlüsselungseinstellung passt nicht zum Port',
  'policy.answer.headline.pageServerUnreachable':
    'Der Server hinter dieser Seite konnte seinen Mailserver nicht erreichen',
  'policy.answer.headline.couldNotConnect': 'Keine Verbindung zum Mailserver',
  'policy.answer.who.greylisted':
    'Niemand muss etwas ändern: Der empfangende Server hat nur gebeten, es später noch einmal zu versuchen.',
  'policy.answer.next.greylisted.seconds':
    'Warten Sie {count, plural, one {{count} Sekunde} other {{count} Sekunden}} und klicken Sie dann erneut auf „Senden“.',
  'policy.answer.next.greylisted.minutes':
    'Warten Sie {count, plural, one {{count} Minute} other {{count} Minuten}} und klicken Sie dann erneut auf „Senden“.',
  'policy.answer.next.greylisted.fewMinutes':
    'Warten Sie ein paar Minuten und klicken Sie dann erneut auf „Senden“.',
  'policy.answer.next.greylisted.detail':
    'Webmail und die meisten Apps versuchen es nicht von selbst erneut; ein Mailserver mit Warteschlange schon.',
  'policy.answer.who.rateLimit': 'Sie: Der Server begrenzt, wie viel ein Konto sendet.',
  'policy.answer.next.rateLimit.seconds':
    'Warten Sie {count, plural, one {{count} Sekunde} other {{count} Sekunden}}, bevor Sie erneut senden, und senden Sie weniger Nachrichten auf einmal.',
  'policy.answer.next.rateLimit.minutes':
    'Warten Sie {count, plural, one {{count} Minute} other {{count} Minuten}}, bevor Sie erneut senden, und senden Sie weniger Nachrichten auf einmal.',
  'policy.answer.next.rateLimit.hourOrSo':
    'Warten Sie etwa eine Stunde, bevor Sie erneut senden, und senden Sie weniger Nachrichten auf einmal.',
  'policy.answer.who.recipientRejected': 'Sie: Das Senden hat funktioniert, die Adresse nicht.',
  'policy.answer.next.recipientRejected':
    'Prüfen Sie die Adresse des Empfängers auf Tippfehler und senden Sie erneut.',
  'policy.answer.who.mailboxFull': 'Der Empfänger: Sein Postfach ist voll.',
  'policy.answer.next.mailboxFull':
    'Erreichen Sie ihn auf anderem Weg oder versuchen Sie es später noch einmal.',
  'policy.answer.who.domainAuth': 'Wer das DNS von {domain} verwaltet, oder Ihr E-Mail-Anbieter.',
  'policy.answer.who.domainAuthUnnamed': 'Wer das DNS Ihrer Domain verwaltet, oder Ihr E-Mail-Anbieter.',
  'policy.answer.next.domainAuth':
    'Wenn Sie {domain} nicht selbst verwalten, senden Sie dies an die zuständige Person.',
  'policy.answer.next.domainAuthUnnamed':
    'Wenn Sie Ihre Domain nicht selbst verwalten, senden Sie dies an die zuständige Person.',
  'policy.answer.copy.toDomainManager': 'Nachricht an den Domain-Verwalter kopieren',
  'policy.answer.who.providerAccount': 'Sie, in Ihrem {provider}-Konto.',
  'policy.answer.link.providerHelp': 'Hilfe des Anbieters',
  'policy.answer.who.webmail':
    'Der Administrator von {host}: Der Server des Webmailers baut die Verbindung auf, daher kann nichts auf Ihrem Computer das beheben.',
  'policy.answer.who.webmailThisSite':
    'Der Administrator dieser Website: Der Server des Webmailers baut die Verbindung auf, daher kann nichts auf Ihrem Computer das beheben.',
  'policy.answer.next.webmail':
    'Senden Sie diese Nachricht an Ihren E-Mail-Administrator oder Hosting-Anbieter.',
  'policy.answer.copy.toAdministrator': 'Nachricht an den Administrator kopieren',
  'policy.answer.who.siteHost':
    'Wer {host} betreibt: Das Netzwerk des Hosters sperrt womöglich den Mail-Port.',
  'policy.answer.who.siteHostThisSite':
    'Wer diese Website betreibt: Das Netzwerk des Hosters sperrt womöglich den Mail-Port.',
  'policy.answer.next.siteHost':
    'Verwenden Sie in den Mail-Einstellungen dieser Seite Port 587 mit STARTTLS (oder 465 mit SSL/TLS); klappt es dann immer noch nicht, senden Sie dies an Ihren Hoster.',
  'policy.answer.copy.toHost': 'Nachricht an den Hoster kopieren',
  'policy.answer.who.siteSettings': 'Wer {host} betreibt, in dessen Mail-Einstellungen.',
  'policy.answer.who.siteSettingsThisSite': 'Wer diese Website betreibt, in deren Mail-Einstellungen.',
  'policy.answer.who.providerServer':
    'Ihr E-Mail-Anbieter: Er betreibt den Server, dessen Adresse abgelehnt wurde.',
  'policy.answer.next.providerServer': 'Senden Sie dies an den Support Ihres E-Mail-Anbieters.',
  'policy.answer.copy.toProvider': 'Nachricht an Ihren E-Mail-Anbieter kopieren',
  'policy.answer.who.bounce':
    'Sie oder Ihr E-Mail-Anbieter: Dessen Server hat die Nachricht angenommen, konnte sie aber nicht zustellen.',
  'policy.answer.who.undecided':
    'Sie oder wer Ihr Netzwerk oder den Mailserver betreibt: Ein Test zeigt, wer.',
  'policy.answer.next.undecided':
    'Versuchen Sie einmal, aus einem anderen Netzwerk zu senden, etwa über einen Handy-Hotspot.',
  'policy.answer.next.undecided.detail':
    'Klappt es dort, sperrt Ihr Netzwerk den Mail-Port; scheitert es überall, ist der Server oder sein Name falsch.',
  'policy.answer.next.undecided.detailProbe':
    'Klappt es dort, sperrt Ihr Netzwerk den Mail-Port; scheitert es überall, ist der Server oder sein Name falsch. Oder führen Sie den Test unten aus.',
  'policy.answer.who.thisDevice': 'Sie, in den Einstellungen Ihrer Mail-App oder Ihres Skripts.',
  'policy.answer.next.readFullError': 'Lesen Sie unten die vollständige Fehlermeldung.',
  'policy.answer.copy.settings': 'Einstellungen kopieren',
  'policy.answer.admin.greeting.there': 'Guten Tag,',
  'policy.answer.admin.greeting.administrator': 'Guten Tag, liebe Administration,',
  'policy.answer.admin.greeting.supportTeam': 'Guten Tag, liebes Support-Team,',
  'policy.answer.admin.fails': 'das Senden von E-Mails schlägt fehl. Diese Fehlermeldung wurde angezeigt:',
  'policy.answer.admin.fails.from':
    'das Senden von E-Mails über {pageHost} schlägt fehl. Diese Fehlermeldung wurde angezeigt:',
  'policy.answer.admin.fails.at':
    'das Senden von E-Mails schlägt fehl. Diese Fehlermeldung wurde am {time} angezeigt:',
  'policy.answer.admin.fails.fromAt':
    'das Senden von E-Mails über {pageHost} schlägt fehl. Diese Fehlermeldung wurde am {time} angezeigt:',
  'policy.answer.admin.check.connect':
    'Bitte prüfen Sie, ob dieser Server ausgehende Verbindungen zu {host} über Port {ports} aufbauen kann (viele Hoster sperren Port 25; 587 mit STARTTLS und 465 mit SSL/TLS sind die Ports zum Senden), und ob der Mailserver läuft.',
  'policy.answer.admin.check.connectNoPort':
    'Bitte prüfen Sie, ob dieser Server ausgehende Verbindungen zu {host} über den SMTP-Port aufbauen kann (viele Hoster sperren Port 25; 587 mit STARTTLS und 465 mit SSL/TLS sind die Ports zum Senden), und ob der Mailserver läuft.',
  'policy.answer.admin.check.connectNoHost':
    'Bitte prüfen Sie, ob dieser Server ausgehende Verbindungen zu seinem Mailserver über Port {ports} aufbauen kann (viele Hoster sperren Port 25; 587 mit STARTTLS und 465 mit SSL/TLS sind die Ports zum Senden), und ob der Mailserver läuft.',
  'policy.answer.admin.check.connectNoHostNoPort':
    'Bitte prüfen Sie, ob dieser Server ausgehende Verbindungen zu seinem Mailserver über den SMTP-Port aufbauen kann (viele Hoster sperren Port 25; 587 mit STARTTLS und 465 mit SSL/TLS sind die Ports zum Senden), und ob der Mailserver läuft.',
  'policy.answer.admin.check.tls':
    'Bitte prüfen Sie die Verschlüsselungseinstellung (465 = SSL/TLS, 587 = STARTTLS) und das Zertifikat des Mailservers.',
  'policy.answer.admin.check.auth':
    'Bitte prüfen Sie den Benutzernamen und das Passwort (oder App-Passwort), mit denen sich der Server beim Mailserver anmeldet.',
  'policy.answer.admin.check.domain':
    'Bitte prüfen Sie die SPF- und DKIM-Einträge von {domain} für den Dienst, der ihre E-Mails sendet.',
  'policy.answer.admin.check.domainUnnamed':
    'Bitte prüfen Sie die SPF- und DKIM-Einträge der sendenden Domain für den Dienst, der ihre E-Mails sendet.',
  'policy.answer.admin.check.ip':
    'Bitte prüfen Sie die IP-Adresse des sendenden Servers: ihre Einträge in Sperrlisten und ihren Reverse-DNS-Namen.',
  'policy.answer.admin.check.sender':
    'Bitte prüfen Sie, mit welchen Absenderadressen der Mailserver dieses Konto senden lässt.',
  'policy.answer.admin.check.log': 'Bitte prüfen Sie das Protokoll des Mailservers zu diesem Zeitpunkt.',
  'policy.answer.admin.thanks': 'Vielen Dank.',

  'policy.term.starttls':
    'die Verbindung beginnt unverschlüsselt und schaltet dann auf Verschlüsselung um (Port 587)',
  'policy.term.sslTls': 'die Verbindung ist von Anfang an verschlüsselt (Port 465)',
  'policy.term.smtp': 'das Protokoll, mit dem Mail-Apps und Server E-Mails senden',
  'policy.term.mx': 'der DNS-Eintrag mit den Servern, die die E-Mails einer Domain empfangen',
  'policy.term.relay.name': 'Relay',
  'policy.term.relay': 'ein Dienst, der E-Mails für Sie weiterleitet',
  'policy.term.spf': 'ein DNS-Eintrag mit den Servern, die für eine Domain senden dürfen',
  'policy.term.dkim': 'eine Signatur, die belegt, dass eine Nachricht von ihrer Domain stammt',
  'policy.term.dmarc': 'die Regel der Domain für E-Mails, die SPF und DKIM nicht bestehen',
  'policy.term.appPassword.name': 'App-Passwort',
  'policy.term.appPassword': 'ein eigenes Passwort, das Ihr Anbieter für eine einzelne Mail-App erstellt',
  'policy.term.greylisting.name': 'Greylisting',
  'policy.term.greylisting':
    'der Empfänger weist einen neuen Absender einmal ab und nimmt den zweiten Versuch an',
  // @end answer

  'policy.auth.readReply': 'Lesen Sie die Antwort des Servers',
  'policy.auth.failed.title': 'Der Server hat Benutzername oder Passwort abgelehnt',
  'policy.auth.failed.summary':
    'Die Verbindung zu {host} über Port {ports} hat funktioniert, aber die Anmeldung wurde abgelehnt: Das Passwort ist falsch, oder der Anbieter verlangt für Apps eine andere Art von Passwort.',
  'policy.auth.failed.summary.noPort':
    'Die Verbindung zu {host} hat funktioniert, aber die Anmeldung wurde abgelehnt: Das Passwort ist falsch, oder der Anbieter verlangt für Apps eine andere Art von Passwort.',
  'policy.auth.failed.summary.noHost':
    'Die Verbindung zum Mailserver über Port {ports} hat funktioniert, aber die Anmeldung wurde abgelehnt: Das Passwort ist falsch, oder der Anbieter verlangt für Apps eine andere Art von Passwort.',
  'policy.auth.failed.summary.noHostNoPort':
    'Die Verbindung zum Mailserver hat funktioniert, aber die Anmeldung wurde abgelehnt: Das Passwort ist falsch, oder der Anbieter verlangt für Apps eine andere Art von Passwort.',
  'policy.auth.failed.why':
    'Viele Anbieter lehnen Ihr normales Passwort in Apps und auf Geräten ab und verlangen stattdessen ein App-Passwort: Gmail (mit aktivierter Bestätigung in zwei Schritten), Yahoo, iCloud, Zoho (mit aktivierter Zwei-Faktor-Authentifizierung) und Fastmail. Relay-Dienste verlangen ihren SMTP- oder API-Schlüssel, nicht Ihr Kontopasswort. Der Benutzername ist meist die vollständige E-Mail-Adresse.',
  'policy.auth.failed.confirm.webmail':
    'Melden Sie sich mit demselben Benutzernamen und Passwort im Webmail des Anbieters an',
  'policy.auth.failed.confirm.webmail.detail':
    'Klappt das, SMTP lehnt aber weiter ab, braucht das Konto ein App-Passwort oder die SMTP-Anmeldung ist ausgeschaltet.',
  'policy.auth.failed.step.reenter':
    'Geben Sie den Benutzernamen (Ihre vollständige E-Mail-Adresse) und das Passwort erneut ein',
  'policy.auth.failed.step.reenter.detail':
    'Achten Sie auf mitkopierte Leerzeichen am Anfang oder Ende und auf ein Tastaturlayout, das Zeichen vertauscht.',
  'policy.auth.failed.step.appPassword':
    'Erstellen Sie ein App-Passwort und verwenden Sie es statt Ihres normalen Passworts',
  'policy.auth.failed.step.appPassword.detail':
    'Google: myaccount.google.com/apppasswords (erfordert die Bestätigung in zwei Schritten). Yahoo, iCloud, Zoho und Fastmail: in den Sicherheitseinstellungen des Kontos. Ein App-Passwort gilt nur für das Konto, das es erstellt hat.',
  'policy.auth.failed.step.relay':
    'Verwenden Sie bei einem Relay-Dienst die SMTP-Zugangsdaten aus dessen Dashboard',
  'policy.auth.failed.step.relay.detail':
    'SendGrid: Benutzername „apikey“ und ein API-Schlüssel. Amazon SES: SMTP-Zugangsdaten, nicht Ihre AWS-Zugriffsschlüssel. Brevo: der SMTP-Schlüssel. Postmark: das Server-API-Token als Benutzername und als Passwort.',
  'policy.auth.failed.step.securityHold':
    'Ist das Passwort richtig, prüfen Sie, ob das Konto aus Sicherheitsgründen gesperrt ist',
  'policy.auth.failed.step.securityHold.detail':
    'Melden Sie sich im Web an: Anbieter halten Anmeldungen von neuen Orten an, bis Sie sie bestätigen.',
  'policy.auth.required.title': 'Der Server verlangt zuerst Verschlüsselung oder eine Anmeldung',
  'policy.auth.required.summary':
    'Der Server hat geantwortet, die Nachricht aber nicht angenommen, weil sich das Programm nicht angemeldet oder vorher keine Verschlüsselung (STARTTLS) eingeschaltet hat.',
  'policy.auth.required.why':
    'Server für den Versand nehmen E-Mails nur von angemeldeten Benutzern an, und die meisten akzeptieren die Anmeldung nur über eine verschlüsselte Verbindung. Port 25 ohne Anmeldung nimmt nur E-Mails an die eigenen Benutzer dieses Servers an.',
  'policy.auth.required.confirm.reply.detail':
    '„Must issue a STARTTLS command first“ verlangt Verschlüsselung; „Authentication required“ oder „Client not authenticated“ verlangt eine Anmeldung.',
  'policy.auth.required.step.encryption':
    'Schalten Sie die Verschlüsselung ein: STARTTLS auf Port 587 oder SSL/TLS auf Port 465',
  'policy.auth.required.step.login':
    'Schalten Sie die Authentifizierung mit dem Benutzernamen und Passwort des Kontos ein',
  'policy.auth.required.step.login.detail':
    'Outlook: „Der Postausgangsserver (SMTP) erfordert Authentifizierung“. Nodemailer: {nodemailerAuth}. PHPMailer: SMTPAuth = true mit Username und Password.',
  'policy.auth.required.step.submissionPort':
    'Verwenden Sie statt 25 den Port für den Versand (587 oder 465)',
  'policy.auth.disabled.title': 'Die SMTP-Anmeldung ist für dieses Konto ausgeschaltet',
  'policy.auth.disabled.summary':
    'Der Anbieter hat die Anmeldung unabhängig vom Passwort abgelehnt: Die SMTP-Anmeldung mit einfachem Benutzernamen und Passwort („Standardauthentifizierung“) ist für dieses Konto oder diese Organisation ausgeschaltet, oder es wird nur eine moderne Anmeldung (OAuth) akzeptiert.',
  'policy.auth.disabled.why':
    'Microsoft 365 schaltet SMTP AUTH für Organisationen, die seit Januar 2020 angelegt wurden, standardmäßig aus und sperrt es, sobald die Sicherheitsstandards aktiv sind; außerdem schafft Microsoft die Standardauthentifizierung für SMTP AUTH ganz ab (Message Center MC786329). Private Outlook.com-Konten akzeptieren seit September 2024 nur noch OAuth. Google hat den Zugriff durch „weniger sichere Apps“ abgeschaltet; es bleiben OAuth und App-Passwörter.',
  'policy.auth.disabled.confirm.reply.detail':
    '„SmtpClientAuthentication is disabled for the Tenant“ oder „for the Mailbox“: Der Schalter für SMTP AUTH ist aus. „security defaults policy“: Die Sicherheitsstandards sperren es. „Basic authentication is not supported“ (5.7.30): Nur OAuth funktioniert.',
  'policy.auth.disabled.step.m365':
    'Microsoft 365: Schalten Sie „Authentifiziertes SMTP“ für das sendende Postfach ein',
  'policy.auth.disabled.step.m365.detail':
    'Admin Center → Benutzer → Aktive Benutzer → der Benutzer → E-Mail → E-Mail-Apps verwalten → Authentifiziertes SMTP. Die Einstellung am Postfach hat Vorrang vor der für die ganze Organisation. In Exchange Online PowerShell:',
  'policy.auth.disabled.step.oauth': 'Nutzen Sie OAuth 2.0, wo die App es unterstützt',
  'policy.auth.disabled.step.oauth.detail':
    'Microsoft 365, Outlook.com und Gmail akzeptieren SMTP mit OAuth 2.0 (XOAUTH2); Thunderbird, Nodemailer, MailKit und PHPMailer (mit einem OAuth-Anbieter) unterstützen es. Mit OAuth bleiben die Sicherheitsstandards eingeschaltet.',
  'policy.auth.disabled.step.google':
    'Gmail und Google Workspace: Verwenden Sie ein App-Passwort (erfordert die Bestätigung in zwei Schritten) oder OAuth',
  'policy.auth.disabled.step.relay': 'Geräte und Apps, die beides nicht können, senden über ein Relay',
  'policy.auth.disabled.step.relay.detail':
    'Ein Relay-Dienst oder die Möglichkeiten von Microsoft 365 selbst: ein SMTP-Relay-Connector oder direktes Senden an den MX-Host Ihres Mandanten (…mail.protection.outlook.com, Port 25), das nur Empfänger innerhalb Ihrer Organisation erreicht.',

  'policy.delivery.rateLimit.title': 'Sendelimit erreicht',
  'policy.delivery.rateLimit.summary':
    'Der Server hat die Verbindung angenommen, lehnt aber vorerst weitere E-Mails ab: Dieses Konto oder diese Adresse hat zu viel oder zu schnell gesendet oder ein Tageskontingent aufgebraucht.',
  'policy.delivery.rateLimit.why':
    'Anbieter begrenzen das Senden, um Missbrauch zu verhindern: Nachrichten pro Tag oder Stunde, Empfänger pro Nachricht, gleichzeitige Verbindungen. Die Limits werden meist innerhalb eines Tages zurückgesetzt. Ein Limit, das Sie nicht erwartet haben, kann bedeuten, dass jemand anderes über das Konto sendet.',
  'policy.delivery.rateLimit.confirm.limits':
    'Prüfen Sie die veröffentlichten Sendelimits des Anbieters und den Ordner „Gesendet“ des Kontos',
  'policy.delivery.rateLimit.confirm.limits.detail':
    'Nachrichten im Ordner „Gesendet“, die Sie nicht geschrieben haben, bedeuten, dass das Konto kompromittiert ist.',
  'policy.delivery.rateLimit.step.wait': 'Warten Sie und senden Sie später erneut',
  'policy.delivery.rateLimit.step.wait.temporary':
    'Diese Antwort ist vorübergehend: Ein Mailserver versucht es von selbst erneut.',
  'policy.delivery.rateLimit.step.wait.daily':
    'Tageslimits werden meist innerhalb von 24 Stunden zurückgesetzt.',
  'policy.delivery.rateLimit.step.batches':
    'Senden Sie in kleineren Mengen: weniger Empfänger pro Nachricht, weniger gleichzeitige Verbindungen',
  'policy.delivery.rateLimit.step.service':
    'Nutzen Sie für Newsletter oder größere Mengen App-Mails einen E-Mail-Dienst, der dafür gemacht ist',
  'policy.delivery.rateLimit.step.service.detail':
    'Dienste für Transaktions- und Massenmails (SendGrid, Mailgun, Amazon SES, Postmark …) haben weit höhere Limits.',
  'policy.delivery.rateLimit.step.password': 'Wenn Sie nicht so viel gesendet haben, ändern Sie das Passwort',
  'policy.delivery.messageRejected.title': 'Die Nachricht selbst wurde abgelehnt (Größe oder Inhalt)',
  'policy.delivery.messageRejected.summary':
    'Der Server hat Absender und Empfänger angenommen, aber diese Nachricht abgelehnt: Sie ist zu groß, oder ihr Inhalt wirkte wie Spam oder verstieß gegen eine Richtlinie.',
  'policy.delivery.messageRejected.why':
    'Server begrenzen die Nachrichtengröße, meist irgendwo zwischen 10 und 50 MB, und Anhänge werden beim Kodieren für E-Mail um etwa ein Drittel größer. Spamfilter lehnen Nachrichten mit verdächtigen Links, riskanten Anhangstypen (etwa .exe) oder spamtypischen Formulierungen ab.',
  'policy.delivery.messageRejected.confirm.codes': 'Lesen Sie die Codes',
  'policy.delivery.messageRejected.confirm.codes.detail':
    '552 oder 5.3.4 / 5.2.3 betrifft die Größe; 554 oder 5.7.1 mit Wörtern wie „spam“ oder „content“ betrifft den Inhalt.',
  'policy.delivery.messageRejected.confirm.test':
    'Senden Sie eine kurze Test-Nachricht als reinen Text an denselben Empfänger',
  'policy.delivery.messageRejected.confirm.test.detail':
    'Kommt sie an, liegt das Problem an der ursprünglichen Nachricht, nicht an Ihrer Einrichtung.',
  'policy.delivery.messageRejected.step.size':
    'Zu groß: Teilen Sie große Dateien als Link, statt sie anzuhängen',
  'policy.delivery.messageRejected.step.content':
    'Inhalt: Entfernen Sie Link-Kürzer und riskante Anhänge und prüfen Sie, ob die verlinkten Domains auf Sperrlisten stehen',
  'policy.delivery.messageRejected.step.link': 'Folgen Sie dem Link in der Ablehnung, falls vorhanden',
  'policy.delivery.messageRejected.step.link.detail':
    'Anbieter verweisen auf die Richtlinie, gegen die die Nachricht verstoßen hat.',
  'policy.delivery.mailboxFull.title': 'Das Postfach des Empfängers ist voll',
  'policy.delivery.mailboxFull.summary':
    'Das Postfach des Empfängers hat sein Speicherlimit überschritten und kann keine neuen E-Mails annehmen. An Ihrer Einrichtung ist nichts falsch.',
  'policy.delivery.mailboxFull.why.temporary':
    'Jedes Postfach hat eine Größenbegrenzung, und verlassene Postfächer laufen mit Spam voll und bleiben voll. Diese Antwort ist vorübergehend: Ihr Mailserver versucht es noch eine Weile erneut.',
  'policy.delivery.mailboxFull.why':
    'Jedes Postfach hat eine Größenbegrenzung, und verlassene Postfächer laufen mit Spam voll und bleiben voll. Eine 4xx-Antwort (452 4.2.2) ist vorübergehend und wird wiederholt; eine 5xx-Antwort (552 5.2.2) ist endgültig.',
  'policy.delivery.mailboxFull.confirm.later':
    'Senden Sie später erneut oder fragen Sie den Empfänger, ob sein Postfach voll ist',
  'policy.delivery.mailboxFull.step.tell':
    'Informieren Sie den Empfänger auf anderem Weg (Telefon, andere Adresse)',
  'policy.delivery.mailboxFull.step.again': 'Senden Sie erneut, sobald er Platz geschaffen hat',
  'policy.delivery.mailboxFull.step.own':
    'Ist es Ihr eigenes Postfach, löschen Sie große Nachrichten und leeren Sie Papierkorb und Spam',
  'policy.delivery.greylisted.title':
    'Vorerst zurückgestellt (Greylisting): Beim erneuten Versuch geht es durch',
  'policy.delivery.greylisted.summary':
    'Der empfangende Server hat den Absender gebeten, später wiederzukommen. Das ist eine übliche Anti-Spam-Technik namens Greylisting: Ein echter Mailserver versucht es nach ein paar Minuten erneut und wird durchgelassen.',
  'policy.delivery.greylisted.why':
    'Spam-Software versucht es oft nie erneut, deshalb weisen Empfänger E-Mails von unbekannten Absendern einmal ab. Ordentliche Mailserver behalten die Nachricht in ihrer Warteschlange und versuchen es von selbst erneut.',
  'policy.delivery.greylisted.confirm.wait.seconds':
    'Warten Sie {count, plural, one {{count} Sekunde} other {{count} Sekunden}} und sehen Sie dann noch einmal nach',
  'policy.delivery.greylisted.confirm.wait.minutes':
    'Warten Sie {count, plural, one {{count} Minute} other {{count} Minuten}} und sehen Sie dann noch einmal nach',
  'policy.delivery.greylisted.confirm.wait.fewMinutes':
    'Warten Sie ein paar Minuten und sehen Sie dann noch einmal nach',
  'policy.delivery.greylisted.confirm.wait.detail': 'Beim nächsten Versuch sollte die Nachricht durchgehen.',
  'policy.delivery.greylisted.step.wait.seconds':
    'Warten Sie {count, plural, one {{count} Sekunde} other {{count} Sekunden}} und klicken Sie dann erneut auf „Senden“',
  'policy.delivery.greylisted.step.wait.minutes':
    'Warten Sie {count, plural, one {{count} Minute} other {{count} Minuten}} und klicken Sie dann erneut auf „Senden“',
  'policy.delivery.greylisted.step.wait.fewMinutes':
    'Warten Sie ein paar Minuten und klicken Sie dann erneut auf „Senden“',
  'policy.delivery.greylisted.step.wait.detail':
    'Webmail und die meisten Apps versuchen es nicht von selbst erneut: Dieselbe Nachricht nach der Wartezeit noch einmal zu senden, ist der erneute Versuch, den der Server verlangt hat. Ein Mailserver mit Warteschlange versucht es von selbst.',
  'policy.delivery.greylisted.step.script':
    'Sendet ein Skript direkt an den Server des Empfängers, lassen Sie es erneut versuchen oder über einen Mailserver senden',
  'policy.delivery.greylisted.step.script.detail':
    'Ein Mailserver oder Relay stellt E-Mails in die Warteschlange und versucht es automatisch erneut.',
  'policy.delivery.greylisted.step.notGreylisting':
    'Scheitert es nach einer Stunde oder länger immer noch, ist es kein Greylisting: Lesen Sie die vollständige Antwort',
  'policy.delivery.unknown.title': 'Fehler beim Senden von E-Mails (Ursache nicht erkannt)',
  'policy.delivery.unknown.summary':
    'Der Server hat mit {code} geantwortet. Das ist ein Fehler beim Senden von E-Mails, aber er passt zu keiner uns bekannten Ursache.',
  'policy.delivery.unknown.summary.meaning':
    'Der Server hat mit {code} geantwortet ({meaning}). Das ist ein Fehler beim Senden von E-Mails, aber er passt zu keiner uns bekannten Ursache.',
  'policy.delivery.unknown.summary.meaningDetail':
    'Der Server hat mit {code} geantwortet ({meaning}; {detail}). Das ist ein Fehler beim Senden von E-Mails, aber er passt zu keiner uns bekannten Ursache.',
  'policy.delivery.unknown.summary.noCode':
    'Das sieht nach einem Fehler beim Senden von E-Mails aus, aber keine der bekannten Ursachen passt zum Text.',
  'policy.delivery.unknown.why':
    'SMTP-Antworten, die mit 4 beginnen, sind vorübergehend (der Absender versucht es erneut); Antworten, die mit 5 beginnen, sind endgültig (vor dem nächsten Senden muss sich etwas ändern). Die Wörter nach dem Code nennen meist den Grund.',
  'policy.delivery.unknown.confirm.reply': 'Suchen Sie die vollständige Antwort des Servers',
  'policy.delivery.unknown.confirm.reply.detail':
    'Das Debug-Protokoll des Clients oder das Protokoll des Mailservers zeigt die vollständige Antwort, mit der die Sitzung endete.',
  'policy.delivery.unknown.step.read':
    'Lesen Sie die ganze Antwort: Die Wörter nach dem Code nennen meist den Grund',
  'policy.delivery.unknown.step.read.detail': 'Suchen Sie den Code auf den Hilfeseiten Ihres Anbieters.',
  'policy.delivery.unknown.step.probe':
    'Testen Sie den Server von diesem Rechner aus, um das Netzwerk als Ursache auszuschließen',
  'policy.delivery.unknown.step.support':
    'Senden Sie das vollständige Protokoll an den Support Ihres Anbieters',

  'policy.senderRejected.title': 'Der Server sendet keine E-Mails für diesen Absender',
  'policy.senderRejected.summary':
    'Der Server hat die Weitergabe der Nachricht wegen ihres Absenders abgelehnt: Das Programm hat sich nicht angemeldet, oder die Absenderadresse gehört nicht zum angemeldeten Konto.',
  'policy.senderRejected.why':
    'Server leiten E-Mails nur für ihre eigenen angemeldeten Benutzer weiter (sonst „Relaying denied“), und die meisten Anbieter lassen Sie nur mit Ihrer eigenen Adresse oder mit bestätigten Aliasen senden. Microsoft 365 braucht außerdem die Berechtigung „Senden als“, um als anderes Postfach zu senden.',
  'policy.senderRejected.confirm.compare': 'Vergleichen Sie die Anmeldung mit der Absenderadresse (From)',
  'policy.senderRejected.confirm.compare.detail':
    'Es sollte dieselbe Adresse sein, oder die Absenderadresse sollte ein bestätigter Alias der Anmeldung sein.',
  'policy.senderRejected.step.login': 'Melden Sie sich vor dem Senden an (SMTP-Authentifizierung)',
  'policy.senderRejected.step.login.detail':
    'Ohne Anmeldung nimmt ein Server nur E-Mails für seine eigenen Benutzer an.',
  'policy.senderRejected.step.address':
    'Senden Sie mit der Adresse, mit der Sie sich anmelden, oder mit einem bestätigten Alias',
  'policy.senderRejected.step.address.detail':
    'Gmail: Einstellungen → Konten → „E-Mail senden als“. Microsoft 365: Geben Sie dem Konto die Berechtigung „Senden als“ für das andere Postfach. Setzen Sie sowohl die From-Kopfzeile als auch den Umschlag-Absender (Return-Path).',
  'policy.senderRejected.step.verify':
    'Bestätigen Sie bei einem Relay-Dienst die Absenderadresse oder -domain',
  'policy.senderRejected.step.verify.detail':
    'Amazon SES, SendGrid, Mailgun und andere senden nur für Identitäten, die Sie bei ihnen bestätigt haben.',
  'policy.senderRejected.step.ownServer':
    'Betreiben Sie den Server selbst, lassen Sie nur Ihre eigenen Rechner ohne Anmeldung weiterleiten',
  'policy.senderRejected.step.ownServer.detail':
    'Zum Beispiel mit mynetworks in Postfix; öffnen Sie das Relay nie für das Internet.',
  'policy.recipientRejected.title': 'Die Empfängeradresse existiert nicht',
  'policy.recipientRejected.summary':
    'Der Mailserver des Empfängers meldet, dass die Adresse nicht existiert oder keine E-Mails annimmt. Ihr Versand hat funktioniert; das Problem ist die Adresse.',
  'policy.recipientRejected.why':
    'Ein Tippfehler, eine Person, die die Organisation verlassen hat, ein gelöschtes oder deaktiviertes Konto oder eine Adresse, die es bei der empfangenden Domain nie gab.',
  'policy.recipientRejected.confirm.check':
    'Prüfen Sie die Adresse Buchstabe für Buchstabe und senden Sie einen Test an eine Adresse, die sicher funktioniert',
  'policy.recipientRejected.step.correct':
    'Korrigieren Sie die Adresse (achten Sie auch auf Tippfehler im Teil nach dem @)',
  'policy.recipientRejected.step.ask': 'Fragen Sie die Person auf anderem Weg nach ihrer aktuellen Adresse',
  'policy.recipientRejected.step.remove':
    'Entfernen Sie Adressen, die immer wieder zurückkommen, aus Ihren Listen',
  'policy.recipientRejected.step.remove.detail':
    'Immer wieder an tote Adressen zu senden, schadet Ihrem Ruf als Absender.',
  'policy.recipientRejected.step.ownDomain':
    'Liegt die Adresse in Ihrer eigenen Domain, prüfen Sie, ob das Postfach oder der Alias existiert',
  'policy.recipientRejected.step.ownDomain.detail':
    'Prüfen Sie auch, ob die MX-Einträge der Domain auf den Server zeigen, der das Postfach führt.',
  'policy.domainAuth.title':
    'Der Server des Empfängers hat die Nachricht abgelehnt: SPF, DKIM oder DMARC ist fehlgeschlagen',
  'policy.domainAuth.summary':
    'Der empfangende Server konnte nicht bestätigen, dass Ihre Domain das Senden dieser Nachricht von dort erlaubt, wo sie gesendet wurde, und hat sie deshalb abgelehnt.',
  'policy.domainAuth.why':
    'Empfänger prüfen, ob der sendende Server im SPF-Eintrag der Domain steht und ob die Nachricht eine gültige DKIM-Signatur trägt, und wenden dann die DMARC-Richtlinie der Domain an. Gmail verlangt von jedem Absender, SPF oder DKIM zu bestehen (Massenversender brauchen beides und dazu DMARC). Wer über einen Server sendet, den die Domain nicht aufführt, etwa einen Webhoster oder ein neues Relay, fällt bei diesen Prüfungen durch.',
  'policy.domainAuth.confirm.lookup': 'Sehen Sie die SPF- und DMARC-Einträge der Absenderdomain nach',
  'policy.domainAuth.confirm.lookup.detail':
    'Es sollte genau einen Eintrag geben, der mit v=spf1 beginnt, und er sollte den sendenden Dienst einschließen.',
  'policy.domainAuth.step.forward':
    'Wenn Sie {domain} nicht selbst verwalten, senden Sie diesen Fehler an die Person, die DNS oder E-Mail dafür betreut',
  'policy.domainAuth.step.forwardUnnamed':
    'Wenn Sie Ihre Domain nicht selbst verwalten, senden Sie diesen Fehler an die Person, die DNS oder E-Mail dafür betreut',
  'policy.domainAuth.step.forward.detail':
    'Die Lösung ist eine Änderung an DNS-Einträgen, die nur diese Person vornehmen kann; die folgenden Schritte sind für sie.',
  'policy.domainAuth.step.spf': 'Nehmen Sie den sendenden Dienst in Ihren SPF-Eintrag auf',
  'policy.domainAuth.step.spf.detail':
    'Verwenden Sie das include, das Ihr Anbieter angibt. Ergänzen Sie den einen vorhandenen Eintrag: Zwei SPF-Einträge sind ein Fehler.',
  'policy.domainAuth.step.spf.placeholder': 'SPF-Domain Ihres Anbieters',
  'policy.domainAuth.step.dkim':
    'Schalten Sie beim Anbieter die DKIM-Signatur ein und veröffentlichen Sie den Schlüssel im DNS',
  'policy.domainAuth.step.dmarc': 'Veröffentlichen Sie eine DMARC-Richtlinie, zunächst nur zur Überwachung',
  'policy.domainAuth.step.from':
    'Senden Sie mit einer Absenderadresse (From) der Domain, die Sie authentifizieren',
  'policy.domainAuth.step.from.detail':
    'DMARC besteht nur, wenn die SPF- oder DKIM-Domain zur Domain der From-Adresse passt.',
  'policy.ipReputation.title': 'Die IP-Adresse des sendenden Servers steht auf einer Sperrliste',
  'policy.ipReputation.summary':
    'Der Server des Empfängers hat die Verbindung oder die Nachricht wegen des Rufs der sendenden IP-Adresse abgelehnt, nicht wegen der Nachricht selbst.',
  'policy.ipReputation.why':
    'Sperrlisten wie Spamhaus führen Adressen, von denen Spam kam (oft ein gehacktes Konto oder ein infiziertes Gerät im selben Netzwerk). Die Spamhaus-PBL führt private und dynamische Adressbereiche, die überhaupt keine E-Mails direkt an andere Server senden sollten. Cloud- und Shared-Hosting-Adressen erben die Vorgeschichte früherer Nutzer.',
  'policy.ipReputation.confirm.lookup': 'Schlagen Sie die IP-Adresse nach',
  'policy.ipReputation.confirm.lookup.detail':
    'Der IP and Domain Reputation Checker von Spamhaus (check.spamhaus.org) nennt die Liste und den Grund; oft enthält auch die Ablehnung einen Link.',
  'policy.ipReputation.step.pbl':
    'Senden Sie von einer privaten oder dynamischen Adresse (PBL) über den Server Ihres Anbieters, statt direkt zuzustellen',
  'policy.ipReputation.step.pbl.detail':
    'Verwenden Sie dessen Port 587 oder 465 mit Anmeldung oder einen Relay-Dienst.',
  'policy.ipReputation.step.spam':
    'Wurde die Adresse wegen Spam gelistet, finden und beheben Sie die Ursache und beantragen Sie dann die Entfernung',
  'policy.ipReputation.step.spam.detail':
    'Typische Ursachen: ein kompromittiertes Mailkonto, ein infizierter Computer, ein missbrauchtes Kontaktformular, ein offenes Relay.',
  'policy.ipReputation.step.cloud': 'Senden Sie von einem Cloud-Server über einen Relay-Dienst',
  'policy.ipReputation.step.cloud.detail': 'Dessen Adressen haben einen gepflegten Ruf.',
  'policy.reverseDns.title': 'Die IP-Adresse des sendenden Servers hat kein passendes Reverse-DNS (PTR)',
  'policy.reverseDns.summary':
    'Der Server des Empfängers hat den Namen der sendenden IP-Adresse nachgeschlagen (Reverse-DNS) und keinen gefunden oder einen, der nicht auf dieselbe Adresse zurückzeigt, und hat die Verbindung deshalb abgelehnt.',
  'policy.reverseDns.why':
    'Empfangende Server erwarten, dass ein echter Mailserver einen PTR-Eintrag mit seinem Namen hat und dass dieser Name wieder auf dieselbe Adresse auflöst (vorwärts bestätigtes Reverse-DNS). Private Anschlüsse und neue Cloud-Server haben oft keinen oder nur einen generischen.',
  'policy.reverseDns.confirm.lookup':
    'Schlagen Sie den PTR der öffentlichen IP des Servers nach und dann den Namen, den er liefert',
  'policy.reverseDns.step.ptr': 'Setzen Sie den PTR-Eintrag dort, wo die IP-Adresse verwaltet wird',
  'policy.reverseDns.step.ptr.detail':
    'Das ist das Kundenportal Ihres Hosters oder Ihr Internetanbieter, nicht die DNS-Zone Ihrer Domain.',
  'policy.reverseDns.step.helo':
    'Lassen Sie den PTR-Namen auf dieselbe IP auflösen und verwenden Sie ihn als HELO/EHLO-Namen des Servers',
  'policy.reverseDns.step.relay':
    'Können Sie keinen PTR setzen (privater Anschluss), senden Sie über ein Relay',

  'policy.audience.thisDevice.stepsHeading': 'So beheben Sie es, Schritt für Schritt',
  'policy.audience.thisDevice.settingsPlace':
    'Öffnen Sie die Einstellungen für den Postausgangsserver (SMTP) der App, die die E-Mails sendet – die Anleitung für Ihre App steht unten.',
  'policy.audience.thisDevice.probesFrom': 'Tests von diesem Computer aus über Ihr Test-Backend',
  'policy.audience.thisDevice.measuredFrom': 'Von diesem Computer aus gemessen:',
  'policy.audience.webServer.stepsHeading': 'So behebt es der Administrator der Website',
  'policy.audience.webServer.settingsPlace':
    'Öffnen Sie die Mail-Einstellungen (SMTP) der Website: die Konfiguration der Web-App oder die Mail-Einstellungen im Hosting-Panel.',
  'policy.audience.webServer.probesFrom':
    'Tests von dort, wo Ihr Test-Backend läuft: Auf dem Server hinter dieser Seite zeigen sie, was dieser Server erreichen kann, auf diesem Computer nur, was dieses Netzwerk erreichen kann',
  'policy.audience.mailServer.stepsHeading': 'Was der Absender oder der Inhaber der Domain tun kann',
  'policy.audience.mailServer.settingsPlace':
    'Öffnen Sie die Relay-Einstellungen (Smarthost) des Servers, der die E-Mails sendet.',
  'policy.audience.mailServer.probesFrom': 'Tests von dort, wo Ihr Test-Backend läuft',
  'policy.audience.probeBackend.measuredFrom': 'Vom Test-Backend gemessen:',

  'policy.glossary.port.25':
    'SMTP zwischen Mailservern, für die Zustellung an MX-Hosts; der Port, den Internetanbieter und Clouds am häufigsten sperren',
  'policy.glossary.port.465': 'Versand mit implizitem TLS: ab dem ersten Byte verschlüsselt (RFC 8314)',
  'policy.glossary.port.587':
    'Versand: beginnt unverschlüsselt und schaltet dann mit STARTTLS auf Verschlüsselung um (RFC 6409)',
  'policy.glossary.port.2525':
    'alternativer Port für den Versand, den Relay-Dienste anbieten (kein von der IANA vergebener Port)',
  'policy.glossary.port.2465': 'Alternative von Amazon SES zu 465 (implizites TLS)',
  'policy.glossary.port.2587': 'Alternative von Amazon SES zu 587 (STARTTLS)',
  'policy.glossary.errno.timedOut':
    'Zeitüberschreitung der Verbindung: gar keine Antwort, typisch für eine Firewall, die den Verkehr stillschweigend verwirft',
  'policy.glossary.errno.refused':
    'Verbindung abgelehnt: Der Host hat geantwortet, aber auf diesem Port nimmt nichts Verbindungen an',
  'policy.glossary.errno.hostUnreachable': 'keine Route zum Host: Das Netzwerk erreicht diese Adresse nicht',
  'policy.glossary.errno.networkUnreachable':
    'Netzwerk nicht erreichbar: überhaupt keine Route (oft eine IPv6-Adresse in einem reinen IPv4-Netzwerk)',
  'policy.glossary.errno.permission':
    'Zugriff verweigert: Eine Richtlinie auf diesem Rechner (SELinux, eine lokale Firewall) hat die Verbindung gestoppt',
  'policy.glossary.errno.reset':
    'Verbindung zurückgesetzt: Die Gegenseite (oder ein Gerät dazwischen) hat die Verbindung getrennt',
  'policy.glossary.errno.notFound': 'Hostname im DNS nicht gefunden',
  'policy.glossary.errno.dnsAgain': 'DNS-Abfrage vorübergehend fehlgeschlagen (keine Antwort vom DNS-Server)',
  'policy.glossary.errno.nodemailerConnection':
    'Nodemailer: Die Verbindung zum SMTP-Server ist fehlgeschlagen',
  'policy.glossary.errno.nodemailerSocket': 'Nodemailer: ein Netzwerkfehler (Socket)',
  'policy.glossary.errno.nodemailerAuth': 'Nodemailer: Der Server hat die Anmeldung abgelehnt',
  'policy.glossary.errno.nodemailerNoAuth':
    'Nodemailer: Der Server verlangt eine Anmeldung, aber es wurden keine Zugangsdaten angegeben',
  'policy.glossary.errno.nodemailerTls':
    'Nodemailer: Der Aufbau von TLS (Verschlüsselung) ist fehlgeschlagen',
  'policy.glossary.errno.nodemailerEnvelope':
    'Nodemailer: Der Server hat die Absender- oder eine Empfängeradresse abgelehnt',
  'policy.glossary.errno.nodemailerMessage': 'Nodemailer: Der Server hat die Nachricht abgelehnt',
  'policy.glossary.errno.nodemailerProtocol':
    'Nodemailer: Der Server hat mit etwas geantwortet, das kein SMTP ist',
  'policy.glossary.errno.nodemailerDns': 'Nodemailer: Der Name des SMTP-Hosts ließ sich nicht auflösen',
  'policy.glossary.reply.421': 'Dienst nicht verfügbar, der Server schließt die Verbindung (vorübergehend)',
  'policy.glossary.reply.432': 'ein Passwortwechsel ist nötig',
  'policy.glossary.reply.450': 'Postfach gerade nicht verfügbar (vorübergehend)',
  'policy.glossary.reply.451': 'lokaler Verarbeitungsfehler; später erneut versuchen (vorübergehend)',
  'policy.glossary.reply.452': 'zu wenig Speicherplatz (vorübergehend)',
  'policy.glossary.reply.454': 'vorübergehender Authentifizierungsfehler oder TLS gerade nicht verfügbar',
  'policy.glossary.reply.455': 'der Server kann die Parameter nicht verarbeiten (vorübergehend)',
  'policy.glossary.reply.500': 'Befehl nicht erkannt',
  'policy.glossary.reply.501': 'Syntaxfehler in den Parametern',
  'policy.glossary.reply.502': 'Befehl nicht implementiert',
  'policy.glossary.reply.503': 'falsche Reihenfolge der Befehle',
  'policy.glossary.reply.504': 'Befehlsparameter nicht implementiert',
  'policy.glossary.reply.521': 'dieser Host nimmt keine E-Mails an',
  'policy.glossary.reply.530': 'Authentifizierung erforderlich (oder zuerst STARTTLS)',
  'policy.glossary.reply.534': 'Authentifizierungsverfahren zu schwach',
  'policy.glossary.reply.535': 'Zugangsdaten ungültig',
  'policy.glossary.reply.538': 'für dieses Authentifizierungsverfahren ist Verschlüsselung nötig',
  'policy.glossary.reply.550': 'Postfach nicht verfügbar oder Aktion durch Richtlinie abgelehnt',
  'policy.glossary.reply.551': 'Benutzer nicht lokal',
  'policy.glossary.reply.552': 'Speicherzuteilung überschritten (Nachricht oder Postfach zu groß)',
  'policy.glossary.reply.553': 'Postfachname nicht zulässig (Adresse abgelehnt)',
  'policy.glossary.reply.554': 'Übertragung fehlgeschlagen',
  'policy.glossary.reply.555': 'Parameter von MAIL FROM / RCPT TO nicht erkannt',
  'policy.glossary.reply.556': 'Domain nimmt keine E-Mails an',
  'policy.glossary.reply.temporary': 'vorübergehender Fehler: Der Absender kann es später erneut versuchen',
  'policy.glossary.reply.permanent':
    'dauerhafter Fehler: Ein erneuter Versuch auf dieselbe Weise scheitert wieder',
  'policy.glossary.enhanced.0.0': 'sonstiger nicht definierter Status',
  'policy.glossary.enhanced.1.0': 'sonstiger Adressstatus',
  'policy.glossary.enhanced.1.1': 'ungültige Zielpostfachadresse (kein solcher Benutzer)',
  'policy.glossary.enhanced.1.2': 'ungültige Adresse des Zielsystems',
  'policy.glossary.enhanced.1.3': 'ungültige Syntax der Zielpostfachadresse',
  'policy.glossary.enhanced.1.4': 'Zielpostfachadresse nicht eindeutig',
  'policy.glossary.enhanced.1.5': 'Zieladresse gültig',
  'policy.glossary.enhanced.1.6': 'Zielpostfach umgezogen, keine Weiterleitungsadresse',
  'policy.glossary.enhanced.1.7': 'ungültige Syntax der Absenderpostfachadresse',
  'policy.glossary.enhanced.1.8': 'ungültige Adresse des Absendersystems',
  'policy.glossary.enhanced.1.9': 'Nachricht an ein nicht konformes Mailsystem weitergeleitet',
  'policy.glossary.enhanced.1.10': 'Empfängeradresse hat ein Null-MX (die Domain nimmt keine E-Mails an)',
  'policy.glossary.enhanced.2.0': 'sonstiger oder nicht definierter Postfachstatus',
  'policy.glossary.enhanced.2.1': 'Postfach deaktiviert, nimmt keine Nachrichten an',
  'policy.glossary.enhanced.2.2': 'Postfach voll',
  'policy.glossary.enhanced.2.3': 'Nachrichtenlänge überschreitet das administrative Limit',
  'policy.glossary.enhanced.2.4': 'Problem beim Auflösen der Mailingliste',
  'policy.glossary.enhanced.3.0': 'sonstiger oder nicht definierter Status des Mailsystems',
  'policy.glossary.enhanced.3.1': 'Mailsystem voll',
  'policy.glossary.enhanced.3.2': 'System nimmt keine Netzwerknachrichten an',
  'policy.glossary.enhanced.3.3': 'System unterstützt die gewählten Funktionen nicht',
  'policy.glossary.enhanced.3.4': 'Nachricht zu groß für das System',
  'policy.glossary.enhanced.3.5': 'System falsch konfiguriert',
  'policy.glossary.enhanced.4.0': 'sonstiger oder nicht definierter Netzwerk- oder Routingstatus',
  'policy.glossary.enhanced.4.1': 'keine Antwort vom Host',
  'policy.glossary.enhanced.4.2': 'schlechte Verbindung',
  'policy.glossary.enhanced.4.3': 'Fehler des Verzeichnisservers (oft DNS)',
  'policy.glossary.enhanced.4.4': 'Routing nicht möglich',
  'policy.glossary.enhanced.4.5': 'Überlastung des Mailsystems',
  'policy.glossary.enhanced.4.6': 'Routing-Schleife erkannt',
  'policy.glossary.enhanced.4.7': 'Zustellzeit abgelaufen',
  'policy.glossary.enhanced.5.0': 'sonstiger oder nicht definierter Protokollstatus',
  'policy.glossary.enhanced.5.1': 'ungültiger Befehl',
  'policy.glossary.enhanced.5.2': 'Syntaxfehler',
  'policy.glossary.enhanced.5.3': 'zu viele Empfänger',
  'policy.glossary.enhanced.5.4': 'ungültige Befehlsargumente',
  'policy.glossary.enhanced.5.5': 'falsche Protokollversion',
  'policy.glossary.enhanced.5.6': 'Zeile des Authentifizierungsaustauschs zu lang',
  'policy.glossary.enhanced.6.0': 'sonstiger oder nicht definierter Medienfehler',
  'policy.glossary.enhanced.6.1': 'Medium nicht unterstützt',
  'policy.glossary.enhanced.6.2': 'Konvertierung erforderlich, aber untersagt',
  'policy.glossary.enhanced.6.3': 'Konvertierung erforderlich, aber nicht unterstützt',
  'policy.glossary.enhanced.6.4': 'Konvertierung mit Verlust durchgeführt',
  'policy.glossary.enhanced.6.5': 'Konvertierung fehlgeschlagen',
  'policy.glossary.enhanced.6.6': 'Nachrichteninhalt nicht verfügbar',
  'policy.glossary.enhanced.6.7': 'Nicht-ASCII-Adressen für diesen Absender oder Empfänger nicht erlaubt',
  'policy.glossary.enhanced.6.8': 'UTF-8-Antwort erforderlich, aber vom Client nicht erlaubt',
  'policy.glossary.enhanced.6.9': 'UTF-8-Kopfzeile kann nicht an einen Empfänger übertragen werden',
  'policy.glossary.enhanced.6.10':
    'UTF-8-Antwort erforderlich, aber vom Client nicht erlaubt (veraltetes Duplikat von X.6.8)',
  'policy.glossary.enhanced.7.0': 'sonstiger oder nicht definierter Sicherheitsstatus',
  'policy.glossary.enhanced.7.1': 'Zustellung nicht erlaubt, Nachricht abgelehnt',
  'policy.glossary.enhanced.7.2': 'Auflösen der Mailingliste untersagt',
  'policy.glossary.enhanced.7.3': 'Sicherheitskonvertierung erforderlich, aber nicht möglich',
  'policy.glossary.enhanced.7.4': 'Sicherheitsfunktionen nicht unterstützt',
  'policy.glossary.enhanced.7.5': 'kryptografischer Fehler',
  'policy.glossary.enhanced.7.6': 'kryptografischer Algorithmus nicht unterstützt',
  'policy.glossary.enhanced.7.7': 'Fehler bei der Integrität der Nachricht',
  'policy.glossary.enhanced.7.8': 'Zugangsdaten ungültig',
  'policy.glossary.enhanced.7.9': 'Authentifizierungsverfahren zu schwach',
  'policy.glossary.enhanced.7.10': 'Verschlüsselung nötig',
  'policy.glossary.enhanced.7.11': 'für das gewünschte Authentifizierungsverfahren ist Verschlüsselung nötig',
  'policy.glossary.enhanced.7.12': 'ein Passwortwechsel ist nötig',
  'policy.glossary.enhanced.7.13': 'Benutzerkonto deaktiviert',
  'policy.glossary.enhanced.7.14': 'Vertrauensbeziehung erforderlich',
  'policy.glossary.enhanced.7.15': 'Prioritätsstufe zu niedrig',
  'policy.glossary.enhanced.7.16': 'Nachricht zu groß für die angegebene Priorität',
  'policy.glossary.enhanced.7.17': 'Inhaber des Postfachs hat gewechselt',
  'policy.glossary.enhanced.7.18': 'Inhaber der Domain hat gewechselt',
  'policy.glossary.enhanced.7.19': 'RRVS-Prüfung kann nicht abgeschlossen werden',
  'policy.glossary.enhanced.7.20': 'keine gültige DKIM-Signatur gefunden',
  'policy.glossary.enhanced.7.21': 'keine akzeptable DKIM-Signatur gefunden',
  'policy.glossary.enhanced.7.22': 'keine gültige DKIM-Signatur gefunden, die zum Autor passt',
  'policy.glossary.enhanced.7.23': 'SPF-Prüfung fehlgeschlagen',
  'policy.glossary.enhanced.7.24': 'Fehler bei der SPF-Prüfung',
  'policy.glossary.enhanced.7.25': 'Reverse-DNS-Prüfung fehlgeschlagen',
  'policy.glossary.enhanced.7.26': 'mehrere Authentifizierungsprüfungen fehlgeschlagen',
  'policy.glossary.enhanced.7.27': 'Absenderadresse hat ein Null-MX',
  'policy.glossary.enhanced.7.28': 'Mailflut erkannt',
  'policy.glossary.enhanced.7.29': 'ARC-Prüfung fehlgeschlagen',
  'policy.glossary.enhanced.7.30': 'Unterstützung für REQUIRETLS erforderlich',
  'policy.glossary.subject.0': 'sonstiges Problem',
  'policy.glossary.subject.1': 'Problem mit der Adresse',
  'policy.glossary.subject.2': 'Problem mit dem Postfach',
  'policy.glossary.subject.3': 'Problem mit dem Mailsystem',
  'policy.glossary.subject.4': 'Problem mit Netzwerk und Routing',
  'policy.glossary.subject.5': 'Problem mit dem Zustellprotokoll',
  'policy.glossary.subject.6': 'Problem mit dem Nachrichteninhalt',
  'policy.glossary.subject.7': 'Problem mit Sicherheit oder Richtlinien',
  'policy.glossary.kind.success': 'erfolgreich',
  'policy.glossary.kind.temporary': 'vorübergehend',
  'policy.glossary.kind.permanent': 'dauerhaft',
  'policy.glossary.enhanced.known': '{kind}: {detail}',
  'policy.glossary.enhanced.bySubject': '{kind}, {problem}',
};
