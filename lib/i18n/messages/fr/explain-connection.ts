import type { TranslationOf } from '../../catalog';
import type { explainConnection as english } from '../en/explain-connection';

export const explainConnection: TranslationOf<typeof english> = {
  'conn.duration.seconds': '{count, plural, one {# seconde} other {# secondes}}',
  'conn.duration.minutes': '{count, plural, one {# minute} other {# minutes}}',
  'conn.port.unknown': 'port SMTP',
  'conn.port.numbered': 'port {ports}',
  'conn.target.hostOnPort': '{host}, {port}',
  'conn.fallback.mailServer': 'serveur de messagerie',

  'conn.snippet.server': 'serveur : {host}',
  'conn.snippet.port587': 'port 587, chiffrement STARTTLS, authentification activée',
  'conn.snippet.port465': 'ou port 465, chiffrement SSL/TLS, authentification activée',
  'conn.snippet.login':
    "nom d'utilisateur : votre adresse e-mail complète ; mot de passe : votre mot de passe ou un mot de passe d'application",
  'conn.snippet.postfixThen': 'ensuite : {command}',
  'conn.snippet.orBroader': 'ou, plus large :',
  'conn.snippet.mailClients': 'Clients de messagerie : sécurité de la connexion "{mode}"',
  'conn.snippet.dotnetStartTlsOnly': '(STARTTLS uniquement : le port 465 lui est impossible)',

  'conn.portBlocked.title.local': 'Cet ordinateur bloque la connexion ({port})',
  'conn.portBlocked.title.delivery':
    'Le port 25 sortant est bloqué : votre serveur ne peut pas joindre les autres serveurs de messagerie',
  'conn.portBlocked.title.network': 'Le port {ports} est bloqué sur ce réseau',
  'conn.portBlocked.title.networkNoPort': 'Le port SMTP est bloqué sur ce réseau',
  'conn.portBlocked.summary.local':
    "La connexion ({target}) a été arrêtée avant de quitter cet ordinateur. « Permission denied » vient d'une règle de sécurité de cet ordinateur, ni du serveur de messagerie ni de votre fournisseur d'accès.",
  'conn.portBlocked.summary.delivery':
    "Votre serveur de messagerie a voulu remettre le message au serveur du destinataire ({host}) sur le port 25, mais la connexion n'a jamais abouti : le réseau de votre serveur bloque le port 25 sortant.",
  'conn.portBlocked.summary.deliveryNoHost':
    "Votre serveur de messagerie a voulu remettre le message au serveur du destinataire (son hôte MX) sur le port 25, mais la connexion n'a jamais abouti : le réseau de votre serveur bloque le port 25 sortant.",
  'conn.portBlocked.summary.network':
    "Votre message n'a jamais atteint le serveur de messagerie : la connexion ({target}) est restée sans réponse quelque part en chemin. Votre nom d'utilisateur et votre mot de passe n'ont même pas encore été vérifiés.",
  'conn.portBlocked.why.local':
    "Sur les systèmes de la famille Red Hat (RHEL, CentOS, Rocky, AlmaLinux, Fedora), SELinux empêche le serveur web, et le PHP qui s'y exécute, d'ouvrir des connexions réseau tant que le booléen httpd_can_sendmail ou httpd_can_network_connect n'est pas activé. Une règle du pare-feu de la machine ou un « bouclier e-mail » d'antivirus peut faire de même.",
  'conn.portBlocked.why.port25':
    "Les fournisseurs d'accès et les hébergeurs cloud bloquent le port 25 sortant sur la plupart des connexions domestiques et des serveurs (dont AWS, Google Cloud, Azure et Hetzner). Des ordinateurs infectés envoyaient du spam directement aux serveurs des destinataires sur le port 25 ; le blocage l'empêche, tandis que les ports de soumission 587 et 465, protégés par identifiant, restent ouverts.",
  'conn.portBlocked.why.otherPort':
    "Certains réseaux bloquent plus que le port 25 : offres d'hébergement, pare-feu d'entreprise ou d'école, Wi-Fi public et certaines box ne laissent passer les ports de messagerie que vers des serveurs autorisés. Un délai dépassé ({port}) peut aussi signifier que le serveur est en panne : vérifiez-le par un test des ports.",
  'conn.portBlocked.confirm.selinux':
    'Vérifiez si SELinux est en mode enforcing et quels booléens sont désactivés',
  'conn.portBlocked.confirm.auditLog': "Cherchez le refus dans le journal d'audit",
  'conn.portBlocked.confirm.probe': "Testez les ports SMTP depuis la machine où l'envoi échoue",
  'conn.portBlocked.confirm.probeDetail':
    "Un délai dépassé ({port}) alors que d'autres ports répondent signifie que ce port est filtré. Sous Windows : {command}.",
  'conn.portBlocked.confirm.otherNetwork':
    "Essayez les mêmes réglages depuis un autre réseau, par exemple le partage de connexion d'un téléphone",
  'conn.portBlocked.confirm.otherNetworkDetail':
    "Si l'envoi y fonctionne, c'est le réseau où vous étiez qui bloque le port.",
  'conn.portBlocked.confirm.hostDocs25':
    'Consultez la documentation de votre hébergeur sur le port 25 sortant',
  'conn.portBlocked.confirm.hostDocs25Detail':
    "La plupart des hébergeurs cloud l'indiquent dans leur FAQ sur l'envoi d'e-mails ou les ports bloqués.",
  'conn.portBlocked.confirm.hostDocs':
    "Consultez la documentation de l'hébergeur sur les connexions sortantes ({port})",
  'conn.portBlocked.confirm.hostDocsDetail':
    "C'est le serveur web qui ouvre la connexion : ce sont donc les règles de son hébergeur qui s'appliquent, pas celles du réseau depuis lequel vous naviguez. La plupart des hébergeurs les indiquent dans leur FAQ sur l'envoi d'e-mails ou les ports bloqués.",
  'conn.portBlocked.step.selinux':
    'Autorisez le serveur web à se connecter aux ports de messagerie (SELinux)',
  'conn.portBlocked.step.selinuxDetail':
    'httpd_can_sendmail autorise les ports de messagerie standard ; httpd_can_network_connect autorise tous les ports (nécessaire pour 2525). -P conserve le réglage après un redémarrage.',
  'conn.portBlocked.step.firewall':
    "Si SELinux n'est pas en cause, vérifiez le pare-feu de la machine et l'antivirus",
  'conn.portBlocked.step.firewallDetail':
    'Cherchez des règles qui rejettent les connexions sortantes vers 25, 465 ou 587 (firewalld, nftables/iptables, pare-feu Windows).',
  'conn.portBlocked.step.submit':
    'Envoyez via {host} sur le port 587 avec STARTTLS, ou le port 465 avec TLS implicite (SSL/TLS), en vous authentifiant',
  'conn.portBlocked.step.submitNoHost':
    'Envoyez via le serveur SMTP de votre fournisseur sur le port 587 avec STARTTLS, ou le port 465 avec TLS implicite (SSL/TLS), en vous authentifiant',
  'conn.portBlocked.step.submitDetail':
    "Les ports de soumission sont prévus pour les applications et les clients de messagerie, et rarement bloqués. Accordez le chiffrement au port : 465 = SSL/TLS, 587 = STARTTLS. Le port 25 sans authentification ne sert qu'à la remise de serveur à serveur.",
  'conn.portBlocked.step.try587': 'Essayez plutôt le port 587 avec STARTTLS',
  'conn.portBlocked.step.try465': 'Essayez plutôt le port 465 avec TLS implicite (SSL/TLS)',
  'conn.portBlocked.step.tryStandard':
    'Essayez plutôt les ports de soumission standard : 587 avec STARTTLS ou 465 avec SSL/TLS',
  'conn.portBlocked.step.tryDetail':
    "Les réseaux bloquent souvent un port de soumission et pas l'autre (Hetzner Cloud, par exemple, bloque 465 mais pas 587).",
  'conn.portBlocked.step.relay2525':
    'Si 587 et 465 sont bloqués aussi, utilisez un service de relais sur le port 2525',
  'conn.portBlocked.step.relay2525Detail':
    "{relays} acceptent l'authentification sur le port 2525. La plupart proposent aussi une API HTTPS, qui sort par le port 443 comme n'importe quel site web.",
  'conn.portBlocked.step.askProvider':
    "Ou demandez à votre fournisseur d'accès ou à votre hébergeur de lever le blocage",
  'conn.portBlocked.step.askProviderDetail':
    "Les fournisseurs d'accès grand public débloquent souvent le port 25 sur demande ; les hébergeurs cloud ont un formulaire ou un ticket (AWS oui ; Google Cloud ne le débloque jamais). Indiquez le port et cette erreur.",
  'conn.portBlocked.step.askHost': "Ou demandez à l'hébergeur d'ouvrir le port pour ce serveur",
  'conn.portBlocked.step.askHostDetail':
    "L'hébergement mutualisé n'autorise souvent que son propre serveur de messagerie, ou 587 et 465 vers tout serveur ; les hébergeurs cloud ont un formulaire ou un ticket. Indiquez le port, l'heure et cette erreur.",
  'conn.portBlocked.step.ownServer':
    'Vous faites tourner votre propre serveur de messagerie (Postfix, Exim…) qui remet directement aux destinataires ? Alors changer de port ne servira à rien',
  'conn.portBlocked.step.ownServerDetail':
    "Les serveurs des destinataires n'acceptent le courrier entrant que sur le port 25 : envoyez via un relais (smarthost) ou demandez à votre hébergeur d'ouvrir le port 25 pour le serveur.",
  'conn.portBlocked.step.keepPort':
    "Ne changez pas de port : les serveurs des destinataires n'acceptent le courrier d'autres serveurs que sur le port 25",
  'conn.portBlocked.step.keepPortDetail':
    "Les ports 587 et 465 servent à remettre le courrier à votre propre fournisseur, avec authentification. {host} n'y accepte pas de courrier entrant : changer de port ne peut donc pas réparer la remise de serveur à serveur.",
  'conn.portBlocked.step.keepPortDetailNoHost':
    "Les ports 587 et 465 servent à remettre le courrier à votre propre fournisseur, avec authentification. L'hôte MX n'y accepte pas de courrier entrant : changer de port ne peut donc pas réparer la remise de serveur à serveur.",
  'conn.portBlocked.step.smarthost':
    'Envoyez via un relais (smarthost) auquel vous vous authentifiez sur 587, 465 ou 2525',
  'conn.portBlocked.step.smarthostDetail':
    'Votre fournisseur de messagerie ou un service de relais (SendGrid, Mailgun, Postmark, Brevo, SMTP2GO, Amazon SES…) remet alors le courrier sur le port 25 à votre place. Le relais doit autoriser votre domaine d’expéditeur. Pour Postfix :',
  'conn.portBlocked.step.open25': "Ou demandez à votre hébergeur d'ouvrir le port 25 sortant pour ce serveur",
  'conn.portBlocked.step.open25Detail':
    "Les hébergeurs cloud décident au cas par cas, souvent seulement pour des comptes établis avec un enregistrement DNS inverse (PTR) : AWS a un formulaire, Hetzner l'envisage après la première facture payée, Google Cloud ne l'ouvre jamais. Une connexion domestique convient mal à un serveur de messagerie : ses adresses figurent sur des listes comme la PBL de Spamhaus.",

  'conn.unreachable.title.local': 'Aucun serveur de messagerie ne tourne sur cette machine',
  'conn.unreachable.title.remote': "Le serveur de messagerie n'accepte pas les connexions",
  'conn.unreachable.summary.local':
    "Votre application doit envoyer via un serveur de messagerie sur cette même machine ({host}), mais rien n'écoute ({port}) : aucun serveur de messagerie n'est installé, ou il est arrêté.",
  'conn.unreachable.summary.remote':
    "La connexion ({target}) a échoué : le serveur l'a refusée ou n'a jamais répondu correctement. Le nom d'hôte ou le port est peut-être faux, ou le service de messagerie est en panne.",
  'conn.unreachable.why':
    "« Connection refused » signifie que la machine a répondu, mais qu'aucun programme n'écoute sur ce port : hôte ou port erroné, service de messagerie arrêté, ou pare-feu du serveur lui-même. « No route to host » signifie que l'adresse est injoignable. Un serveur qui accepte la connexion sans jamais envoyer son message d'accueil est surchargé, ou n'est pas un serveur de messagerie.",
  'conn.unreachable.confirm.probe': "Testez les ports SMTP de l'hôte",
  'conn.unreachable.confirm.probeDetail':
    "« refused » sur tous les ports : rien n'y écoute. Un délai dépassé indique plutôt un blocage en chemin.",
  'conn.unreachable.confirm.listens':
    'Si vous gérez le serveur, vérifiez que le service de messagerie écoute',
  'conn.unreachable.step.settings':
    "Comparez le nom d'hôte et le port avec la page de réglages de votre fournisseur",
  'conn.unreachable.step.settingsDetail':
    'La plupart des fournisseurs utilisent smtp.<leur domaine> sur 587 (STARTTLS) ou 465 (SSL/TLS). Une faute de frappe ou un ancien nom de serveur aboutit aussi ici.',
  'conn.unreachable.step.local':
    'Installez ou démarrez un serveur de messagerie local, ou envoyez plutôt via votre fournisseur',
  'conn.unreachable.step.localDetail':
    'Les applications web visent souvent localhost par défaut. Les diriger vers votre fournisseur sur 587 ou 465 avec authentification évite de faire tourner un serveur de messagerie.',
  'conn.unreachable.step.start':
    'Si vous gérez le serveur de messagerie, démarrez le service et ouvrez le port dans son pare-feu',
  'conn.unreachable.step.otherPort': 'Utilisez un port que le serveur propose',
  'conn.unreachable.step.otherPortDetail':
    "Beaucoup de serveurs écoutent sur 587 et 465 mais pas sur 25 pour la soumission, ou l'inverse.",

  'conn.dns.title': 'Le nom du serveur de messagerie est introuvable',
  'conn.dns.summary':
    "Le nom {host} n'a pas pu être résolu dans le DNS : aucune connexion n'a donc même été tentée.",
  'conn.dns.summaryNoHost':
    "Le nom du serveur SMTP n'a pas pu être résolu dans le DNS : aucune connexion n'a donc même été tentée.",
  'conn.dns.why':
    "Le plus souvent une faute de frappe ou un nom qui n'existe pas (smtp.example.com alors que le fournisseur utilise mail.example.com), un domaine expiré, ou pas de DNS fonctionnel sur la machine d'envoi (il manque parfois dans les conteneurs et les serveurs fraîchement installés). « Temporary failure in name resolution » (EAI_AGAIN) signifie que le serveur DNS n'a pas répondu.",
  'conn.dns.confirm.lookup': 'Résolvez le nom',
  'conn.dns.confirm.lookupDetail':
    "Pas de réponse non plus d'un résolveur public (1.1.1.1) : le nom est faux. Une réponse là, mais pas en local : le DNS de cette machine est en panne.",
  'conn.dns.step.copy': "Copiez le nom d'hôte SMTP exact depuis la page de réglages de votre fournisseur",
  'conn.dns.step.fixDns': 'Réparez le DNS de cette machine si les résolveurs publics connaissent le nom',
  'conn.dns.step.fixDnsDetail': 'Vérifiez /etc/resolv.conf, ou le réglage --dns du conteneur.',
  'conn.dns.step.retry': 'Réessayez : une panne DNS passagère se résout souvent d’elle-même',

  'conn.tlsMismatch.title': 'Le port et le réglage de chiffrement ne correspondent pas',
  'conn.tlsMismatch.summary.465':
    "Le port 465 attend du chiffrement dès le premier octet (TLS implicite), mais le programme a commencé en clair et a attendu un message d'accueil qui n'est jamais arrivé sous une forme lisible.",
  'conn.tlsMismatch.summary.port':
    "Le port {port} commence en clair et passe au chiffrement avec STARTTLS, mais le programme a voulu chiffrer d'emblée (TLS implicite) : les deux côtés ne se sont pas compris.",
  'conn.tlsMismatch.summary.noPort':
    'Le programme et le serveur ne sont pas d’accord sur le moment où le chiffrement commence : tout de suite (TLS implicite) ou après une commande STARTTLS.',
  'conn.tlsMismatch.why':
    'La soumission de courrier connaît deux façons de chiffrer : le TLS implicite sur le port 465 (RFC 8314), où la connexion est chiffrée dès le départ, et STARTTLS sur le port 587, où elle commence en clair puis est sécurisée. Les applications les nomment de façon confuse : « SSL » ou « SSL/TLS » désigne en général le TLS implicite (465), « TLS » ou « STARTTLS » désigne STARTTLS (587).',
  'conn.tlsMismatch.confirm.mode': 'Vérifiez quel mode parle le port',
  'conn.tlsMismatch.confirm.modeDetail':
    "Sur 465, un certificat apparaît immédiatement ; sur 587, le serveur salue d'abord en clair (« 220 … ») et propose STARTTLS dans sa réponse à EHLO.",
  'conn.tlsMismatch.step.implicit': 'Pour le port 465, activez le TLS implicite (SSL/TLS)',
  'conn.tlsMismatch.step.startTls': 'Pour le port {port}, utilisez STARTTLS et désactivez le TLS implicite',
  'conn.tlsMismatch.step.switch587': 'Ou passez au port 587 avec STARTTLS',
  'conn.tlsMismatch.step.switch587Detail':
    '.NET System.Net.Mail.SmtpClient ne connaît que STARTTLS : il lui faut le 587 (ou une bibliothèque comme MailKit pour le 465).',

  'conn.tlsCertificate.title': "Le certificat de sécurité du serveur n'est pas reconnu",
  'conn.tlsCertificate.summary':
    "La connexion chiffrée ({target}) a été interrompue parce que son certificat n'est pas digne de confiance : il est auto-signé, expiré, ou émis pour un autre nom que celui auquel vous vous connectez.",
  'conn.tlsCertificate.why':
    "Causes fréquentes : vous vous connectez à mail.votredomaine.fr alors que le certificat porte le nom du serveur d'hébergement (un hébergement mutualisé comme cPanel indique le vrai nom sous « Connect Devices ») ; un certificat expiré ; un certificat auto-signé sur un serveur privé ; un antivirus ou un proxy d'entreprise qui intercepte le courrier chiffré ; ou un vieux système sans les certificats racines récents.",
  'conn.tlsCertificate.confirm.look': 'Examinez le certificat que présente le serveur',
  'conn.tlsCertificate.confirm.lookDetail':
    "Comparez les noms (subject, subjectAltName) avec l'hôte configuré, et vérifiez les dates et l'émetteur.",
  'conn.tlsCertificate.step.hostName': "Connectez-vous avec le nom d'hôte pour lequel le certificat est émis",
  'conn.tlsCertificate.step.hostNameDetail':
    "En hébergement mutualisé, c'est en général le nom de serveur affiché dans le panneau de contrôle, pas mail.votredomaine.fr.",
  'conn.tlsCertificate.step.renew': 'Si vous gérez le serveur, renouvelez ou remplacez le certificat',
  'conn.tlsCertificate.step.renewDetail':
    "Servez la chaîne complète (certificat plus intermédiaires), par exemple de Let's Encrypt.",
  'conn.tlsCertificate.step.update': "Mettez à jour le système d'exploitation ou l'environnement d'exécution",
  'conn.tlsCertificate.step.updateDetail':
    "Les anciennes versions de Java, PHP, OpenSSL ou Windows n'ont pas les certificats racines récents.",
  'conn.tlsCertificate.step.keepChecks': 'Ne désactivez pas la vérification des certificats pour de bon',
  'conn.tlsCertificate.step.keepChecksDetail':
    'Des réglages comme rejectUnauthorized: false ou verify_peer => false cachent le problème et exposent votre mot de passe à quiconque se trouve entre les deux. Ne les utilisez que pour un test ponctuel.',

  'conn.tlsProtocol.title': 'La négociation du chiffrement a échoué (version de TLS ou algorithmes)',
  'conn.tlsProtocol.summary':
    "Les deux côtés n'ont pas pu s'accorder sur le chiffrement de la connexion ({target}) : l'un ne propose que des versions de TLS ou des algorithmes que l'autre refuse.",
  'conn.tlsProtocol.why':
    "TLS 1.0 et 1.1 sont obsolètes (RFC 8996, et RFC 8997 pour le courrier) : les serveurs et bibliothèques à jour les désactivent, alors que les vieux systèmes (ancien PHP ou OpenSSL, anciennes applications Java ou .NET Framework, imprimantes et scanners) ne proposent parfois rien de plus récent. L'inverse arrive aussi : un vieux serveur privé qui ne parle que l'ancien TLS, refusé par un client à jour.",
  'conn.tlsProtocol.confirm.versions': 'Regardez quelles versions de TLS le serveur accepte',
  'conn.tlsProtocol.confirm.versionsDetail':
    'Une négociation réussie avec -tls1_2 ou -tls1_3 montre que le serveur va bien et que le client est trop ancien.',
  'conn.tlsProtocol.step.update':
    "Mettez à jour le programme d'envoi, son environnement d'exécution et le système d'exploitation",
  'conn.tlsProtocol.step.updateDetail':
    'Les applications .NET Framework peuvent avoir besoin que TLS 1.2 soit activé explicitement :',
  'conn.tlsProtocol.step.server':
    'Si vous gérez le serveur, activez TLS 1.2 et 1.3 avec des algorithmes actuels',
  'conn.tlsProtocol.step.relay':
    'Pour les appareils impossibles à mettre à jour, envoyez via un relais local',
  'conn.tlsProtocol.step.relayDetail':
    'Un serveur de messagerie sur votre réseau accepte le vieil appareil et retransmet avec un TLS moderne.',

  'conn.check.probePorts.title': 'Testez les ports SMTP depuis ce réseau',
  'conn.check.probePorts.text':
    "Connectez-vous à {host} sur les ports 25, 465, 587 et 2525 depuis la machine où l'envoi échoue. Un délai dépassé sur un port alors que d'autres répondent signifie que ce port est filtré en chemin ; « refused » signifie que l'hôte est joignable mais que rien n'y écoute ; si tous les ports dépassent le délai, c'est l'hôte ou tout le réseau qui est en cause.",
  'conn.check.probePorts.textNoHost':
    "Connectez-vous à l'hôte SMTP sur les ports 25, 465, 587 et 2525 depuis la machine où l'envoi échoue. Un délai dépassé sur un port alors que d'autres répondent signifie que ce port est filtré en chemin ; « refused » signifie que l'hôte est joignable mais que rien n'y écoute ; si tous les ports dépassent le délai, c'est l'hôte ou tout le réseau qui est en cause.",
  'conn.check.resolveHost.title': "Cherchez le nom d'hôte dans le DNS",
  'conn.check.resolveHost.text':
    "Résolvez {host}. Aucune adresse (NXDOMAIN) : le nom est faux ou n'existe pas ; une adresse qui répond ailleurs mais pas ici indique un problème DNS sur cette machine.",
  'conn.check.resolveHost.textNoHost':
    "Résolvez le nom d'hôte SMTP. Aucune adresse (NXDOMAIN) : le nom est faux ou n'existe pas ; une adresse qui répond ailleurs mais pas ici indique un problème DNS sur cette machine.",
  'conn.check.tlsMode.title': 'Comparez le port avec le mode TLS',
  'conn.check.tlsMode.text':
    'Le port 465 exige le TLS implicite (« SSL/TLS », secure: true) ; les ports 587 et 25 exigent STARTTLS (« STARTTLS », secure: false). Un réglage qui ne correspond pas à son port échoue par un délai dépassé, une connexion coupée ou « wrong version number », ce qui peut ressembler à un blocage.',
  'conn.check.tlsCertificate.title': 'Examinez le certificat du serveur',
  'conn.check.tlsCertificate.text':
    "Examinez le certificat que présente {host} : qui l'a émis, quand il expire et quels noms d'hôte il couvre. Un certificat valide écarte un problème de confiance.",
  'conn.check.tlsCertificate.textNoHost':
    "Examinez le certificat que présente le serveur : qui l'a émis, quand il expire et quels noms d'hôte il couvre. Un certificat valide écarte un problème de confiance.",
  'conn.check.credentials.title': "Vérifiez l'identification",
  'conn.check.credentials.text':
    "Connectez-vous au webmail du fournisseur avec le même nom d'utilisateur et le même mot de passe. Si cela marche mais que SMTP refuse toujours, le compte a besoin d'un mot de passe d'application ou la connexion SMTP y est désactivée.",
  'conn.check.localFirewall.title': 'Vérifiez les règles de cette machine',
  'conn.check.localFirewall.text':
    "« Permission denied » à la connexion vient de cette machine, pas du réseau : SELinux (sur les systèmes de la famille Red Hat, le booléen httpd_can_network_connect ou httpd_can_sendmail), une règle du pare-feu de la machine ou un « bouclier e-mail » d'antivirus. Un délai dépassé désigne plutôt le réseau.",
  'conn.check.serverStatus.title': 'Vérifiez que le serveur de messagerie tourne',
  'conn.check.serverStatus.text':
    "Sur {host}, vérifiez que le service de messagerie tourne et écoute ({port}). Rien à l'écoute donne « connection refused » ; un serveur à l'écoute derrière un pare-feu donne un délai dépassé.",
  'conn.check.serverStatus.textNoHost':
    "Sur le serveur de messagerie, vérifiez que le service de messagerie tourne et écoute ({port}). Rien à l'écoute donne « connection refused » ; un serveur à l'écoute derrière un pare-feu donne un délai dépassé.",
  'conn.check.senderDomainDns.title': "Vérifiez SPF, DKIM et DMARC du domaine d'expédition",
  'conn.check.senderDomainDns.text':
    "Consultez l'enregistrement SPF et la politique DMARC du domaine d'expédition, et vérifiez que le courrier sortant est signé DKIM. Un enregistrement absent ou en échec explique un rejet pour raison de politique ; des enregistrements corrects l'écartent.",
  'conn.check.ipBlocklist.title': "Cherchez l'IP d'envoi sur les listes de blocage",
  'conn.check.ipBlocklist.text':
    "Cherchez l'adresse IP publique du serveur d'envoi sur les listes de blocage (par exemple avec l'IP and Domain Reputation Checker de Spamhaus sur check.spamhaus.org) et vérifiez son DNS inverse (PTR). Une inscription sur une liste ou un PTR absent explique un rejet pour mauvaise réputation.",
  'conn.check.retryLater.title': 'Réessayez dans quelques minutes',
  'conn.check.retryLater.text':
    "Les situations temporaires (greylisting, limitation de débit, serveur surchargé) se règlent d'elles-mêmes : le même message renvoyé quelques minutes plus tard passe. Un échec qui se répète n'est pas temporaire.",
  'conn.check.serverLog.title': 'Lisez le journal complet',
  'conn.check.serverLog.text':
    'La sortie de débogage complète du client ou le journal du serveur de messagerie montre la réponse SMTP exacte qui a mis fin à la session ; cette réponse nomme la cause quand ce texte seul ne le fait pas.',

  'conn.notSendError.title': "Cela ne ressemble pas à une erreur d'envoi d'e-mail",
  'conn.notSendError.summary':
    "Rien dans le texte ne ressemble à une tentative d'envoi d'e-mail qui a échoué : pas de réponse SMTP, pas d'erreur de connexion d'un logiciel de messagerie, pas de message de non-remise.",
  'conn.notSendError.hint':
    "Collez le message d'erreur ou le journal en entier, avec tout code comme 535, 5.7.8 ou ETIMEDOUT. Les erreurs de réception du courrier (IMAP ou POP) sont un autre problème.",
  'conn.fact.port': 'Port',
  'conn.fact.host': 'Hôte',
  'conn.fact.replyCode': 'Code de réponse',
  'conn.fact.enhancedCode': "Code d'état étendu",
  'conn.fact.error': 'Erreur',
  'conn.fact.thisMachine': 'cette machine',
  'conn.assumedPorts':
    '{count, plural, one {Le texte ne cite aucun port : cette explication suppose donc le port {ports}. Vérifiez quel port utilisent vos réglages.} other {Le texte ne cite aucun port : cette explication suppose donc les ports {ports}. Vérifiez quel port utilisent vos réglages.}}',
  'conn.world.port.submission':
    "{clue} : il s'agit de soumission (une application, un site web ou un client de messagerie remet le courrier à son fournisseur).",
  'conn.world.port.delivery':
    "{clue} : il s'agit de remise de serveur à serveur (un serveur de messagerie remet le courrier aux hôtes MX des destinataires).",
  'conn.world.text.submission':
    'Cela ressemble à de la soumission (une application, un site web ou un client de messagerie remet le courrier à son fournisseur). Indices : {clues}.',
  'conn.world.text.delivery':
    'Cela ressemble à de la remise de serveur à serveur (un serveur de messagerie remet le courrier aux hôtes MX des destinataires). Indices : {clues}.',
  'conn.world.assumed':
    'Le texte ne dit pas si une application ou un client de messagerie remet le courrier à son fournisseur (soumission) ou si un serveur de messagerie livre aux serveurs des destinataires (remise). Cette explication suppose la soumission, le cas le plus courant ; la dernière étape couvre la remise.',

  'conn.clue.submissionPort': 'le port {port} est un port de soumission',
  'conn.clue.thePort': 'Le port',
  'conn.clue.gmailMx': 'hôte MX de Gmail (gmail-smtp-in)',
  'conn.clue.googleMx': 'hôte MX de Google (aspmx)',
  'conn.clue.microsoftMx': 'hôte MX de Microsoft 365 (mail.protection.outlook.com)',
  'conn.clue.yahooMx': 'hôte MX de Yahoo (yahoodns.net)',
  'conn.clue.mxName': "un nom d'hôte MX (mx…)",
  'conn.clue.mxMention': "une mention d'enregistrements ou d'hôtes MX",
  'conn.clue.postfixLog': 'journal de remise de Postfix (postfix/smtp)',
  'conn.clue.postfixQueue': "état de file d'attente de Postfix (status=deferred)",
  'conn.clue.postfixDiagnostic': 'diagnostic de Postfix (X-Postfix)',
  'conn.clue.postfixConnect25': 'Postfix se connecte à une IP sur le port 25',
  'conn.clue.eximRemote': 'remise distante par Exim (T=remote_smtp)',
  'conn.clue.bounceReport': 'un rapport de non-remise (Remote-MTA)',
  'conn.clue.relayhost': 'un réglage smarthost / relayhost',
  'conn.clue.selfHosted': 'un serveur de messagerie auto-hébergé',
  'conn.clue.dotnet': '.NET SmtpClient ou MailKit',
  'conn.clue.wordpress': 'une extension de messagerie WordPress',
  'conn.clue.outlook': 'Outlook (code 0x800CCC…)',
  'conn.clue.mailClient': 'un client de messagerie (Thunderbird)',
  'conn.clue.webmail': 'un webmail (Roundcube)',
  'conn.clue.smtpLogin': 'une authentification SMTP (AUTH)',
  'conn.clue.providerHost': "un hôte de soumission d'un fournisseur (smtp.…)",

  'conn.reading.none': 'aucun',
  'conn.reading.lookupFailed': 'La requête a échoué : {error}.',
  'conn.reading.host.nxdomainAnswer': "n'existe pas (NXDOMAIN)",
  'conn.reading.host.nxdomain':
    "Ce nom d'hôte n'existe pas : vérifiez son orthographe dans les réglages de messagerie.",
  'conn.reading.host.noIpv4Answer': 'aucune adresse IPv4',
  'conn.reading.host.noIpv4':
    "Le nom existe mais n'a pas d'adresse IPv4 : les logiciels de messagerie qui en ont besoin ne peuvent pas se connecter.",
  'conn.reading.host.resolves':
    "Le nom se résout. Si l'erreur disait le contraire, c'est le DNS de la machine qui a envoyé le courrier qui est en cause, pas le nom.",
  'conn.reading.mx.nxdomainAnswer': "le domaine n'existe pas",
  'conn.reading.mx.nxdomain': "Le domaine n'existe pas : l'adresse est mal orthographiée.",
  'conn.reading.mx.none':
    "Le domaine n'a pas d'enregistrement MX : il ne reçoit pas de courrier, et les messages qui lui sont adressés reviennent.",
  'conn.reading.mx.found': 'Le courrier pour {domain} est reçu par {exchange}.',
  'conn.reading.mx.foundProvider': 'Le courrier pour {domain} est reçu par {exchange} ({provider}).',
  'conn.reading.spf.none':
    "{domain} n'a pas d'enregistrement SPF : les destinataires ne peuvent pas savoir quels serveurs ont le droit d'envoyer pour lui, et les plus stricts rejettent son courrier ou le classent en spam.",
  'conn.reading.spf.plusAll':
    'Le SPF se termine par « +all » : il autorise tous les serveurs du monde, ce que les destinataires traitent comme une absence de SPF.',
  'conn.reading.spf.published':
    'Le SPF est publié. Le serveur qui envoie le courrier doit y figurer (une entrée include: ou ip4:).',
  'conn.reading.dmarc.none':
    "{domain} n'a pas d'enregistrement DMARC. Les grands fournisseurs de messagerie en attendent un des domaines qui leur écrivent.",
  'conn.reading.dmarc.rejected':
    "Politique DMARC « {policy} » : le courrier qui échoue à la fois à l'alignement SPF et DKIM est rejeté.",
  'conn.reading.dmarc.quarantined':
    "Politique DMARC « {policy} » : le courrier qui échoue à la fois à l'alignement SPF et DKIM est envoyé en spam.",
  'conn.reading.dmarc.reported':
    "Politique DMARC « {policy} » : le courrier qui échoue à la fois à l'alignement SPF et DKIM est seulement signalé.",
  'conn.reading.srv.notOfferedAnswer': 'service non proposé',
  'conn.reading.srv.none':
    "Aucune annonce ici ; la plupart des domaines n'en publient pas, cela ne dit donc rien sur l'erreur.",
  'conn.reading.srv.found':
    'Le domaine annonce son serveur de soumission : {target}, port {port}, {mode}. Utilisez ces valeurs dans les réglages de messagerie.',
};
