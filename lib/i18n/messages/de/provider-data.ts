import type { Catalog } from '../../catalog';

/** The provider records' prose in this language, by key (lib/providers/prose.ts). */
export const providerData: Catalog = {
  'provider.gmail.auth.0':
    'Google akzeptiert das Kontopasswort in Mail-Apps nicht mehr. Verwenden Sie ein App-Passwort (erfordert die Bestätigung in zwei Schritten) oder eine App, die sich mit Google anmeldet (OAuth).',
  'provider.gmail.auth.1':
    'Apps mit der Schaltfläche „Mit Google anmelden“ („Sign in with Google“, OAuth2) brauchen kein App-Passwort.',
  'provider.gmail.note.0':
    '„Weniger sichere Apps“ (Anmeldung mit Passwort) wurden für private Konten am 2022-05-30 abgeschaltet.',
  'provider.gmail.server.1':
    'Google: „Verwenden Sie Port 465 oder Port 587, wenn Ihr Client zuerst im Klartext beginnt und erst dann den Befehl STARTTLS sendet“.',
  'provider.google-workspace.auth.0':
    'Seit dem 2024-09-30 akzeptieren Workspace-Konten in Mail-Apps nur OAuth oder App-Passwörter; die Anmeldung mit Passwort („weniger sichere Apps“) ist abgeschaltet.',
  'provider.google-workspace.auth.1':
    'Apps, die sich mit Google anmelden (OAuth2), brauchen kein App-Passwort.',
  'provider.google-workspace.server.1':
    'Google: „Verwenden Sie Port 465 oder Port 587, wenn Ihr Client zuerst im Klartext beginnt und erst dann den Befehl STARTTLS sendet“.',
  'provider.google-workspace.variant.smtp-relay':
    'SMTP-Relay-Dienst von Workspace (vom Administrator eingerichtet; IP oder SMTP-AUTH)',
  'provider.outlook-com.auth.0':
    'Private Microsoft-Konten akzeptieren seit dem 2024-09-16 nur moderne Authentifizierung (OAuth2); Passwörter und App-Passwörter funktionieren für SMTP nicht mehr. Verwenden Sie eine Mail-App, die sich mit Microsoft anmeldet.',
  'provider.microsoft-365.auth.0':
    'SMTP AUTH ist für Organisationen, die nach Januar 2020 angelegt wurden, deaktiviert. Ein Administrator muss es für den Mandanten (SmtpClientAuthenticationDisabled) und für das Postfach („Authentifiziertes SMTP“) erlauben, und die Sicherheitsstandards dürfen es nicht sperren.',
  'provider.microsoft-365.auth.1':
    'Die Standardauthentifizierung (Basic) für SMTP AUTH wird abgeschafft (siehe den Hinweis mit den Terminen); OAuth2 funktioniert weiter.',
  'provider.microsoft-365.server.0': 'Microsoft 365 bietet keinen Port 465 an.',
  'provider.microsoft-365.username': 'Der Anmeldename (UPN) des Postfachs, meist seine Adresse.',
  'provider.yahoo.auth.0':
    'Mail-Apps, die nicht die eigene Anmeldeseite von Yahoo verwenden, brauchen ein App-Passwort („App-Passwort generieren“ unter Kontosicherheit).',
  'provider.yahoo.auth.1':
    'Apps, die sich über die Seite von Yahoo anmelden (OAuth2), brauchen kein App-Passwort.',
  'provider.yahoo.server.1': 'Laut Anleitungen Dritter; Thunderbird nennt nur 465.',
  'provider.aol.auth.0':
    'AOL akzeptiert OAuth2 oder ein Passwort. Ob Mail-Apps ein App-Passwort brauchen, bestätigt keine gespeicherte Quelle.',
  'provider.aol.server.1': 'Von Nodemailer genannt; Thunderbird nennt nur 465.',
  'provider.icloud.auth.0':
    'iCloud lehnt das Passwort des Apple Accounts über SMTP ab: Erstellen Sie ein app-spezifisches Passwort (erfordert die Zwei-Faktor-Authentifizierung).',
  'provider.icloud.server.0': 'Verwenden Sie 587: Die Berichte über 465 widersprechen sich.',
  'provider.icloud.username': 'Ihre iCloud-Adresse, auch wenn Sie von einer eigenen Domain senden.',
  'provider.zoho.auth.0':
    'Mit eingeschalteter Zwei-Faktor-Authentifizierung brauchen Mail-Apps ein anwendungsspezifisches Passwort.',
  'provider.zoho.note.0':
    'Verwenden Sie den Host des Rechenzentrums, in dem Ihr Konto liegt (zoho.eu, zoho.in, …).',
  'provider.zoho.variant.eu': 'EU-Rechenzentrum',
  'provider.zoho.variant.in': 'Rechenzentrum Indien',
  'provider.zoho.variant.au': 'Rechenzentrum Australien',
  'provider.zoho.variant.jp': 'Rechenzentrum Japan',
  'provider.zoho.variant.ca': 'Rechenzentrum Kanada',
  'provider.zoho.variant.org': 'Organisationskonten (eigene Domain), US-Rechenzentrum',
  'provider.fastmail.auth.0':
    'Fastmail: In Mail-Apps „können Sie Ihr normales Fastmail-Passwort nicht verwenden“; erstellen Sie ein App-Passwort.',
  'provider.fastmail.auth.1': 'Der Basic-Tarif hat keinen SMTP-Zugang.',
  'provider.fastmail.server.0': 'Fastmail: „SSL/TLS-Verschlüsselung aktiviert, aber nicht STARTTLS“.',
  'provider.proton-bridge.auth.0':
    'Verwenden Sie das Passwort, das Bridge anzeigt, nicht das Passwort Ihres Proton-Kontos.',
  'provider.proton-bridge.auth.1': 'Bridge erfordert einen kostenpflichtigen Proton-Tarif.',
  'provider.proton-bridge.server.0':
    'Proton Bridge läuft auf Ihrem Computer; verwenden Sie den SMTP-Port, den Bridge anzeigt (meist 1025). Das Zertifikat von Bridge ist selbstsigniert.',
  'provider.gmx.auth.0':
    'Bei Konten von gmx.net muss einmal in den E-Mail-Einstellungen der „Zugriff über POP3 & IMAP“ („access via POP3 & IMAP“) erlaubt werden (so steht es in der ISPDB von Thunderbird; ob schon der Versand das braucht, ist nicht bestätigt).',
  'provider.gmx.variant.net': 'Konten bei gmx.net / gmx.de / gmx.at / gmx.ch',
  'provider.web-de.auth.0':
    'Erlauben Sie einmal in den E-Mail-Einstellungen von WEB.DE den „Zugriff über POP3 & IMAP“ („access via POP3 & IMAP“) (so steht es in der ISPDB von Thunderbird; ob schon der Versand das braucht, ist nicht bestätigt).',
  'provider.web-de.username': 'Laut der ISPDB von Thunderbird der Teil vor dem @.',
  'provider.mail-com.note.0':
    'mail.com betreibt rund 190 Adress-Domains; die Datei in der ISPDB nennt sie alle.',
  'provider.yandex.auth.0':
    'Mail-Apps melden sich mit einem App-Passwort an; mit eingeschalteter Zwei-Faktor-Authentifizierung sind App-Passwörter Pflicht.',
  'provider.yandex.auth.1': 'Der SMTP-Server von Yandex akzeptiert auch OAuth (XOAUTH2).',
  'provider.yandex.variant.ru': 'Russischer Hostname',
  'provider.sendgrid.auth.0': 'Das Passwort ist ein API-Schlüssel mit mindestens der Berechtigung „Mail“.',
  'provider.sendgrid.username': 'Genau die Zeichenfolge „apikey“, nicht der Schlüssel selbst.',
  'provider.mailgun.auth.0': 'SMTP-Zugangsdaten gelten jeweils für eine Versanddomain.',
  'provider.mailgun.note.0':
    'USA und EU sind getrennte Infrastrukturen: Verwenden Sie den Host der Region, in der Ihre Domain angelegt wurde.',
  'provider.mailgun.username':
    'Der SMTP-Login Ihrer Versanddomain (Sending → Domain settings → SMTP credentials), z. B. postmaster@mg.example.com.',
  'provider.mailgun.variant.eu': 'EU-Region (in der EU angelegte Domains)',
  'provider.amazon-ses.auth.0': 'Erstellen Sie SMTP-Zugangsdaten für die Region, aus der Sie senden.',
  'provider.amazon-ses.note.0': 'SES verlangt TLS bei jeder Verbindung.',
  'provider.amazon-ses.note.1':
    'Statt 2525 bietet SES die Ports 2587 (STARTTLS) und 2465 (TLS Wrapper) an, wenn 587/465 gesperrt sind.',
  'provider.amazon-ses.note.2':
    'EC2 beschränkt Port 25 standardmäßig: Verwenden Sie von EC2 aus 587 oder 2587.',
  'provider.amazon-ses.server.1': 'TLS Wrapper (TLS von Anfang an).',
  'provider.amazon-ses.server.3': 'TLS Wrapper (TLS von Anfang an).',
  'provider.amazon-ses.username':
    'SES-SMTP-Zugangsdaten, in der SES-Konsole erstellt – nicht Ihre AWS-Zugriffsschlüssel.',
  'provider.amazon-ses.variant.us-east-2': 'USA Ost (Ohio)',
  'provider.amazon-ses.variant.us-west-1': 'USA West (Nordkalifornien)',
  'provider.amazon-ses.variant.us-west-2': 'USA West (Oregon)',
  'provider.amazon-ses.variant.ca-central-1': 'Kanada (Zentral)',
  'provider.amazon-ses.variant.sa-east-1': 'Südamerika (São Paulo)',
  'provider.amazon-ses.variant.eu-central-1': 'Europa (Frankfurt)',
  'provider.amazon-ses.variant.eu-north-1': 'Europa (Stockholm)',
  'provider.amazon-ses.variant.eu-west-1': 'Europa (Irland)',
  'provider.amazon-ses.variant.eu-west-2': 'Europa (London)',
  'provider.amazon-ses.variant.eu-west-3': 'Europa (Paris)',
  'provider.amazon-ses.variant.ap-northeast-1': 'Asien-Pazifik (Tokio)',
  'provider.amazon-ses.variant.ap-northeast-2': 'Asien-Pazifik (Seoul)',
  'provider.amazon-ses.variant.ap-northeast-3': 'Asien-Pazifik (Osaka)',
  'provider.amazon-ses.variant.ap-south-1': 'Asien-Pazifik (Mumbai)',
  'provider.amazon-ses.variant.ap-southeast-1': 'Asien-Pazifik (Singapur)',
  'provider.amazon-ses.variant.ap-southeast-2': 'Asien-Pazifik (Sydney)',
  'provider.amazon-ses.variant.us-gov-east-1': 'GovCloud (US-Ost)',
  'provider.amazon-ses.variant.us-gov-west-1': 'GovCloud (US-West)',
  'provider.postmark.auth.0': 'Server API Token (Server → API Tokens) als Benutzername und Passwort.',
  'provider.postmark.server.0':
    'Postmark hat keinen Port 465: Mit 465 eingerichtet, bleibt die Verbindung hängen.',
  'provider.postmark.username': 'Das Server API Token, als Benutzername und als Passwort.',
  'provider.postmark.variant.broadcast': 'Broadcast-Nachrichtenstream',
  'provider.brevo.auth.0':
    'Verwenden Sie einen SMTP-Schlüssel, nicht den API-Schlüssel und nicht Ihr Brevo-Passwort.',
  'provider.brevo.note.0':
    'Brevo führt 587 und 2525 als „unverschlüsselte“ Ports; Clients verschlüsseln sie mit STARTTLS.',
  'provider.brevo.username': 'Der SMTP-Login unter SMTP & API → SMTP.',
  'provider.smtp2go.auth.0': 'Legen Sie einen SMTP-Benutzer an und bestätigen Sie Ihren Absender.',
  'provider.smtp2go.note.0':
    'Auch die Ports 80 und 443 übertragen hier SMTP: nützlich, wenn alle Mail-Ports gesperrt sind.',
  'provider.smtp2go.username': 'Ein SMTP-Benutzer aus Sending → SMTP Users.',
  'provider.smtp2go.variant.us': 'USA',
  'provider.smtp2go.variant.eu': 'EU/UK',
  'provider.smtp2go.variant.eu2': 'Nur EU',
  'provider.smtp2go.variant.au': 'Australien',
  'provider.mailjet.auth.0': 'API-Schlüssel als Benutzername, geheimer Schlüssel als Passwort.',
  'provider.mailjet.server.1':
    'Die Anleitung von Google für Compute Engine sendet über in-v3.mailjet.com:2525.',
  'provider.mailjet.server.2': 'Nur in Anleitungen Dritter genannt.',
  'provider.mailjet.username': 'Ihr Mailjet-API-Schlüssel (das Passwort ist der geheime Schlüssel).',
  'provider.sparkpost.auth.0':
    'Das Passwort ist ein API-Schlüssel mit der Berechtigung „Senden über SMTP“ („Send via SMTP“).',
  'provider.sparkpost.server.1':
    'SparkPost: „ein alternativer Port für Fälle, in denen Port 587 gesperrt ist (etwa in einer Google-Compute-Engine-Umgebung)“.',
  'provider.sparkpost.variant.eu': 'SparkPost EU',
  'provider.cpanel.auth.0':
    'cPanel: „IMAP, POP3 und SMTP erfordern eine Authentifizierung“ mit dem Passwort des Postfachs.',
  'provider.cpanel.note.0':
    'Unter „E-Mail-Konten → Geräte verbinden“ („Email Accounts → Connect Devices“) sehen Sie den genauen Host und die Ports für Ihr Konto.',
  'provider.cpanel.server.0':
    'Die „Sicheren SSL/TLS-Einstellungen“ („Secure SSL/TLS Settings“) von cPanel nennen den eigenen Hostnamen des Servers (z. B. host55.registrar-servers.com); mail.<domain> mit SSL scheitert oft an der Zertifikatsprüfung.',
  'provider.cpanel.server.1': 'Manche cPanel-Hoster lauschen auch auf 26 (oder 25), wenn 587 gesperrt ist.',
  'provider.cpanel.username': 'Die vollständige Adresse des in cPanel angelegten Postfachs.',
  'provider.plesk.auth.0':
    'Das Relaying steht standardmäßig auf „Autorisierung ist erforderlich“ („authorization is required“): Melden Sie sich mit Adresse und Passwort des Postfachs an.',
  'provider.plesk.server.0':
    'Plesk-Administratoren „können Ihre Kunden auch bitten, den Port 587 anzugeben“, sobald der Submission-Dienst aktiviert ist.',
  'provider.plesk.server.1': 'Häufig angeboten; keine gespeicherte Plesk-Seite bestätigt es.',
  'provider.directadmin.auth.0':
    'Melden Sie sich mit Adresse und Passwort des Postfachs an (üblich bei Hosting-Panels; für DirectAdmin bestätigt es keine gespeicherte Quelle).',
  'provider.directadmin.server.0':
    'Die eigenen Vorgaben von DirectAdmin bestätigt keine gespeicherte Quelle; das ist das übliche Muster mail.<domain> (Thunderbird versucht zuerst smtp., dann mail., dann die Domain selbst).',
  'policy.aws.summary':
    'AWS sperrt (früher: „drosselt“) ausgehenden Port 25 auf allen EC2-Instanzen. Lambda-Funktionen können auf 25 nur aus einer VPC hinter einem NAT-Gateway senden.',
  'policy.aws.how':
    'Senden Sie für Konto und Region das Formular „Antrag auf Aufhebung der E-Mail-Versandbeschränkungen“ („Request to remove email sending limitations“). Oder senden Sie über ein Relay auf 587/2587/465.',
  'policy.gcp.summary':
    'Google Cloud sperrt ausgehenden Port 25 ohne Ausnahme. „Port 25 ist zwar gesperrt, Sie können aber Port 465, 587 oder einen anderen Port verwenden, um E-Mails über ein Relay zu senden.“',
  'policy.gcp.how':
    'Es gibt keine Ausnahme. Senden Sie über Ihren Mail-Anbieter auf 587/465 oder über ein Relay auf 2525.',
  'policy.gcp.note.0':
    'Bis etwa 2018 sperrte Google auch 465 und 587, außer zu Google-Adressen; heute sind sie offen.',
  'policy.azure.summary':
    'Azure sperrt ausgehenden Port 25, außer für Abonnements mit Enterprise Agreement und MCA-E. Ein authentifiziertes Relay auf 587 ist „unabhängig vom Abonnementtyp nicht eingeschränkt“.',
  'policy.azure.how':
    'Nur Abonnements mit Enterprise Agreement / MCA-E dürfen auf 25 senden. Alle anderen verwenden ein authentifiziertes Relay auf 587 (z. B. Azure Communication Services, SendGrid).',
  'policy.azure.note.0': 'Die Sperre begann für die meisten neuen Abonnements am 2017-11-15.',
  'policy.digitalocean.summary':
    'DigitalOcean sperrt SMTP auf Port 25 von Droplets neuer Konten und hebt die Sperre nicht auf; empfohlen wird ein Relay wie SendGrid.',
  'policy.digitalocean.how':
    'Keine Ausnahme möglich. Senden Sie über Ihren Anbieter auf 587/465 oder über ein Relay (2525).',
  'policy.digitalocean.note.0':
    'Die Quellen widersprechen sich bei 465 und 587: Eine Erhebung von 2026 meldet sie ebenfalls als gesperrt (auch für Reserved IPs); eine Support-Antwort von 2019 nannte sie nutzbar. Prüfen Sie beide, bevor Sie sich darauf verlassen.',
  'policy.linode.summary':
    'Linode beschränkt ausgehende Verbindungen auf den Ports 25, 465 und 587 auf allen Linodes von Konten, die nach dem 2019-11-05 angelegt wurden.',
  'policy.linode.how':
    'Richten Sie gültige A- und Reverse-DNS-Einträge ein und eröffnen Sie dann ein Support-Ticket mit den Angaben, die der Leitfaden „Einen Mailserver betreiben“ („Running a Mail Server“) verlangt.',
  'policy.vultr.summary':
    'Vultr sperrt ausgehenden Port 25 standardmäßig. Nutzer berichten sowohl, dass der Support ihn auf Anfrage freischaltet, als auch, dass er das nicht mehr tut.',
  'policy.vultr.how':
    'Eröffnen Sie ein Support-Ticket und erklären Sie den Anwendungsfall; eine Freigabe ist nicht sicher.',
  'policy.hetzner.summary':
    'Hetzner: „Ausgehender Datenverkehr zu den Ports 25 und 465 ist auf allen Cloud Servern standardmäßig gesperrt.“ Port 587 bleibt offen.',
  'policy.hetzner.how':
    'Beantragen Sie die Freischaltung per Limit-Anfrage mit einem triftigen Anwendungsfall – erst wenn das Konto einen Monat alt und die erste Rechnung bezahlt ist. Hetzner entscheidet im Einzelfall.',
  'policy.hetzner.note.0':
    'Die Sperre sitzt im Netz vor dem Server: ufw und iptables zeigen nichts Auffälliges, während 465 still in eine Zeitüberschreitung läuft.',
  'policy.ovh.summary':
    'OVHcloud sperrt Port 25 nicht standardmäßig, schließt ihn aber auf Netzebene, wenn sein Anti-Spam-System Spam vom Server erkennt.',
  'policy.ovh.how':
    'Stoppen Sie den Versand, bereinigen Sie den Server und beantragen Sie dann im Kundencenter die Freischaltung. „Eine Aufnahme in eine Whitelist ist nicht möglich.“',
  'policy.oracle-cloud.summary':
    'Oracle Cloud sperrt ausgehenden Port 25 (Free-Tier-Konten, die nach dem 2021-06-25 angelegt wurden, laut Oracle-Support-Dokument 2787393.1).',
  'policy.oracle-cloud.how':
    'Kostenpflichtige Konten können den Oracle-Support fragen; Anfragen von Always-Free-Konten wurden abgelehnt.',
  'policy.scaleway.summary':
    'Scaleway: Auf Instances „sind entfernte SMTP-Ports (25, 465 und 587) standardmäßig gesperrt“.',
  'policy.scaleway.how':
    'Schalten Sie SMTP in der Sicherheitsgruppe der Instance in der Konsole frei (erfordert eine bestätigte Identität). Mit Terraform lässt es sich nicht einschalten.',
  'policy.scaleway.note.0': 'Scaleway Serverless Containers sperren ausgehend 25 und 465.',
  'policy.upcloud.summary':
    'UpCloud schließt ausgehenden Port 25 „standardmäßig bei allen neuen Konten“; die kostenlose Testphase erlaubt nur die üblichen Web-Ports.',
  'policy.upcloud.how':
    'Wenden Sie sich an den Support, weisen Sie Ihre Identität oder Zahlungsmethode nach und beschreiben Sie den Anwendungsfall.',
  'policy.contabo.summary':
    'Eine veröffentlichte Port-Richtlinie von Contabo wurde nicht gefunden. Nutzer berichten, dass Contabo-VPS auf Port 25 senden können.',
  'policy.contabo.how': 'Fragen Sie den Support von Contabo.',
  'policy.comcast.summary':
    'Seit dem 2012-08-01 erlaubt Comcast „unseren Privatkunden mit Internetanschluss standardmäßig keinen Zugriff mehr auf Port 25“; empfohlen werden 587 mit Authentifizierung oder 465 mit SSL.',
  'policy.comcast.how':
    'Die Sperre wird „auf Anfrage bei unserem Customer Security Assurance Team“ aufgehoben (die Server von comcast.net lehnen den Versand auf 25 trotzdem ab).',
  'policy.spectrum.summary':
    'Steht ein Computer unter Verdacht, Spam zu senden, sperrt ein Filter im Kabelmodem ausgehenden Port 25, der „nicht für die Mailserver von TWC bestimmt“ ist. Stellen Sie den Client auf 587 um.',
  'policy.spectrum.how': 'Bereinigen Sie den infizierten Computer; senden Sie bis dahin auf 587.',
  'policy.cox.summary':
    'Cox filtert Port 25 in beide Richtungen: „SMTP ist ausgehend nur zu den SMTP-Servern von Cox erlaubt“. Die Sperre begann im Juni 2003.',
  'policy.cox.how': 'Verwenden Sie statt 25 den Versandport Ihres Anbieters (587/465).',
  'policy.deutsche-telekom.summary':
    'Wenn von einem Anschluss Spam ausgeht, sperrt die Telekom Port 25/tcp in andere Netze. Die Smarthosts der Telekom (mailto.t-online.de, smtpmail.t-online.de, smtprelay.t-online.de, securesmtp.t-online.de), das Webmail und die Smarthosts anderer Anbieter auf Nicht-Standard-Ports funktionieren weiter.',
  'policy.deutsche-telekom.how':
    'Folgen Sie den Schritten des Sicherheitsteams, um den Anschluss abzusichern; danach wird die Sperre aufgehoben.',
  'policy.deutsche-telekom.note.0':
    'Speedport-Router mit eingeschalteter Option „sichere E-Mail-Server“ erlauben die Ports 25 und 587 nur zu gelisteten Servern: Wenn 587 in eine Zeitüberschreitung läuft, kann es am Router liegen, nicht am Mailserver.',
  'policy.swisscom.summary':
    'Swisscom filtert ausgehenden Port 25 zu Mailservern und erlaubt ihn nur unter bestimmten Bedingungen; empfohlen wird Port 587.',
  'policy.swisscom.how': 'Verwenden Sie Port 587 mit Authentifizierung.',
  'policy.wessex-internet.summary':
    'Wessex Internet sperrt bei Breitbandanschlüssen für Privat- und Geschäftskunden ausgehendes TCP 25, außer zum eigenen Relay.',
  'policy.wessex-internet.how': 'Verwenden Sie das Relay von Wessex oder Port 587/465 Ihres Anbieters.',
};
