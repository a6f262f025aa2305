import type { TranslationOf } from '../../catalog';
import type { fix as english } from '../en/fix';

export const fix: TranslationOf<typeof english> = {
  'fix.label.server': 'Serveur',
  'fix.label.port': 'Port',
  'fix.label.security': 'Sécurité',
  'fix.label.username': 'Nom d’utilisateur',
  'fix.security.ssl': 'SSL/TLS (chiffré dès le premier octet)',
  'fix.secret.password': 'le mot de passe de votre boîte aux lettres',
  'fix.secret.appPassword': 'un mot de passe d’application',
  'fix.secret.apiKey': 'la clé API',
  'fix.secret.smtpPassword': 'le mot de passe SMTP',
  'fix.secret.bridgePassword': 'le mot de passe Bridge',
  'fix.providerFallback': 'votre fournisseur de messagerie',

  'fix.walkthrough.title': 'Envoyer via {provider} : {host}, port {port}, {security}',
  'fix.walkthrough.server': 'Indiquez {host} comme serveur (hôte).',
  'fix.walkthrough.port': 'Réglez le port sur {port} et la sécurité de la connexion sur {security}.',
  'fix.walkthrough.username': 'Activez l’authentification et saisissez le nom d’utilisateur {username}.',
  'fix.walkthrough.create.appPassword':
    'Créez un mot de passe d’application pour {provider} et collez-le comme mot de passe — pas votre mot de passe de connexion habituel.',
  'fix.walkthrough.create.apiKey':
    'Créez la clé API pour {provider} et collez-la comme mot de passe — pas votre mot de passe de connexion habituel.',
  'fix.walkthrough.create.smtpPassword':
    'Créez le mot de passe SMTP pour {provider} et collez-le comme mot de passe — pas votre mot de passe de connexion habituel.',
  'fix.walkthrough.create.bridgePassword':
    'Créez le mot de passe Bridge pour {provider} et collez-le comme mot de passe — pas votre mot de passe de connexion habituel.',
  'fix.walkthrough.createLink.appPassword': 'Créer un mot de passe d’application',
  'fix.walkthrough.createLink.apiKey': 'Créer la clé API',
  'fix.walkthrough.createLink.smtpPassword': 'Créer le mot de passe SMTP',
  'fix.walkthrough.createLink.bridgePassword': 'Créer le mot de passe Bridge',
  'fix.walkthrough.enter.password':
    'Saisissez le mot de passe de votre boîte aux lettres comme mot de passe.',
  'fix.walkthrough.enter.appPassword': 'Saisissez un mot de passe d’application comme mot de passe.',
  'fix.walkthrough.enter.apiKey': 'Saisissez la clé API comme mot de passe.',
  'fix.walkthrough.enter.smtpPassword': 'Saisissez le mot de passe SMTP comme mot de passe.',
  'fix.walkthrough.enter.bridgePassword': 'Saisissez le mot de passe Bridge comme mot de passe.',
  'fix.walkthrough.test': 'Enregistrez, puis envoyez-vous un message de test.',
  'fix.walkthrough.note.ssl':
    'Le port {port} attend TLS dès le premier octet : choisir STARTTLS ici bloque la connexion ou la fait échouer avec « wrong version number ».',
  'fix.walkthrough.note.starttls':
    'Le port {port} commence en clair et passe à TLS avec STARTTLS : choisir SSL/TLS ici fait échouer la connexion.',

  'fix.port25.tcp.open': 'connecté',
  'fix.port25.tcp.timeout': 'pas de réponse (délai de connexion dépassé)',
  'fix.port25.tcp.refused': 'connexion refusée',
  'fix.port25.tcp.unreachable': 'réseau inaccessible',
  'fix.port25.tcp.dnsError': 'le nom d’hôte n’a pas pu être résolu',
  'fix.port25.evidence.line': 'Port {port} : {result}',
  'fix.port25.evidence.lineTo': 'Port {port} vers {host} : {result}',
  'fix.port25.evidence.after': 'après {ms} ms',
  'fix.port25.evidence.greeting': '(message d’accueil : « {banner} »)',
  'fix.port25.evidence.tested': '— testé le {time} UTC',
  'fix.port25.why.port25':
    'Le port 25 sert aux serveurs de messagerie à se transmettre les messages. Des ordinateurs infectés et des serveurs loués en abusent pour envoyer du spam directement aux serveurs des destinataires ; c’est pourquoi la plupart des fournisseurs d’accès et des hébergeurs cloud le bloquent en sortie.',
  'fix.port25.why.submission':
    'Les applications de messagerie et les sites web n’ont pas besoin du port 25 : ils remettent le courrier à leur fournisseur sur 587 (STARTTLS) ou 465 (SSL/TLS) avec un nom d’utilisateur et un mot de passe, et ces ports sont prévus pour les clients.',
  'fix.port25.why.timeout':
    'Un port bloqué se traduit par une connexion qui expire, pas par un mauvais mot de passe — changer d’identifiants n’y fera rien.',
  'fix.port25.why.otherPort':
    'Quelque chose entre cet expéditeur et le serveur bloque les connexions vers le port {port}.',
  'fix.port25.submission.title.admin': 'Envoyer via le fournisseur de messagerie sur 587 ou 465',
  'fix.port25.submission.title.sender': 'Envoyer via votre fournisseur sur 587 ou 465',
  'fix.port25.submission.settings.admin':
    'Dans les paramètres de messagerie du site (l’application web ou le panneau d’hébergement), utilisez {host}, port {port}, {security}, avec authentification. Si vous gérez votre propre serveur de messagerie, faites-le relayer par ce serveur (un « smarthost ») au lieu de livrer sur le port 25.',
  'fix.port25.submission.settings.sender':
    'Configurez l’application sur {host}, port {port}, {security}, avec authentification. Si vous gérez votre propre serveur de messagerie, faites-le relayer par ce serveur (un « smarthost ») au lieu de livrer sur le port 25.',
  'fix.port25.submission.generic.admin':
    'Dans les paramètres de messagerie du site, utilisez le serveur d’envoi du fournisseur de messagerie sur 587 (STARTTLS) ou 465 (SSL/TLS) avec le nom d’utilisateur et le mot de passe de la boîte aux lettres, ou faites relayer le serveur par celui-ci (un « smarthost ») au lieu de livrer sur le port 25.',
  'fix.port25.submission.generic.sender':
    'Utilisez le serveur d’envoi de votre fournisseur de messagerie sur 587 (STARTTLS) ou 465 (SSL/TLS) avec votre nom d’utilisateur et votre mot de passe. Si vous gérez votre propre serveur de messagerie, faites-le relayer par un tel serveur (un « smarthost ») au lieu de livrer sur le port 25.',
  'fix.port25.submission.createAppPassword': 'Créer le mot de passe d’application',
  'fix.port25.submission.blockedOne.policy':
    'Remarque : {port} est aussi bloqué ici (politique de {policy}).',
  'fix.port25.submission.blockedOne.probe': 'Remarque : {port} est aussi bloqué ici (test).',
  'fix.port25.submission.blockedBoth.policy':
    'Remarque : {first} et {second} sont aussi bloqués ici (politique de {policy}).',
  'fix.port25.submission.blockedBoth.probe': 'Remarque : {first} et {second} sont aussi bloqués ici (test).',
  'fix.port25.relay.title': 'Utiliser un service de relais sur le port 2525',
  'fix.port25.relay.text':
    'Des services de relais écoutent sur 2525 pour les réseaux qui bloquent les ports habituels : {relays}. Inscrivez-vous, validez votre domaine d’envoi et utilisez leur hôte avec le port 2525 et STARTTLS.',
  'fix.port25.relay.blocked': 'Remarque : le test n’a pas pu joindre 2525 depuis ici non plus.',
  'fix.port25.ask.title.policy': 'Demander à {policy} de débloquer le port {port}',
  'fix.port25.ask.title.admin': 'Demander à l’hébergeur de débloquer le port {port}',
  'fix.port25.ask.title.sender':
    'Demander à votre fournisseur d’accès ou hébergeur de débloquer le port {port}',
  'fix.port25.ask.text.admin':
    'Demandez à la société qui héberge le serveur si le port sortant {port} y est bloqué et comment obtenir une exception. La demande ci-dessous indique le port.',
  'fix.port25.ask.text.sender':
    'Demandez à votre fournisseur d’accès ou à votre hébergeur si le port sortant {port} est bloqué et comment obtenir une exception. La demande ci-dessous indique le port et les mesures.',
  'fix.port25.ask.howLink': '{policy} : comment faire la demande',
  'fix.port25.title.policy': '{policy} bloque le port sortant {port}',
  'fix.port25.title.admin': 'Le réseau du serveur bloque peut-être le port sortant {port}',
  'fix.port25.title.sender': 'Le port sortant {port} est bloqué sur ce réseau',
  'fix.port25.request.greeting.policy': 'Bonjour à l’équipe support de {policy},',
  'fix.port25.request.greeting.generic': 'Bonjour,',
  'fix.port25.request.allow.server':
    'Merci d’autoriser les connexions sortantes vers le port TCP {port} (SMTP) depuis mon serveur.',
  'fix.port25.request.allow.serverHost':
    'Merci d’autoriser les connexions sortantes vers le port TCP {port} (SMTP) depuis mon serveur {host}.',
  'fix.port25.request.allow.connection':
    'Merci d’autoriser les connexions sortantes vers le port TCP {port} (SMTP) depuis ma connexion.',
  'fix.port25.request.allow.connectionHost':
    'Merci d’autoriser les connexions sortantes vers le port TCP {port} (SMTP) depuis ma connexion {host}.',
  'fix.port25.request.measured': 'Ce que j’ai mesuré depuis cette machine :',
  'fix.port25.request.noEvidence':
    'Depuis cette machine, les connexions aux serveurs de messagerie sur le port {port} expirent, alors que les autres ports fonctionnent.',
  'fix.port25.request.documentation': 'Votre documentation indique : {summary}',
  'fix.port25.request.whatSends':
    'Ce qui envoie le courrier : [décrivez-le — par ex. mon propre serveur de messagerie pour example.com, environ N messages par jour à mes clients].',
  'fix.port25.request.hygiene':
    'Le serveur a un enregistrement DNS inverse (PTR) valide, SPF et DKIM pour mon domaine, et ce n’est pas un relais ouvert. [à adapter à votre configuration]',
  'fix.port25.request.remove':
    'Merci de lever la restriction sur le port sortant {port}, ou de me dire ce dont vous avez encore besoin.',
  'fix.port25.request.thanks': 'Merci d’avance,',
  'fix.port25.request.signature': '[votre nom, numéro de client ou de compte]',
  'fix.port25.request.to.admin': 'l’hébergeur',
  'fix.port25.request.to.sender': 'votre fournisseur d’accès ou hébergeur',
  'fix.port25.request.subject': 'Demande de déblocage du port TCP sortant {port}',
  'fix.port25.request.subjectHost': 'Demande de déblocage du port TCP sortant {port} pour {host}',
  'fix.client.outlook.name': 'Outlook (version de bureau classique)',
  'fix.client.appleMail.name': 'Apple Mail (Mac)',
  'fix.client.gmailSendAs.name': 'Gmail « Envoyer des e-mails en tant que »',
  'fix.client.thunderbird.open':
    'Ouvrez les Paramètres des comptes et sélectionnez « Serveur sortant (SMTP) » dans le volet de gauche.',
  'fix.client.thunderbird.select':
    'Sélectionnez le serveur utilisé par votre compte et cliquez sur « Modifier… » (ou « Ajouter… » pour un nouveau).',
  'fix.client.thunderbird.serverName': 'Nom du serveur : {host}',
  'fix.client.thunderbird.port': 'Port : {port}',
  'fix.client.thunderbird.security': 'Sécurité de la connexion : {security}',
  'fix.client.thunderbird.auth':
    'Méthode d’authentification : Mot de passe normal (OAuth2 si le fournisseur l’exige)',
  'fix.client.thunderbird.username': 'Nom d’utilisateur : {username}',
  'fix.client.thunderbird.ok':
    'Cliquez sur OK. Thunderbird demande le mot de passe au prochain envoi ; saisissez alors : {secret}.',
  'fix.client.thunderbird.note':
    'Un même serveur sortant peut servir plusieurs comptes : le modifier les concerne tous.',
  'fix.client.outlook.open':
    'Choisissez Fichier → Paramètres du compte → Paramètres du compte, puis double-cliquez sur le compte.',
  'fix.client.outlook.server': 'Serveur sortant (SMTP) : {host}',
  'fix.client.outlook.auth':
    'Ouvrez Paramètres supplémentaires → Serveur sortant et cochez « Mon serveur sortant (SMTP) requiert une authentification ».',
  'fix.client.outlook.advanced':
    'Dans l’onglet Options avancées, réglez le port du serveur sortant sur {port} et le chiffrement sur {security}.',
  'fix.client.outlook.credentials': 'Nom d’utilisateur : {username} ; mot de passe : {secret}.',
  'fix.client.outlook.test': 'Cliquez sur OK, puis Suivant, et laissez Outlook tester les paramètres.',
  'fix.client.outlook.note':
    'Les comptes Outlook.com et Microsoft 365 ajoutés avec « Se connecter avec Microsoft » utilisent OAuth et n’ont besoin de rien de tout cela.',
  'fix.client.appleMail.open':
    'Choisissez Mail → Réglages (Préférences sur les anciens macOS) → Comptes, sélectionnez le compte et cliquez sur Réglages du serveur.',
  'fix.client.appleMail.list':
    'Ouvrez le menu local Compte d’envoi et choisissez Modifier la liste de serveurs SMTP.',
  'fix.client.appleMail.host': 'Nom d’hôte : {host}',
  'fix.client.appleMail.credentials': 'Nom d’utilisateur : {username} ; Mot de passe : {secret}',
  'fix.client.appleMail.port':
    'Désactivez « Gérer automatiquement les réglages de connexion », puis réglez le port sur {port} et activez TLS/SSL.',
  'fix.client.appleMail.save': 'Cliquez sur OK, puis sur Enregistrer.',
  'fix.client.appleMail.note':
    'Quand « Gérer automatiquement les réglages de connexion » est activé, Mail essaie de lui-même d’autres ports et modes TLS si un envoi échoue.',
  'fix.client.gmailSendAs.open':
    'Dans Gmail, ouvrez Paramètres → Voir tous les paramètres → Comptes et importation.',
  'fix.client.gmailSendAs.add':
    'Sous « Envoyer des e-mails en tant que », cliquez sur « Ajouter une autre adresse e-mail », saisissez le nom et l’adresse, puis cliquez sur Étape suivante.',
  'fix.client.gmailSendAs.server': 'Serveur SMTP : {host} ; Port : {port}',
  'fix.client.gmailSendAs.credentials': 'Nom d’utilisateur : {username} ; Mot de passe : {secret}',
  'fix.client.gmailSendAs.ssl':
    'Choisissez « Connexion sécurisée à l’aide de SSL » (SSL dès le premier octet, en général le port 465).',
  'fix.client.gmailSendAs.tls':
    'Choisissez « Connexion sécurisée à l’aide de TLS » (le nom que Google donne à STARTTLS, en général le port 587).',
  'fix.client.gmailSendAs.confirm':
    'Cliquez sur Ajouter un compte, puis confirmez le code que Gmail envoie à cette adresse.',
  'fix.client.gmailSendAs.note':
    'Ici, Gmail envoie par le serveur de l’autre fournisseur : ce sont donc les règles de ce fournisseur sur les mots de passe d’application qui s’appliquent.',
  'fix.client.wp.open':
    'Dans WordPress, ouvrez WP Mail SMTP → Réglages et choisissez le mailer « Autre SMTP ».',
  'fix.client.wp.host': 'Hôte SMTP : {host}',
  'fix.client.wp.encryption': 'Chiffrement : {encryption} ; Port SMTP : {port}',
  'fix.client.wp.auth': 'Authentification : activée',
  'fix.client.wp.credentials': 'Identifiant SMTP : {username} ; Mot de passe SMTP : {secret}',
  'fix.client.wp.test': 'Enregistrez, puis utilisez WP Mail SMTP → Outils → Test d’e-mail.',
  'fix.client.wp.config':
    'Ou placez les réglages dans wp-config.php (ci-dessous), ce qui garde le mot de passe hors de la base de données.',
  'fix.client.wp.target': 'wp-config.php, au-dessus de la ligne « That’s all, stop editing! »',
  'fix.client.wp.note':
    'Dans WP Mail SMTP (comme dans PHPMailer), « TLS » signifie STARTTLS et « SSL » signifie TLS dès le premier octet.',
  'fix.client.wp.comment.ssl': "'ssl' = SSL/TLS (465), 'tls' = STARTTLS (587)",
  'fix.client.phpmailer.step':
    'Réglez les propriétés SMTP comme ci-dessous ; gardez le mot de passe dans la variable d’environnement SMTP_PASSWORD.',
  'fix.client.phpmailer.target': 'votre code PHP qui envoie le courrier',
  'fix.client.nodemailer.step':
    'Créez le transport comme ci-dessous ; gardez le mot de passe dans la variable d’environnement SMTP_PASSWORD.',
  'fix.client.nodemailer.target': 'votre code Node.js',
  'fix.client.nodemailer.comment.starttls': 'connexion en clair, puis STARTTLS',
  'fix.client.nodemailer.comment.requireTls': 'refuser d’envoyer si STARTTLS n’est pas proposé',
  'fix.client.python.step':
    'Envoyez comme ci-dessous ; gardez le mot de passe dans la variable d’environnement SMTP_PASSWORD.',
  'fix.client.python.target': 'votre code Python',
  'fix.client.python.note.ssl': 'SMTP_SSL parle TLS dès le premier octet (port 465).',
  'fix.client.python.note.starttls':
    'smtplib.SMTP se connecte en clair ; starttls() passe à TLS avant la connexion au compte.',
  'fix.client.laravel.comment.scheme':
    'smtps = SSL/TLS dès le premier octet ; smtp = connexion en clair, chiffrée par STARTTLS si proposé',
  'fix.client.laravel.comment.legacy':
    'Laravel 10 et antérieurs lisent MAIL_ENCRYPTION au lieu de MAIL_SCHEME :',
  'fix.client.laravel.step':
    'Mettez ces lignes dans .env, remplacez l’espace réservé du mot de passe, puis exécutez php artisan config:clear.',
  'fix.client.laravel.target.current': '.env (Laravel 11.x / 12)',
  'fix.client.laravel.target.legacy': '.env (Laravel 10 et antérieurs)',
  'fix.client.laravel.note':
    'Laravel actuel ignore MAIL_ENCRYPTION : symfony/mailer choisit TLS d’après MAIL_SCHEME (ou d’après le port 465 si le schéma est vide).',
  'fix.client.postfix.comment.wrapper': 'le port 465 parle TLS dès le premier octet',
  'fix.client.postfix.note':
    'Ainsi, Postfix remet chaque message au relais : il n’a plus besoin du port 25 sortant.',
  'fix.client.postfix.colon':
    'Le nom d’utilisateur contient « : », que sasl_passwd utilise comme séparateur : vérifiez-le avec votre fournisseur.',
  'fix.client.postfix.hostCleaned':
    'Les caractères interdits dans un nom d’hôte ont été retirés du nom du serveur.',
  'fix.client.postfix.mainCf':
    'Ajoutez les lignes ci-dessous à /etc/postfix/main.cf (en remplaçant tout relayhost existant).',
  'fix.client.postfix.saslPasswd':
    'Créez /etc/postfix/sasl_passwd avec le nom d’utilisateur et le mot de passe (ici : {secret}).',
  'fix.client.postfix.commands':
    'Générez sa table de hachage, protégez-le et rechargez Postfix avec les commandes ci-dessous.',
  'fix.client.postfix.target.shell': 'terminal',
  'fix.client.comment.sslFirstByte': 'SSL/TLS dès le premier octet',
  'fix.manual.tcp.open': 'le port est joignable depuis ce réseau',
  'fix.manual.tcp.timeoutOutput': 'timed out (après une longue attente)',
  'fix.manual.tcp.timeout':
    'quelque chose bloque la connexion : en général votre fournisseur d’accès, votre réseau ou un pare-feu qui bloque ce port',
  'fix.manual.tcp.refusedOutput': 'Connection refused (immédiatement)',
  'fix.manual.tcp.refused':
    'le serveur (ou un pare-feu) la rejette : rien n’écoute à cet endroit, ou le nom d’hôte est faux',
  'fix.manual.tcp.unreachable': 'le réseau ne peut pas du tout joindre le serveur',
  'fix.manual.tcp.dns':
    'le nom d’hôte n’existe pas dans le DNS : vérifiez qu’il n’y a pas de faute de frappe',
  'fix.manual.tls.ok': 'TLS fonctionne et le certificat est reconnu pour ce nom',
  'fix.manual.tls.untrusted':
    'TLS fonctionne mais le certificat n’est pas reconnu : les logiciels de messagerie le refuseront',
  'fix.manual.tls.plainOn465':
    'le port parle SMTP en clair : utilisez STARTTLS (en général le port 587) au lieu de SSL/TLS',
  'fix.manual.tls.noStarttls': 'le serveur ne propose pas STARTTLS sur ce port',
  'fix.manual.tls.greetingOutput': '220 … ESMTP après le certificat',
  'fix.manual.tls.greeting': 'le serveur SMTP salue via TLS : SSL/TLS est le bon choix sur ce port',
  'fix.manual.tls.hangsOutput': 'rien après CONNECTED (bloqué jusqu’à Ctrl+C)',
  'fix.manual.tls.hangs':
    'le port attend peut-être TLS direct (SSL/TLS) plutôt que STARTTLS, ou il est bloqué',
  'fix.manual.tls.noProtocol': 'aucune version de TLS en commun : le serveur ou le client est trop ancien',
  'fix.manual.openssl.implicit':
    'Le port {port} parle-t-il TLS dès le début (SSL/TLS), et son certificat est-il reconnu ?',
  'fix.manual.openssl.starttls': 'Le port {port} propose-t-il STARTTLS, et son certificat est-il reconnu ?',
  'fix.manual.tcpPurpose': 'Cet ordinateur peut-il ouvrir une connexion TCP vers {host} sur le port {port} ?',
  'fix.manual.powershell.failedOutput': 'TcpTestSucceeded : False (après ~20 s, « TCP connect … failed »)',
  'fix.manual.powershell.failed':
    'bloqué ou refusé : une longue attente indique un blocage (fournisseur d’accès, pare-feu), un échec rapide que rien n’écoute',
  'fix.manual.telnet.purposeWindows':
    'Un serveur répond-il sur le port {port} ? (Windows : activez d’abord la fonctionnalité Client Telnet.)',
  'fix.manual.telnet.purpose': 'Un serveur répond-il sur le port {port} ?',
  'fix.manual.telnet.garbageOutput': 'des caractères illisibles ou rien, puis déconnexion',
  'fix.manual.telnet.garbageWindows':
    'normal pour SSL/TLS sur 465 : le port est joignable (le test openssl montre TLS)',
  'fix.manual.telnet.greetsWindows':
    'le port est joignable et un serveur SMTP répond (tapez QUIT pour quitter)',
  'fix.manual.telnet.failed': 'bloqué ou refusé (regardez le temps écoulé)',
  'fix.manual.telnet.blankOutput': 'un écran vide, pas de 220',
  'fix.manual.telnet.blank': 'connecté mais sans message d’accueil : le port attend peut-être SSL/TLS',
  'fix.manual.telnet.connectedGarbageOutput': 'Connected, puis des caractères illisibles ou rien',
  'fix.manual.telnet.garbage':
    'normal pour SSL/TLS sur 465 : le port est joignable (le test openssl montre TLS)',
  'fix.manual.telnet.greets': 'joignable, et un serveur SMTP répond (tapez QUIT pour quitter)',
  'fix.manual.doctor.purpose':
    'À lancer sur la machine dont le courrier échoue (votre serveur web, par exemple) : teste chaque port SMTP depuis cette machine et nomme la cause.',
  'fix.manual.doctor.portBlocked':
    'le réseau de cette machine bloque le port : utilisez le port indiqué par le verdict',
  'fix.manual.doctor.tlsMismatch': 'le port et le réglage SSL/TLS ou STARTTLS ne concordent pas',
  'fix.manual.doctor.tlsCertificate': 'le certificat du serveur n’est pas reconnu',
  'fix.manual.doctor.works':
    'cette machine joint le serveur : regardez l’identification ou les réglages de l’application',
  'fix.manual.serve.purpose':
    'Démarre le service de test sur cet ordinateur, pour que l’extension puisse faire ces vérifications elle-même.',
  'fix.manual.serve.listening': 'en marche : collez le jeton affiché dans les options de l’extension',
};
