import type { TranslationOf } from '../../catalog';
import type { explainPolicy as english } from '../en/explain-policy';

export const explainPolicy: TranslationOf<typeof english> = {
  'policy.list.or': '{a} ou {b}',

  'policy.answer.cause.portBlocked': 'le réseau bloque le port de messagerie',
  'policy.answer.cause.serverUnreachable': 'le serveur de messagerie est arrêté ou refuse la connexion',
  'policy.answer.cause.dnsFailure': 'le nom du serveur de messagerie est faux ou introuvable dans le DNS',
  'policy.answer.cause.tlsMismatch': 'le réglage de chiffrement ne correspond pas au port',
  'policy.answer.headline.pageServerUnreachable':
    'Le serveur derrière cette page n’a pas pu joindre son serveur de messagerie',
  'policy.answer.headline.couldNotConnect': 'Impossible de se connecter au serveur de messagerie',
  'policy.answer.who.greylisted':
    'Personne n’a rien à changer : le serveur destinataire a seulement demandé de réessayer plus tard.',
  'policy.answer.next.greylisted.seconds':
    'Attendez {count, plural, one {{count} seconde} other {{count} secondes}}, puis cliquez de nouveau sur « Envoyer ».',
  'policy.answer.next.greylisted.minutes':
    'Attendez {count, plural, one {{count} minute} other {{count} minutes}}, puis cliquez de nouveau sur « Envoyer ».',
  'policy.answer.next.greylisted.fewMinutes':
    'Attendez quelques minutes, puis cliquez de nouveau sur « Envoyer ».',
  'policy.answer.next.greylisted.detail':
    'Les webmails et la plupart des applications ne réessaient pas d’eux-mêmes ; un serveur de messagerie avec file d’attente, si.',
  'policy.answer.who.rateLimit': 'Vous : le serveur limite la quantité de messages envoyés par un compte.',
  'policy.answer.next.rateLimit.seconds':
    'Attendez {count, plural, one {{count} seconde} other {{count} secondes}} avant de renvoyer, et envoyez moins de messages à la fois.',
  'policy.answer.next.rateLimit.minutes':
    'Attendez {count, plural, one {{count} minute} other {{count} minutes}} avant de renvoyer, et envoyez moins de messages à la fois.',
  'policy.answer.next.rateLimit.hourOrSo':
    'Attendez environ une heure avant de renvoyer, et envoyez moins de messages à la fois.',
  'policy.answer.who.recipientRejected': 'Vous : l’envoi a fonctionné, c’est l’adresse qui pose problème.',
  'policy.answer.next.recipientRejected':
    'Vérifiez que l’adresse du destinataire ne contient pas de faute de frappe, puis renvoyez.',
  'policy.answer.who.mailboxFull': 'Le destinataire : sa boîte aux lettres est pleine.',
  'policy.answer.next.mailboxFull': 'Contactez-le autrement, ou réessayez plus tard.',
  'policy.answer.who.domainAuth':
    'La personne qui gère le DNS de {domain}, ou votre fournisseur de messagerie.',
  'policy.answer.who.domainAuthUnnamed':
    'La personne qui gère le DNS de votre domaine, ou votre fournisseur de messagerie.',
  'policy.answer.next.domainAuth':
    'Si vous ne gérez pas {domain}, envoyez ceci à la personne qui s’en occupe.',
  'policy.answer.next.domainAuthUnnamed':
    'Si vous ne gérez pas votre domaine, envoyez ceci à la personne qui s’en occupe.',
  'policy.answer.copy.toDomainManager': 'Copier le message pour le gestionnaire du domaine',
  'policy.answer.who.providerAccount': 'Vous, dans votre compte {provider}.',
  'policy.answer.link.providerHelp': 'Aide du fournisseur',
  'policy.answer.who.webmail':
    'L’administrateur de {host} : c’est le serveur du webmail qui se connecte, rien sur votre ordinateur ne peut donc corriger cela.',
  'policy.answer.who.webmailThisSite':
    'L’administrateur de ce site : c’est le serveur du webmail qui se connecte, rien sur votre ordinateur ne peut donc corriger cela.',
  'policy.answer.next.webmail':
    'Envoyez ce message à votre administrateur de messagerie ou à votre hébergeur.',
  'policy.answer.copy.toAdministrator': 'Copier le message pour l’administrateur',
  'policy.answer.who.siteHost':
    'La personne qui gère {host} : le réseau de son hébergeur bloque peut-être le port de messagerie.',
  'policy.answer.who.siteHostThisSite':
    'La personne qui gère ce site : le réseau de son hébergeur bloque peut-être le port de messagerie.',
  'policy.answer.next.siteHost':
    'Dans les réglages de messagerie de cette page, utilisez le port 587 avec STARTTLS (ou 465 avec SSL/TLS) ; si cela échoue encore, envoyez ceci à votre hébergeur.',
  'policy.answer.copy.toHost': 'Copier le message pour l’hébergeur',
  'policy.answer.who.siteSettings': 'La personne qui gère {host}, dans ses réglages de messagerie.',
  'policy.answer.who.siteSettingsThisSite': 'La personne qui gère ce site, dans ses réglages de messagerie.',
  'policy.answer.who.providerServer':
    'Votre fournisseur de messagerie : il gère le serveur dont l’adresse a été refusée.',
  'policy.answer.next.providerServer': 'Envoyez ceci au support de votre fournisseur de messagerie.',
  'policy.answer.copy.toProvider': 'Copier le message pour votre fournisseur de messagerie',
  'policy.answer.who.bounce':
    'Vous ou votre fournisseur de messagerie : son serveur a accepté le message mais n’a pas pu le distribuer.',
  'policy.answer.who.undecided':
    'Vous, ou la personne qui gère votre réseau ou le serveur de messagerie : un test permet de le savoir.',
  'policy.answer.next.undecided':
    'Essayez d’envoyer une fois depuis un autre réseau, par exemple le partage de connexion d’un téléphone.',
  'policy.answer.next.undecided.detail':
    'Si cela fonctionne là-bas, votre réseau bloque le port de messagerie ; si cela échoue partout, le serveur ou son nom est faux.',
  'policy.answer.next.undecided.detailProbe':
    'Si cela fonctionne là-bas, votre réseau bloque le port de messagerie ; si cela échoue partout, le serveur ou son nom est faux. Ou lancez le test ci-dessous.',
  'policy.answer.who.thisDevice':
    'Vous, dans les réglages de votre application de messagerie ou de votre script.',
  'policy.answer.next.readFullError': 'Lisez l’erreur complète ci-dessous.',
  'policy.answer.copy.settings': 'Copier les réglages',
  'policy.answer.admin.greeting.there': 'Bonjour,',
  'policy.answer.admin.greeting.administrator': 'Bonjour à l’administrateur,',
  'policy.answer.admin.greeting.supportTeam': 'Bonjour à l’équipe de support,',
  'policy.answer.admin.fails': 'l’envoi d’e-mails échoue. Cette erreur s’est affichée :',
  'policy.answer.admin.fails.from':
    'l’envoi d’e-mails depuis {pageHost} échoue. Cette erreur s’est affichée :',
  'policy.answer.admin.fails.at': 'l’envoi d’e-mails échoue. Cette erreur s’est affichée le {time} :',
  'policy.answer.admin.fails.fromAt':
    'l’envoi d’e-mails depuis {pageHost} échoue. Cette erreur s’est affichée le {time} :',
  'policy.answer.admin.check.connect':
    'Merci de vérifier si ce serveur peut ouvrir des connexions sortantes vers {host} sur le port {ports} (beaucoup d’hébergeurs bloquent le port 25 ; 587 avec STARTTLS et 465 avec SSL/TLS sont les ports prévus pour l’envoi), et si le serveur de messagerie fonctionne.',
  'policy.answer.admin.check.connectNoPort':
    'Merci de vérifier si ce serveur peut ouvrir des connexions sortantes vers {host} sur le port SMTP (beaucoup d’hébergeurs bloquent le port 25 ; 587 avec STARTTLS et 465 avec SSL/TLS sont les ports prévus pour l’envoi), et si le serveur de messagerie fonctionne.',
  'policy.answer.admin.check.connectNoHost':
    'Merci de vérifier si ce serveur peut ouvrir des connexions sortantes vers son serveur de messagerie sur le port {ports} (beaucoup d’hébergeurs bloquent le port 25 ; 587 avec STARTTLS et 465 avec SSL/TLS sont les ports prévus pour l’envoi), et si le serveur de messagerie fonctionne.',
  'policy.answer.admin.check.connectNoHostNoPort':
    'Merci de vérifier si ce serveur peut ouvrir des connexions sortantes vers son serveur de messagerie sur le port SMTP (beaucoup d’hébergeurs bloquent le port 25 ; 587 avec STARTTLS et 465 avec SSL/TLS sont les ports prévus pour l’envoi), et si le serveur de messagerie fonctionne.',
  'policy.answer.admin.check.tls':
    'Merci de vérifier le réglage de chiffrement (465 = SSL/TLS, 587 = STARTTLS) et le certificat du serveur de messagerie.',
  'policy.answer.admin.check.auth':
    'Merci de vérifier le nom d’utilisateur et le mot de passe (ou mot de passe d’application) avec lesquels le serveur se connecte au serveur de messagerie.',
  'policy.answer.admin.check.domain':
    'Merci de vérifier les enregistrements SPF et DKIM de {domain} pour le service qui envoie ses e-mails.',
  'policy.answer.admin.check.domainUnnamed':
    'Merci de vérifier les enregistrements SPF et DKIM du domaine expéditeur pour le service qui envoie ses e-mails.',
  'policy.answer.admin.check.ip':
    'Merci de vérifier l’adresse IP du serveur d’envoi : ses inscriptions sur des listes de blocage et son nom DNS inverse.',
  'policy.answer.admin.check.sender':
    'Merci de vérifier avec quelles adresses d’expéditeur le serveur de messagerie laisse ce compte envoyer.',
  'policy.answer.admin.check.log': 'Merci de consulter le journal du serveur de messagerie à ce moment-là.',
  'policy.answer.admin.thanks': 'Merci.',

  'policy.term.starttls': 'la connexion commence en clair puis passe au chiffrement (port 587)',
  'policy.term.sslTls': 'la connexion est chiffrée dès le départ (port 465)',
  'policy.term.smtp':
    'le protocole avec lequel les applications et serveurs de messagerie envoient les e-mails',
  'policy.term.mx': 'l’enregistrement DNS qui désigne les serveurs recevant les e-mails d’un domaine',
  'policy.term.relay.name': 'relais',
  'policy.term.relay': 'un service qui transmet les e-mails pour vous',
  'policy.term.spf': 'un enregistrement DNS qui liste les serveurs autorisés à envoyer pour un domaine',
  'policy.term.dkim': 'une signature qui prouve qu’un message vient bien de son domaine',
  'policy.term.dmarc': 'la règle du domaine pour les e-mails qui échouent à SPF et DKIM',
  'policy.term.appPassword.name': 'mot de passe d’application',
  'policy.term.appPassword':
    'un mot de passe distinct que votre fournisseur crée pour une seule application de messagerie',
  'policy.term.greylisting.name': 'greylisting (liste grise)',
  'policy.term.greylisting':
    'le destinataire refuse une première fois un nouvel expéditeur et accepte la nouvelle tentative',
  // @end answer

  'policy.auth.readReply': 'Lisez la réponse du serveur',
  'policy.auth.failed.title': 'Le serveur a refusé le nom d’utilisateur ou le mot de passe',
  'policy.auth.failed.summary':
    'La connexion à {host} sur le port {ports} a fonctionné, mais l’identification a été refusée : le mot de passe est faux, ou le fournisseur exige un autre type de mot de passe pour les applications.',
  'policy.auth.failed.summary.noPort':
    'La connexion à {host} a fonctionné, mais l’identification a été refusée : le mot de passe est faux, ou le fournisseur exige un autre type de mot de passe pour les applications.',
  'policy.auth.failed.summary.noHost':
    'La connexion au serveur de messagerie sur le port {ports} a fonctionné, mais l’identification a été refusée : le mot de passe est faux, ou le fournisseur exige un autre type de mot de passe pour les applications.',
  'policy.auth.failed.summary.noHostNoPort':
    'La connexion au serveur de messagerie a fonctionné, mais l’identification a été refusée : le mot de passe est faux, ou le fournisseur exige un autre type de mot de passe pour les applications.',
  'policy.auth.failed.why':
    'Beaucoup de fournisseurs refusent votre mot de passe habituel dans les applications et sur les appareils, et demandent à la place un mot de passe d’application : Gmail (avec la validation en deux étapes activée), Yahoo, iCloud, Zoho (avec l’authentification à deux facteurs activée) et Fastmail. Les services de relais demandent leur clé SMTP ou leur clé API, pas le mot de passe de votre compte. Le nom d’utilisateur est en général l’adresse e-mail complète.',
  'policy.auth.failed.confirm.webmail':
    'Connectez-vous au webmail du fournisseur avec le même nom d’utilisateur et le même mot de passe',
  'policy.auth.failed.confirm.webmail.detail':
    'Si cela fonctionne mais que SMTP refuse toujours, le compte a besoin d’un mot de passe d’application ou la connexion SMTP y est désactivée.',
  'policy.auth.failed.step.reenter':
    'Saisissez à nouveau le nom d’utilisateur (votre adresse e-mail complète) et le mot de passe',
  'policy.auth.failed.step.reenter.detail':
    'Attention aux espaces collés au début ou à la fin, et à une disposition de clavier qui change certains caractères.',
  'policy.auth.failed.step.appPassword':
    'Créez un mot de passe d’application et utilisez-le à la place de votre mot de passe habituel',
  'policy.auth.failed.step.appPassword.detail':
    'Google : myaccount.google.com/apppasswords (nécessite la validation en deux étapes). Yahoo, iCloud, Zoho et Fastmail : dans les paramètres de sécurité du compte. Un mot de passe d’application ne fonctionne que pour le compte qui l’a créé.',
  'policy.auth.failed.step.relay':
    'Pour un service de relais, utilisez les identifiants SMTP de son tableau de bord',
  'policy.auth.failed.step.relay.detail':
    'SendGrid : nom d’utilisateur « apikey » et une clé API. Amazon SES : les identifiants SMTP, pas vos clés d’accès AWS. Brevo : la clé SMTP. Postmark : le jeton API du serveur comme nom d’utilisateur et comme mot de passe.',
  'policy.auth.failed.step.securityHold':
    'Si le mot de passe est bon, vérifiez que le compte n’est pas bloqué par sécurité',
  'policy.auth.failed.step.securityHold.detail':
    'Connectez-vous sur le web : les fournisseurs suspendent les connexions depuis de nouveaux lieux jusqu’à ce que vous les confirmiez.',
  'policy.auth.required.title': 'Le serveur exige d’abord le chiffrement ou une identification',
  'policy.auth.required.summary':
    'Le serveur a répondu mais a refusé le message, car le programme ne s’est pas identifié ou n’a pas activé le chiffrement (STARTTLS) avant d’essayer.',
  'policy.auth.required.why':
    'Les serveurs d’envoi n’acceptent les e-mails que des utilisateurs identifiés, et la plupart n’acceptent l’identification que sur une connexion chiffrée. Sans identification, le port 25 n’accepte que les e-mails destinés aux utilisateurs de ce serveur.',
  'policy.auth.required.confirm.reply.detail':
    '« Must issue a STARTTLS command first » demande le chiffrement ; « Authentication required » ou « Client not authenticated » demande une identification.',
  'policy.auth.required.step.encryption':
    'Activez le chiffrement : STARTTLS sur le port 587, ou SSL/TLS sur le port 465',
  'policy.auth.required.step.login':
    'Activez l’authentification avec le nom d’utilisateur et le mot de passe du compte',
  'policy.auth.required.step.login.detail':
    'Outlook : « Mon serveur sortant (SMTP) requiert une authentification ». Nodemailer : {nodemailerAuth}. PHPMailer : SMTPAuth = true avec Username et Password.',
  'policy.auth.required.step.submissionPort': 'Utilisez le port de soumission (587 ou 465) au lieu du 25',
  'policy.auth.disabled.title': 'La connexion SMTP est désactivée pour ce compte',
  'policy.auth.disabled.summary':
    'Le fournisseur a refusé l’identification quel que soit le mot de passe : la connexion SMTP avec un simple nom d’utilisateur et mot de passe (« authentification de base ») est désactivée pour ce compte ou cette organisation, ou seule une connexion moderne (OAuth) est acceptée.',
  'policy.auth.disabled.why':
    'Microsoft 365 désactive SMTP AUTH par défaut pour les organisations créées depuis janvier 2020 et le bloque dès que les paramètres de sécurité par défaut sont activés ; Microsoft supprime en outre entièrement l’authentification de base pour SMTP AUTH (Centre de messages MC786329). Les comptes personnels Outlook.com n’acceptent plus qu’OAuth depuis septembre 2024. Google a coupé l’accès des « applications moins sécurisées », ne laissant qu’OAuth et les mots de passe d’application.',
  'policy.auth.disabled.confirm.reply.detail':
    '« SmtpClientAuthentication is disabled for the Tenant » ou « for the Mailbox » : l’interrupteur SMTP AUTH est désactivé. « security defaults policy » : les paramètres de sécurité par défaut le bloquent. « Basic authentication is not supported » (5.7.30) : seul OAuth fonctionnera.',
  'policy.auth.disabled.step.m365':
    'Microsoft 365 : activez « SMTP authentifié » pour la boîte aux lettres qui envoie',
  'policy.auth.disabled.step.m365.detail':
    'Centre d’administration → Utilisateurs → Utilisateurs actifs → l’utilisateur → Courrier → Gérer les applications de messagerie → SMTP authentifié. Le réglage de la boîte aux lettres l’emporte sur celui de l’organisation. Dans Exchange Online PowerShell :',
  'policy.auth.disabled.step.oauth': 'Préférez OAuth 2.0 quand l’application le permet',
  'policy.auth.disabled.step.oauth.detail':
    'Microsoft 365, Outlook.com et Gmail acceptent SMTP avec OAuth 2.0 (XOAUTH2) ; Thunderbird, Nodemailer, MailKit et PHPMailer (avec un fournisseur OAuth) le prennent en charge. Avec OAuth, les paramètres de sécurité par défaut restent activés.',
  'policy.auth.disabled.step.google':
    'Gmail et Google Workspace : utilisez un mot de passe d’application (nécessite la validation en deux étapes) ou OAuth',
  'policy.auth.disabled.step.relay':
    'Pour les appareils et applications qui ne savent faire ni l’un ni l’autre, envoyez via un relais',
  'policy.auth.disabled.step.relay.detail':
    'Un service de relais, ou les options de Microsoft 365 : un connecteur de relais SMTP, ou l’envoi direct vers l’hôte MX de votre tenant (…mail.protection.outlook.com, port 25), qui n’atteint que les destinataires de votre organisation.',

  'policy.delivery.rateLimit.title': 'Limite d’envoi atteinte',
  'policy.delivery.rateLimit.summary':
    'Le serveur a accepté la connexion mais refuse d’autres e-mails pour l’instant : ce compte ou cette adresse a trop envoyé, trop vite, ou a épuisé un quota journalier.',
  'policy.delivery.rateLimit.why':
    'Les fournisseurs limitent l’envoi pour empêcher les abus : messages par jour ou par heure, destinataires par message, connexions simultanées. Les limites se réinitialisent en général en moins d’une journée. Une limite atteinte sans raison peut signifier que quelqu’un d’autre envoie avec ce compte.',
  'policy.delivery.rateLimit.confirm.limits':
    'Consultez les limites d’envoi publiées par le fournisseur et le dossier « Envoyés » du compte',
  'policy.delivery.rateLimit.confirm.limits.detail':
    'Des messages que vous n’avez pas écrits dans le dossier « Envoyés » signifient que le compte est piraté.',
  'policy.delivery.rateLimit.step.wait': 'Attendez et renvoyez plus tard',
  'policy.delivery.rateLimit.step.wait.temporary':
    'Cette réponse est temporaire : un serveur de messagerie réessaie de lui-même.',
  'policy.delivery.rateLimit.step.wait.daily':
    'Les limites journalières se réinitialisent en général en moins de 24 heures.',
  'policy.delivery.rateLimit.step.batches':
    'Envoyez par plus petits lots : moins de destinataires par message, moins de connexions simultanées',
  'policy.delivery.rateLimit.step.service':
    'Pour les newsletters ou les e-mails d’application en volume, utilisez un service d’envoi conçu pour cela',
  'policy.delivery.rateLimit.step.service.detail':
    'Les services transactionnels et d’envoi en masse (SendGrid, Mailgun, Amazon SES, Postmark…) ont des limites bien plus hautes.',
  'policy.delivery.rateLimit.step.password': 'Si vous n’avez pas envoyé autant, changez le mot de passe',
  'policy.delivery.messageRejected.title': 'Le message lui-même a été refusé (taille ou contenu)',
  'policy.delivery.messageRejected.summary':
    'Le serveur a accepté l’expéditeur et les destinataires mais a refusé ce message : il est trop gros, ou son contenu ressemblait à du spam ou enfreignait une règle.',
  'policy.delivery.messageRejected.why':
    'Les serveurs limitent la taille des messages, souvent entre 10 et 50 Mo, et les pièces jointes grossissent d’environ un tiers une fois encodées pour l’e-mail. Les filtres antispam refusent les messages avec des liens suspects, des types de pièces jointes à risque (comme .exe) ou des formulations typiques du spam.',
  'policy.delivery.messageRejected.confirm.codes': 'Lisez les codes',
  'policy.delivery.messageRejected.confirm.codes.detail':
    '552 ou 5.3.4 / 5.2.3 concerne la taille ; 554 ou 5.7.1 avec des mots comme « spam » ou « content » concerne le contenu.',
  'policy.delivery.messageRejected.confirm.test':
    'Envoyez un court message de test en texte brut au même destinataire',
  'policy.delivery.messageRejected.confirm.test.detail':
    'S’il arrive, le problème vient du message d’origine, pas de votre configuration.',
  'policy.delivery.messageRejected.step.size':
    'Trop gros : partagez les gros fichiers par un lien au lieu de les joindre',
  'policy.delivery.messageRejected.step.content':
    'Contenu : retirez les raccourcisseurs de liens et les pièces jointes à risque, et vérifiez que les domaines liés ne sont pas sur une liste de blocage',
  'policy.delivery.messageRejected.step.link': 'Suivez le lien indiqué dans le refus, s’il y en a un',
  'policy.delivery.messageRejected.step.link.detail':
    'Les fournisseurs renvoient vers la règle que le message a enfreinte.',
  'policy.delivery.mailboxFull.title': 'La boîte aux lettres du destinataire est pleine',
  'policy.delivery.mailboxFull.summary':
    'La boîte aux lettres du destinataire a dépassé sa limite de stockage et ne peut plus recevoir de nouveaux e-mails. Votre configuration n’y est pour rien.',
  'policy.delivery.mailboxFull.why.temporary':
    'Chaque boîte aux lettres a une taille maximale, et les boîtes abandonnées se remplissent de spam et restent pleines. Cette réponse est temporaire : votre serveur de messagerie continue de réessayer pendant un moment.',
  'policy.delivery.mailboxFull.why':
    'Chaque boîte aux lettres a une taille maximale, et les boîtes abandonnées se remplissent de spam et restent pleines. Une réponse 4xx (452 4.2.2) est temporaire et fait l’objet de nouvelles tentatives ; une réponse 5xx (552 5.2.2) est définitive.',
  'policy.delivery.mailboxFull.confirm.later':
    'Renvoyez plus tard, ou demandez au destinataire si sa boîte aux lettres est pleine',
  'policy.delivery.mailboxFull.step.tell': 'Prévenez le destinataire autrement (téléphone, autre adresse)',
  'policy.delivery.mailboxFull.step.again': 'Renvoyez quand il aura fait de la place',
  'policy.delivery.mailboxFull.step.own':
    'S’il s’agit de votre propre boîte, supprimez les gros messages et videz la corbeille et le dossier spam',
  'policy.delivery.greylisted.title':
    'Différé pour l’instant (greylisting) : cela passera à la nouvelle tentative',
  'policy.delivery.greylisted.summary':
    'Le serveur destinataire a demandé à l’expéditeur de revenir plus tard. C’est une technique antispam courante appelée greylisting (liste grise) : un vrai serveur de messagerie réessaie après quelques minutes et passe.',
  'policy.delivery.greylisted.why':
    'Les logiciels de spam ne réessaient souvent jamais ; les destinataires refusent donc une fois les e-mails d’expéditeurs qu’ils ne connaissent pas encore. Les vrais serveurs de messagerie gardent le message dans leur file d’attente et réessaient d’eux-mêmes.',
  'policy.delivery.greylisted.confirm.wait.seconds':
    'Attendez {count, plural, one {{count} seconde} other {{count} secondes}} et regardez de nouveau',
  'policy.delivery.greylisted.confirm.wait.minutes':
    'Attendez {count, plural, one {{count} minute} other {{count} minutes}} et regardez de nouveau',
  'policy.delivery.greylisted.confirm.wait.fewMinutes': 'Attendez quelques minutes et regardez de nouveau',
  'policy.delivery.greylisted.confirm.wait.detail': 'Le message devrait passer à la prochaine tentative.',
  'policy.delivery.greylisted.step.wait.seconds':
    'Attendez {count, plural, one {{count} seconde} other {{count} secondes}}, puis cliquez de nouveau sur « Envoyer »',
  'policy.delivery.greylisted.step.wait.minutes':
    'Attendez {count, plural, one {{count} minute} other {{count} minutes}}, puis cliquez de nouveau sur « Envoyer »',
  'policy.delivery.greylisted.step.wait.fewMinutes':
    'Attendez quelques minutes, puis cliquez de nouveau sur « Envoyer »',
  'policy.delivery.greylisted.step.wait.detail':
    'Les webmails et la plupart des applications ne réessaient pas d’eux-mêmes : renvoyer le même message après l’attente est la nouvelle tentative que le serveur a demandée. Un serveur de messagerie avec file d’attente réessaie tout seul.',
  'policy.delivery.greylisted.step.script':
    'Si un script envoie directement au serveur du destinataire, faites-le réessayer ou envoyer via un serveur de messagerie',
  'policy.delivery.greylisted.step.script.detail':
    'Un serveur de messagerie ou un relais met les e-mails en file d’attente et réessaie automatiquement.',
  'policy.delivery.greylisted.step.notGreylisting':
    'Si cela échoue encore après une heure ou plus, ce n’est pas du greylisting : lisez la réponse complète',
  'policy.delivery.unknown.title': 'Erreur d’envoi d’e-mail (cause non reconnue)',
  'policy.delivery.unknown.summary':
    'Le serveur a répondu {code}. C’est une erreur d’envoi d’e-mail, mais elle ne correspond à aucune cause connue.',
  'policy.delivery.unknown.summary.meaning':
    'Le serveur a répondu {code} ({meaning}). C’est une erreur d’envoi d’e-mail, mais elle ne correspond à aucune cause connue.',
  'policy.delivery.unknown.summary.meaningDetail':
    'Le serveur a répondu {code} ({meaning} ; {detail}). C’est une erreur d’envoi d’e-mail, mais elle ne correspond à aucune cause connue.',
  'policy.delivery.unknown.summary.noCode':
    'Cela ressemble à une erreur d’envoi d’e-mail, mais aucune des causes connues ne correspond au texte.',
  'policy.delivery.unknown.why':
    'Les réponses SMTP qui commencent par 4 sont temporaires (l’expéditeur réessaie) ; celles qui commencent par 5 sont définitives (quelque chose doit changer avant de renvoyer). Les mots après le code indiquent en général la raison.',
  'policy.delivery.unknown.confirm.reply': 'Trouvez la réponse complète du serveur',
  'policy.delivery.unknown.confirm.reply.detail':
    'Le journal de débogage du client ou le journal du serveur de messagerie montre la réponse complète qui a terminé la session.',
  'policy.delivery.unknown.step.read':
    'Lisez toute la réponse : les mots après le code indiquent en général la raison',
  'policy.delivery.unknown.step.read.detail':
    'Recherchez le code dans les pages d’aide de votre fournisseur.',
  'policy.delivery.unknown.step.probe': 'Testez le serveur depuis cette machine pour écarter le réseau',
  'policy.delivery.unknown.step.support': 'Envoyez le journal complet au support de votre fournisseur',

  'policy.senderRejected.title': 'Le serveur n’enverra pas d’e-mail pour cet expéditeur',
  'policy.senderRejected.summary':
    'Le serveur a refusé de transmettre le message à cause de son expéditeur : le programme ne s’est pas identifié, ou l’adresse d’expéditeur n’appartient pas au compte identifié.',
  'policy.senderRejected.why':
    'Les serveurs ne relaient les e-mails que pour leurs propres utilisateurs identifiés (sinon « Relaying denied »), et la plupart des fournisseurs ne vous laissent envoyer qu’avec votre propre adresse ou des alias vérifiés. Microsoft 365 exige en plus l’autorisation « Envoyer en tant que » pour envoyer au nom d’une autre boîte aux lettres.',
  'policy.senderRejected.confirm.compare':
    'Comparez l’identifiant de connexion avec l’adresse d’expéditeur (From)',
  'policy.senderRejected.confirm.compare.detail':
    'Ce doit être la même adresse, ou l’adresse d’expéditeur doit être un alias vérifié de l’identifiant.',
  'policy.senderRejected.step.login': 'Identifiez-vous (authentification SMTP) avant d’envoyer',
  'policy.senderRejected.step.login.detail':
    'Sans identification, un serveur n’accepte que les e-mails destinés à ses propres utilisateurs.',
  'policy.senderRejected.step.address':
    'Envoyez depuis l’adresse avec laquelle vous vous identifiez, ou depuis un alias vérifié',
  'policy.senderRejected.step.address.detail':
    'Gmail : Paramètres → Comptes → « Envoyer des e-mails en tant que ». Microsoft 365 : donnez au compte l’autorisation « Envoyer en tant que » sur l’autre boîte aux lettres. Réglez à la fois l’en-tête From et l’expéditeur de l’enveloppe (Return-Path).',
  'policy.senderRejected.step.verify':
    'Sur un service de relais, vérifiez l’adresse ou le domaine d’expéditeur',
  'policy.senderRejected.step.verify.detail':
    'Amazon SES, SendGrid, Mailgun et les autres n’envoient que pour les identités que vous avez vérifiées chez eux.',
  'policy.senderRejected.step.ownServer':
    'Si vous gérez le serveur, ne laissez relayer sans identification que vos propres machines',
  'policy.senderRejected.step.ownServer.detail':
    'Par exemple avec mynetworks dans Postfix ; n’ouvrez jamais le relais à Internet.',
  'policy.recipientRejected.title': 'L’adresse du destinataire n’existe pas',
  'policy.recipientRejected.summary':
    'Le serveur de messagerie du destinataire indique que l’adresse n’existe pas ou ne reçoit pas d’e-mails. Votre envoi a fonctionné ; c’est l’adresse qui pose problème.',
  'policy.recipientRejected.why':
    'Une faute de frappe, une personne qui a quitté l’organisation, un compte supprimé ou désactivé, ou une adresse qui n’a jamais existé dans le domaine destinataire.',
  'policy.recipientRejected.confirm.check':
    'Vérifiez l’adresse lettre par lettre, et envoyez un test à une adresse dont vous savez qu’elle fonctionne',
  'policy.recipientRejected.step.correct':
    'Corrigez l’adresse (cherchez aussi les fautes de frappe dans la partie après le @)',
  'policy.recipientRejected.step.ask': 'Demandez à la personne son adresse actuelle par un autre moyen',
  'policy.recipientRejected.step.remove':
    'Retirez de vos listes les adresses qui reviennent sans cesse en erreur',
  'policy.recipientRejected.step.remove.detail':
    'Envoyer encore et encore à des adresses mortes nuit à votre réputation d’expéditeur.',
  'policy.recipientRejected.step.ownDomain':
    'Si l’adresse est sur votre propre domaine, vérifiez que la boîte aux lettres ou l’alias existe',
  'policy.recipientRejected.step.ownDomain.detail':
    'Vérifiez aussi que les enregistrements MX du domaine pointent vers le serveur qui héberge la boîte aux lettres.',
  'policy.domainAuth.title': 'Le serveur du destinataire a refusé le message : SPF, DKIM ou DMARC a échoué',
  'policy.domainAuth.summary':
    'Le serveur destinataire n’a pas pu vérifier que votre domaine autorisait l’envoi de ce message depuis l’endroit d’où il est parti, il l’a donc refusé.',
  'policy.domainAuth.why':
    'Les destinataires vérifient que le serveur d’envoi figure dans l’enregistrement SPF du domaine et que le message porte une signature DKIM valide, puis appliquent la politique DMARC du domaine. Gmail exige de chaque expéditeur qu’il réussisse SPF ou DKIM (les envois en masse ont besoin des deux, plus DMARC). Envoyer par un serveur que le domaine ne mentionne pas, comme un hébergeur web ou un nouveau relais, fait échouer ces contrôles.',
  'policy.domainAuth.confirm.lookup': 'Consultez les enregistrements SPF et DMARC du domaine expéditeur',
  'policy.domainAuth.confirm.lookup.detail':
    'Il doit exister exactement un enregistrement commençant par v=spf1, et il doit inclure le service qui envoie.',
  'policy.domainAuth.step.forward':
    'Si vous ne gérez pas {domain}, envoyez cette erreur à la personne qui gère son DNS ou sa messagerie',
  'policy.domainAuth.step.forwardUnnamed':
    'Si vous ne gérez pas votre domaine, envoyez cette erreur à la personne qui gère son DNS ou sa messagerie',
  'policy.domainAuth.step.forward.detail':
    'La correction consiste à modifier des enregistrements DNS, ce qu’elle seule peut faire ; les étapes suivantes sont pour elle.',
  'policy.domainAuth.step.spf': 'Ajoutez le service d’envoi à votre enregistrement SPF',
  'policy.domainAuth.step.spf.detail':
    'Utilisez l’include documenté par votre fournisseur. Fusionnez-le dans l’unique enregistrement existant : deux enregistrements SPF sont une erreur.',
  'policy.domainAuth.step.spf.placeholder': 'domaine SPF de votre fournisseur',
  'policy.domainAuth.step.dkim':
    'Activez la signature DKIM chez le fournisseur et publiez sa clé dans le DNS',
  'policy.domainAuth.step.dmarc': 'Publiez une politique DMARC, d’abord en simple surveillance',
  'policy.domainAuth.step.from':
    'Envoyez avec une adresse d’expéditeur (From) du domaine que vous authentifiez',
  'policy.domainAuth.step.from.detail':
    'DMARC ne réussit que si le domaine SPF ou DKIM correspond au domaine de l’adresse From.',
  'policy.ipReputation.title': 'L’adresse IP du serveur d’envoi est sur une liste de blocage',
  'policy.ipReputation.summary':
    'Le serveur du destinataire a refusé la connexion ou le message à cause de la réputation de l’adresse IP d’envoi, pas à cause du message lui-même.',
  'policy.ipReputation.why':
    'Les listes de blocage comme Spamhaus répertorient les adresses qui ont envoyé du spam (souvent un compte piraté ou un appareil infecté sur le même réseau). La PBL de Spamhaus répertorie les plages d’adresses résidentielles et dynamiques qui ne devraient jamais envoyer d’e-mails directement à d’autres serveurs. Les adresses cloud et d’hébergement mutualisé héritent de l’historique des utilisateurs précédents.',
  'policy.ipReputation.confirm.lookup': 'Vérifiez l’adresse IP',
  'policy.ipReputation.confirm.lookup.detail':
    'L’outil IP and Domain Reputation Checker de Spamhaus (check.spamhaus.org) indique quelle liste et pourquoi ; le refus contient souvent aussi un lien.',
  'policy.ipReputation.step.pbl':
    'Depuis une adresse résidentielle ou dynamique (PBL), envoyez via le serveur de votre fournisseur au lieu de distribuer directement',
  'policy.ipReputation.step.pbl.detail':
    'Utilisez son port de soumission 587 ou 465 avec identification, ou un service de relais.',
  'policy.ipReputation.step.spam':
    'Si l’adresse a été listée pour du spam, trouvez et supprimez la cause, puis demandez le retrait',
  'policy.ipReputation.step.spam.detail':
    'Causes typiques : un compte de messagerie piraté, un ordinateur infecté, un formulaire de contact détourné, un relais ouvert.',
  'policy.ipReputation.step.cloud': 'Depuis un serveur cloud, envoyez via un service de relais',
  'policy.ipReputation.step.cloud.detail': 'Ses adresses ont une réputation entretenue.',
  'policy.reverseDns.title': 'L’adresse IP du serveur d’envoi n’a pas de DNS inverse (PTR) correspondant',
  'policy.reverseDns.summary':
    'Le serveur du destinataire a cherché le nom de l’adresse IP d’envoi (DNS inverse) et n’en a trouvé aucun, ou un qui ne renvoie pas vers la même adresse ; il a donc refusé la connexion.',
  'policy.reverseDns.why':
    'Les serveurs destinataires attendent d’un vrai serveur de messagerie qu’il ait un enregistrement PTR qui le nomme, et que ce nom renvoie vers la même adresse (DNS inverse confirmé). Les connexions résidentielles et les nouveaux serveurs cloud n’en ont souvent aucun, ou un générique.',
  'policy.reverseDns.confirm.lookup':
    'Cherchez le PTR de l’IP publique du serveur, puis le nom qu’il renvoie',
  'policy.reverseDns.step.ptr': 'Définissez l’enregistrement PTR là où l’adresse IP est gérée',
  'policy.reverseDns.step.ptr.detail':
    'C’est le panneau de contrôle de votre hébergeur ou votre fournisseur d’accès, pas la zone DNS de votre domaine.',
  'policy.reverseDns.step.helo':
    'Faites pointer le nom PTR vers la même IP, et utilisez-le comme nom HELO/EHLO du serveur',
  'policy.reverseDns.step.relay':
    'Si vous ne pouvez pas définir de PTR (connexion résidentielle), envoyez via un relais',

  'policy.audience.thisDevice.stepsHeading': 'Comment corriger, étape par étape',
  'policy.audience.thisDevice.settingsPlace':
    'Ouvrez les réglages du serveur sortant (SMTP) de l’application qui envoie les e-mails — le guide de votre application se trouve plus bas.',
  'policy.audience.thisDevice.probesFrom': 'Tests depuis cet ordinateur via votre backend de test',
  'policy.audience.thisDevice.measuredFrom': 'Mesuré depuis cet ordinateur :',
  'policy.audience.webServer.stepsHeading': 'Comment l’administrateur du site corrige le problème',
  'policy.audience.webServer.settingsPlace':
    'Ouvrez les réglages de messagerie (SMTP) du site : la configuration de l’application web ou les réglages de messagerie du panneau d’hébergement.',
  'policy.audience.webServer.probesFrom':
    'Tests depuis l’endroit où tourne votre backend de test : sur le serveur derrière cette page, ils montrent ce que ce serveur peut joindre ; sur cet ordinateur, seulement ce que ce réseau peut joindre',
  'policy.audience.mailServer.stepsHeading': 'Ce que l’expéditeur ou le propriétaire du domaine peut faire',
  'policy.audience.mailServer.settingsPlace':
    'Ouvrez les réglages de relais (smarthost) du serveur qui envoie les e-mails.',
  'policy.audience.mailServer.probesFrom': 'Tests depuis l’endroit où tourne votre backend de test',
  'policy.audience.probeBackend.measuredFrom': 'Mesuré par le backend de test :',

  'policy.glossary.port.25':
    'SMTP entre serveurs de messagerie, pour la distribution vers les hôtes MX ; le port que les fournisseurs d’accès et les clouds bloquent le plus',
  'policy.glossary.port.465': 'soumission avec TLS implicite : chiffré dès le premier octet (RFC 8314)',
  'policy.glossary.port.587':
    'soumission : commence en clair, puis passe au chiffrement avec STARTTLS (RFC 6409)',
  'policy.glossary.port.2525':
    'port de soumission alternatif proposé par les services de relais (port non attribué par l’IANA)',
  'policy.glossary.port.2465': 'alternative d’Amazon SES au 465 (TLS implicite)',
  'policy.glossary.port.2587': 'alternative d’Amazon SES au 587 (STARTTLS)',
  'policy.glossary.errno.timedOut':
    'délai de connexion dépassé : aucune réponse, typique d’un pare-feu qui jette le trafic sans rien dire',
  'policy.glossary.errno.refused':
    'connexion refusée : l’hôte a répondu, mais rien n’accepte de connexions sur ce port',
  'policy.glossary.errno.hostUnreachable':
    'aucune route vers l’hôte : le réseau ne peut pas joindre cette adresse',
  'policy.glossary.errno.networkUnreachable':
    'réseau inaccessible : aucune route du tout (souvent une adresse IPv6 sur un réseau uniquement IPv4)',
  'policy.glossary.errno.permission':
    'permission refusée : une règle sur cette machine (SELinux, un pare-feu local) a bloqué la connexion',
  'policy.glossary.errno.reset':
    'connexion réinitialisée : l’autre côté (ou un équipement intermédiaire) a coupé la connexion',
  'policy.glossary.errno.notFound': 'nom d’hôte introuvable dans le DNS',
  'policy.glossary.errno.dnsAgain': 'échec temporaire de la requête DNS (pas de réponse du serveur DNS)',
  'policy.glossary.errno.nodemailerConnection': 'Nodemailer : la connexion au serveur SMTP a échoué',
  'policy.glossary.errno.nodemailerSocket': 'Nodemailer : une erreur réseau (socket)',
  'policy.glossary.errno.nodemailerAuth': 'Nodemailer : le serveur a refusé l’identification',
  'policy.glossary.errno.nodemailerNoAuth':
    'Nodemailer : le serveur exige une identification mais aucun identifiant n’a été fourni',
  'policy.glossary.errno.nodemailerTls': 'Nodemailer : la mise en place de TLS (chiffrement) a échoué',
  'policy.glossary.errno.nodemailerEnvelope':
    'Nodemailer : le serveur a refusé l’adresse de l’expéditeur ou d’un destinataire',
  'policy.glossary.errno.nodemailerMessage': 'Nodemailer : le serveur a refusé le message',
  'policy.glossary.errno.nodemailerProtocol': 'Nodemailer : le serveur a répondu autre chose que du SMTP',
  'policy.glossary.errno.nodemailerDns': 'Nodemailer : le nom d’hôte SMTP n’a pas pu être résolu',
  'policy.glossary.reply.421': 'service indisponible, le serveur ferme la connexion (temporaire)',
  'policy.glossary.reply.432': 'un changement de mot de passe est nécessaire',
  'policy.glossary.reply.450': 'boîte aux lettres indisponible pour le moment (temporaire)',
  'policy.glossary.reply.451': 'erreur locale de traitement ; réessayer plus tard (temporaire)',
  'policy.glossary.reply.452': 'espace de stockage insuffisant (temporaire)',
  'policy.glossary.reply.454': 'échec temporaire de l’authentification, ou TLS indisponible pour le moment',
  'policy.glossary.reply.455': 'le serveur ne peut pas prendre en charge les paramètres (temporaire)',
  'policy.glossary.reply.500': 'commande non reconnue',
  'policy.glossary.reply.501': 'erreur de syntaxe dans les paramètres',
  'policy.glossary.reply.502': 'commande non implémentée',
  'policy.glossary.reply.503': 'mauvaise séquence de commandes',
  'policy.glossary.reply.504': 'paramètre de commande non implémenté',
  'policy.glossary.reply.521': 'cet hôte n’accepte pas d’e-mails',
  'policy.glossary.reply.530': 'authentification requise (ou STARTTLS d’abord)',
  'policy.glossary.reply.534': 'mécanisme d’authentification trop faible',
  'policy.glossary.reply.535': 'identifiants d’authentification invalides',
  'policy.glossary.reply.538': 'chiffrement requis pour ce mécanisme d’authentification',
  'policy.glossary.reply.550': 'boîte aux lettres indisponible ou action refusée par une règle',
  'policy.glossary.reply.551': 'utilisateur non local',
  'policy.glossary.reply.552': 'espace de stockage alloué dépassé (message ou boîte aux lettres trop gros)',
  'policy.glossary.reply.553': 'nom de boîte aux lettres non autorisé (adresse refusée)',
  'policy.glossary.reply.554': 'transaction échouée',
  'policy.glossary.reply.555': 'paramètres MAIL FROM / RCPT TO non reconnus',
  'policy.glossary.reply.556': 'le domaine n’accepte pas d’e-mails',
  'policy.glossary.reply.temporary': 'échec temporaire : l’expéditeur peut réessayer plus tard',
  'policy.glossary.reply.permanent': 'échec définitif : réessayer de la même façon échouera encore',
  'policy.glossary.enhanced.0.0': 'autre statut non défini',
  'policy.glossary.enhanced.1.0': 'autre statut d’adresse',
  'policy.glossary.enhanced.1.1':
    'adresse de boîte aux lettres de destination invalide (utilisateur inexistant)',
  'policy.glossary.enhanced.1.2': 'adresse du système de destination invalide',
  'policy.glossary.enhanced.1.3': 'syntaxe de l’adresse de boîte aux lettres de destination invalide',
  'policy.glossary.enhanced.1.4': 'adresse de boîte aux lettres de destination ambiguë',
  'policy.glossary.enhanced.1.5': 'adresse de destination valide',
  'policy.glossary.enhanced.1.6':
    'la boîte aux lettres de destination a déménagé, pas d’adresse de réexpédition',
  'policy.glossary.enhanced.1.7': 'syntaxe de l’adresse de l’expéditeur invalide',
  'policy.glossary.enhanced.1.8': 'adresse du système de l’expéditeur invalide',
  'policy.glossary.enhanced.1.9': 'message relayé vers un serveur de messagerie non conforme',
  'policy.glossary.enhanced.1.10':
    'l’adresse du destinataire a un MX nul (le domaine ne reçoit pas d’e-mails)',
  'policy.glossary.enhanced.2.0': 'autre statut de boîte aux lettres ou statut non défini',
  'policy.glossary.enhanced.2.1': 'boîte aux lettres désactivée, n’accepte pas de messages',
  'policy.glossary.enhanced.2.2': 'boîte aux lettres pleine',
  'policy.glossary.enhanced.2.3': 'la longueur du message dépasse la limite administrative',
  'policy.glossary.enhanced.2.4': 'problème d’expansion de liste de diffusion',
  'policy.glossary.enhanced.3.0': 'autre statut du système de messagerie ou statut non défini',
  'policy.glossary.enhanced.3.1': 'système de messagerie plein',
  'policy.glossary.enhanced.3.2': 'le système n’accepte pas les messages du réseau',
  'policy.glossary.enhanced.3.3': 'le système ne prend pas en charge les fonctions choisies',
  'policy.glossary.enhanced.3.4': 'message trop gros pour le système',
  'policy.glossary.enhanced.3.5': 'système mal configuré',
  'policy.glossary.enhanced.4.0': 'autre statut réseau ou de routage, ou statut non défini',
  'policy.glossary.enhanced.4.1': 'pas de réponse de l’hôte',
  'policy.glossary.enhanced.4.2': 'mauvaise connexion',
  'policy.glossary.enhanced.4.3': 'panne du serveur d’annuaire (souvent le DNS)',
  'policy.glossary.enhanced.4.4': 'routage impossible',
  'policy.glossary.enhanced.4.5': 'congestion du système de messagerie',
  'policy.glossary.enhanced.4.6': 'boucle de routage détectée',
  'policy.glossary.enhanced.4.7': 'délai de distribution expiré',
  'policy.glossary.enhanced.5.0': 'autre statut de protocole ou statut non défini',
  'policy.glossary.enhanced.5.1': 'commande invalide',
  'policy.glossary.enhanced.5.2': 'erreur de syntaxe',
  'policy.glossary.enhanced.5.3': 'trop de destinataires',
  'policy.glossary.enhanced.5.4': 'arguments de commande invalides',
  'policy.glossary.enhanced.5.5': 'mauvaise version du protocole',
  'policy.glossary.enhanced.5.6': 'ligne d’échange d’authentification trop longue',
  'policy.glossary.enhanced.6.0': 'autre erreur de média ou erreur non définie',
  'policy.glossary.enhanced.6.1': 'média non pris en charge',
  'policy.glossary.enhanced.6.2': 'conversion requise mais interdite',
  'policy.glossary.enhanced.6.3': 'conversion requise mais non prise en charge',
  'policy.glossary.enhanced.6.4': 'conversion effectuée avec perte',
  'policy.glossary.enhanced.6.5': 'échec de la conversion',
  'policy.glossary.enhanced.6.6': 'contenu du message indisponible',
  'policy.glossary.enhanced.6.7': 'adresses non ASCII non autorisées pour cet expéditeur ou ce destinataire',
  'policy.glossary.enhanced.6.8': 'réponse UTF-8 requise mais non autorisée par le client',
  'policy.glossary.enhanced.6.9': 'l’en-tête UTF-8 ne peut pas être transmis à un destinataire',
  'policy.glossary.enhanced.6.10':
    'réponse UTF-8 requise mais non autorisée par le client (doublon obsolète de X.6.8)',
  'policy.glossary.enhanced.7.0': 'autre statut de sécurité ou statut non défini',
  'policy.glossary.enhanced.7.1': 'distribution non autorisée, message refusé',
  'policy.glossary.enhanced.7.2': 'expansion de liste de diffusion interdite',
  'policy.glossary.enhanced.7.3': 'conversion de sécurité requise mais impossible',
  'policy.glossary.enhanced.7.4': 'fonctions de sécurité non prises en charge',
  'policy.glossary.enhanced.7.5': 'échec cryptographique',
  'policy.glossary.enhanced.7.6': 'algorithme cryptographique non pris en charge',
  'policy.glossary.enhanced.7.7': 'échec de l’intégrité du message',
  'policy.glossary.enhanced.7.8': 'identifiants d’authentification invalides',
  'policy.glossary.enhanced.7.9': 'mécanisme d’authentification trop faible',
  'policy.glossary.enhanced.7.10': 'chiffrement nécessaire',
  'policy.glossary.enhanced.7.11': 'chiffrement requis pour le mécanisme d’authentification demandé',
  'policy.glossary.enhanced.7.12': 'un changement de mot de passe est nécessaire',
  'policy.glossary.enhanced.7.13': 'compte utilisateur désactivé',
  'policy.glossary.enhanced.7.14': 'relation de confiance requise',
  'policy.glossary.enhanced.7.15': 'niveau de priorité trop bas',
  'policy.glossary.enhanced.7.16': 'message trop gros pour la priorité indiquée',
  'policy.glossary.enhanced.7.17': 'le propriétaire de la boîte aux lettres a changé',
  'policy.glossary.enhanced.7.18': 'le propriétaire du domaine a changé',
  'policy.glossary.enhanced.7.19': 'le test RRVS ne peut pas être mené à bien',
  'policy.glossary.enhanced.7.20': 'aucune signature DKIM valide trouvée',
  'policy.glossary.enhanced.7.21': 'aucune signature DKIM acceptable trouvée',
  'policy.glossary.enhanced.7.22': 'aucune signature DKIM valide correspondant à l’auteur trouvée',
  'policy.glossary.enhanced.7.23': 'échec de la validation SPF',
  'policy.glossary.enhanced.7.24': 'erreur de validation SPF',
  'policy.glossary.enhanced.7.25': 'échec de la validation du DNS inverse',
  'policy.glossary.enhanced.7.26': 'plusieurs contrôles d’authentification ont échoué',
  'policy.glossary.enhanced.7.27': 'l’adresse de l’expéditeur a un MX nul',
  'policy.glossary.enhanced.7.28': 'afflux massif d’e-mails détecté',
  'policy.glossary.enhanced.7.29': 'échec de la validation ARC',
  'policy.glossary.enhanced.7.30': 'prise en charge de REQUIRETLS requise',
  'policy.glossary.subject.0': 'autre problème',
  'policy.glossary.subject.1': 'problème d’adresse',
  'policy.glossary.subject.2': 'problème de boîte aux lettres',
  'policy.glossary.subject.3': 'problème du système de messagerie',
  'policy.glossary.subject.4': 'problème de réseau et de routage',
  'policy.glossary.subject.5': 'problème du protocole de distribution',
  'policy.glossary.subject.6': 'problème de contenu du message',
  'policy.glossary.subject.7': 'problème de sécurité ou de règles',
  'policy.glossary.kind.success': 'succès',
  'policy.glossary.kind.temporary': 'temporaire',
  'policy.glossary.kind.permanent': 'définitif',
  'policy.glossary.enhanced.known': '{kind} : {detail}',
  'policy.glossary.enhanced.bySubject': '{kind}, {problem}',
};
