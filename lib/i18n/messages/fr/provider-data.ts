import type { Catalog } from '../../catalog';

/** The provider records' prose in this language, by key (lib/providers/prose.ts). */
export const providerData: Catalog = {
  'provider.gmail.auth.0':
    'Google n’accepte plus le mot de passe du compte dans les applications de messagerie. Utilisez un mot de passe d’application (il faut la validation en deux étapes) ou une application qui se connecte avec Google (OAuth).',
  'provider.gmail.auth.1':
    'Les applications qui proposent « Se connecter avec Google » (OAuth2) n’ont pas besoin de mot de passe d’application.',
  'provider.gmail.note.0':
    'Les « applications moins sécurisées » (connexion par mot de passe) ont été désactivées pour les comptes personnels le 2022-05-30.',
  'provider.gmail.server.1':
    'Google : « Utilisez le port 465, ou le port 587 si votre client commence en clair avant d’envoyer la commande STARTTLS ».',
  'provider.google-workspace.auth.0':
    'Depuis le 2024-09-30, les comptes Workspace n’acceptent plus qu’OAuth ou les mots de passe d’application dans les applications de messagerie ; la connexion par mot de passe (« applications moins sécurisées ») est désactivée.',
  'provider.google-workspace.auth.1':
    'Les applications qui se connectent avec Google (OAuth2) n’ont pas besoin de mot de passe d’application.',
  'provider.google-workspace.server.1':
    'Google : « Utilisez le port 465, ou le port 587 si votre client commence en clair avant d’envoyer la commande STARTTLS ».',
  'provider.google-workspace.variant.smtp-relay':
    'Service de relais SMTP de Workspace (configuré par l’administrateur ; IP ou SMTP-AUTH)',
  'provider.outlook-com.auth.0':
    'Depuis le 2024-09-16, les comptes Microsoft personnels n’acceptent plus que l’authentification moderne (OAuth2) ; les mots de passe et les mots de passe d’application ne fonctionnent plus pour SMTP. Utilisez une application de messagerie qui se connecte avec Microsoft.',
  'provider.microsoft-365.auth.0':
    'SMTP AUTH est désactivé pour les organisations créées après janvier 2020 ; un administrateur doit l’autoriser pour le locataire (SmtpClientAuthenticationDisabled) et pour la boîte aux lettres (« SMTP authentifié »), et les paramètres de sécurité par défaut ne doivent pas le bloquer.',
  'provider.microsoft-365.auth.1':
    'L’authentification de base (Basic) pour SMTP AUTH est en cours de retrait (voir l’avis et ses dates) ; OAuth2 continue de fonctionner.',
  'provider.microsoft-365.server.0': 'Microsoft 365 ne propose pas de port 465.',
  'provider.microsoft-365.username':
    'Le nom de connexion (UPN) de la boîte aux lettres, en général son adresse.',
  'provider.yahoo.auth.0':
    'Les applications de messagerie qui n’utilisent pas la page de connexion de Yahoo ont besoin d’un mot de passe d’application (« Générer un mot de passe d’application » dans Sécurité du compte).',
  'provider.yahoo.auth.1':
    'Les applications qui se connectent par la page de Yahoo (OAuth2) n’ont pas besoin de mot de passe d’application.',
  'provider.yahoo.server.1': 'Indiqué par des guides tiers ; Thunderbird n’indique que 465.',
  'provider.aol.auth.0':
    'AOL accepte OAuth2 ou un mot de passe. Aucune source enregistrée ne confirme s’il exige un mot de passe d’application pour les applications de messagerie.',
  'provider.aol.server.1': 'Indiqué par Nodemailer ; Thunderbird n’indique que 465.',
  'provider.icloud.auth.0':
    'iCloud refuse le mot de passe du compte Apple en SMTP : créez un mot de passe pour application (il faut l’identification à deux facteurs).',
  'provider.icloud.server.0': 'Utilisez 587 : les témoignages sur 465 se contredisent.',
  'provider.icloud.username': 'Votre adresse iCloud, même quand vous envoyez depuis un domaine personnalisé.',
  'provider.zoho.auth.0':
    'Avec l’authentification à deux facteurs activée, les applications de messagerie ont besoin d’un mot de passe spécifique à l’application.',
  'provider.zoho.note.0':
    'Utilisez l’hôte du centre de données où se trouve votre compte (zoho.eu, zoho.in, …).',
  'provider.zoho.variant.eu': 'Centre de données UE',
  'provider.zoho.variant.in': 'Centre de données Inde',
  'provider.zoho.variant.au': 'Centre de données Australie',
  'provider.zoho.variant.jp': 'Centre de données Japon',
  'provider.zoho.variant.ca': 'Centre de données Canada',
  'provider.zoho.variant.org': 'Comptes d’organisation (domaine personnalisé), centre de données États-Unis',
  'provider.fastmail.auth.0':
    'Fastmail : « Vous ne pouvez pas utiliser votre mot de passe Fastmail habituel » dans les applications de messagerie ; créez un mot de passe d’application.',
  'provider.fastmail.auth.1': 'L’offre Basic n’a pas d’accès SMTP.',
  'provider.fastmail.server.0': 'Fastmail : « Chiffrement SSL/TLS activé, mais pas STARTTLS ».',
  'provider.proton-bridge.auth.0':
    'Utilisez le mot de passe affiché par Bridge, pas celui de votre compte Proton.',
  'provider.proton-bridge.auth.1': 'Bridge nécessite une offre Proton payante.',
  'provider.proton-bridge.server.0':
    'Proton Bridge fonctionne sur votre ordinateur ; utilisez le port SMTP affiché par Bridge (en général 1025). Son certificat est auto-signé.',
  'provider.gmx.auth.0':
    'Les comptes gmx.net doivent activer une fois « accès via POP3 et IMAP » (« access via POP3 & IMAP ») dans les paramètres de messagerie (l’ISPDB de Thunderbird l’indique ; il n’est pas confirmé que l’envoi seul l’exige).',
  'provider.gmx.variant.net': 'Comptes gmx.net / gmx.de / gmx.at / gmx.ch',
  'provider.web-de.auth.0':
    'Activez une fois « accès via POP3 et IMAP » (« access via POP3 & IMAP ») dans les paramètres de messagerie de WEB.DE (l’ISPDB de Thunderbird l’indique ; il n’est pas confirmé que l’envoi seul l’exige).',
  'provider.web-de.username': 'L’ISPDB de Thunderbird indique la partie avant le @.',
  'provider.mail-com.note.0':
    'mail.com gère environ 190 domaines d’adresse ; le fichier ISPDB les liste tous.',
  'provider.yandex.auth.0':
    'Les applications de messagerie se connectent avec un mot de passe d’application ; avec l’authentification à deux facteurs activée, les mots de passe d’application sont obligatoires.',
  'provider.yandex.auth.1': 'Le serveur SMTP de Yandex accepte aussi OAuth (XOAUTH2).',
  'provider.yandex.variant.ru': 'Nom d’hôte russe',
  'provider.sendgrid.auth.0': 'Le mot de passe est une clé API avec au moins l’autorisation « Mail ».',
  'provider.sendgrid.username': 'Exactement le texte « apikey », pas la clé elle-même.',
  'provider.mailgun.auth.0': 'Les identifiants SMTP sont définis par domaine d’envoi.',
  'provider.mailgun.note.0':
    'Les régions US et EU sont des infrastructures séparées : utilisez l’hôte de la région où votre domaine a été créé.',
  'provider.mailgun.username':
    'L’identifiant SMTP de votre domaine d’envoi (Sending → Domain settings → SMTP credentials), p. ex. postmaster@mg.example.com.',
  'provider.mailgun.variant.eu': 'Région EU (domaines créés dans l’UE)',
  'provider.amazon-ses.auth.0': 'Créez des identifiants SMTP pour la région depuis laquelle vous envoyez.',
  'provider.amazon-ses.note.0': 'SES exige TLS sur chaque connexion.',
  'provider.amazon-ses.note.1':
    'Au lieu de 2525, SES propose 2587 (STARTTLS) et 2465 (TLS Wrapper) quand 587/465 sont bloqués.',
  'provider.amazon-ses.note.2': 'EC2 restreint le port 25 par défaut : depuis EC2, utilisez 587 ou 2587.',
  'provider.amazon-ses.server.1': 'TLS Wrapper (TLS implicite).',
  'provider.amazon-ses.server.3': 'TLS Wrapper (TLS implicite).',
  'provider.amazon-ses.username':
    'Des identifiants SMTP SES créés dans la console SES — pas vos clés d’accès AWS.',
  'provider.amazon-ses.variant.us-east-2': 'USA Est (Ohio)',
  'provider.amazon-ses.variant.us-west-1': 'USA Ouest (Californie du Nord)',
  'provider.amazon-ses.variant.us-west-2': 'USA Ouest (Oregon)',
  'provider.amazon-ses.variant.ca-central-1': 'Canada (Centre)',
  'provider.amazon-ses.variant.sa-east-1': 'Amérique du Sud (São Paulo)',
  'provider.amazon-ses.variant.eu-central-1': 'Europe (Francfort)',
  'provider.amazon-ses.variant.eu-north-1': 'Europe (Stockholm)',
  'provider.amazon-ses.variant.eu-west-1': 'Europe (Irlande)',
  'provider.amazon-ses.variant.eu-west-2': 'Europe (Londres)',
  'provider.amazon-ses.variant.eu-west-3': 'Europe (Paris)',
  'provider.amazon-ses.variant.ap-northeast-1': 'Asie-Pacifique (Tokyo)',
  'provider.amazon-ses.variant.ap-northeast-2': 'Asie-Pacifique (Séoul)',
  'provider.amazon-ses.variant.ap-northeast-3': 'Asie-Pacifique (Osaka)',
  'provider.amazon-ses.variant.ap-south-1': 'Asie-Pacifique (Mumbai)',
  'provider.amazon-ses.variant.ap-southeast-1': 'Asie-Pacifique (Singapour)',
  'provider.amazon-ses.variant.ap-southeast-2': 'Asie-Pacifique (Sydney)',
  'provider.amazon-ses.variant.us-gov-east-1': 'GovCloud (USA Est)',
  'provider.amazon-ses.variant.us-gov-west-1': 'GovCloud (USA Ouest)',
  'provider.postmark.auth.0':
    'Le jeton d’API du serveur (Server API Token, sous Server → API Tokens) comme nom d’utilisateur et comme mot de passe.',
  'provider.postmark.server.0':
    'Postmark n’a pas de port 465 : si vous configurez 465, la connexion reste en attente sans réponse.',
  'provider.postmark.username':
    'Le jeton d’API du serveur (Server API Token), utilisé à la fois comme nom d’utilisateur et comme mot de passe.',
  'provider.postmark.variant.broadcast': 'Flux de messages Broadcast (envois groupés)',
  'provider.brevo.auth.0': 'Utilisez une clé SMTP, ni la clé API ni votre mot de passe Brevo.',
  'provider.brevo.note.0':
    'Brevo présente 587 et 2525 comme des ports « non chiffrés » ; les clients y activent le chiffrement avec STARTTLS.',
  'provider.brevo.username': 'L’identifiant SMTP affiché sous SMTP & API → SMTP.',
  'provider.smtp2go.auth.0': 'Créez un utilisateur SMTP et vérifiez votre expéditeur.',
  'provider.smtp2go.note.0':
    'Ici, les ports 80 et 443 transportent aussi SMTP : utile quand tous les ports de messagerie sont bloqués.',
  'provider.smtp2go.username': 'Un utilisateur SMTP de Sending → SMTP Users.',
  'provider.smtp2go.variant.us': 'États-Unis',
  'provider.smtp2go.variant.eu': 'UE / Royaume-Uni',
  'provider.smtp2go.variant.eu2': 'UE uniquement',
  'provider.smtp2go.variant.au': 'Australie',
  'provider.mailjet.auth.0': 'La clé API comme nom d’utilisateur, la clé secrète comme mot de passe.',
  'provider.mailjet.server.1':
    'Le tutoriel Compute Engine de Google passe par le relais in-v3.mailjet.com:2525.',
  'provider.mailjet.server.2': 'Indiqué uniquement par des guides tiers.',
  'provider.mailjet.username': 'Votre clé API Mailjet (le mot de passe est la clé secrète).',
  'provider.sparkpost.auth.0':
    'Le mot de passe est une clé API avec l’autorisation « Envoi via SMTP » (« Send via SMTP »).',
  'provider.sparkpost.server.1':
    'SparkPost : « un port alternatif pour les cas où le port 587 est bloqué (par exemple dans un environnement Google Compute Engine) ».',
  'provider.sparkpost.variant.eu': 'SparkPost EU (Europe)',
  'provider.cpanel.auth.0':
    'cPanel : « IMAP, POP3 et SMTP exigent une authentification » avec le mot de passe de la boîte aux lettres.',
  'provider.cpanel.note.0':
    'Le menu Email Accounts → Connect Devices (comptes de messagerie → connecter des appareils) indique l’hôte et les ports exacts de votre compte.',
  'provider.cpanel.server.0':
    'Les « paramètres SSL/TLS sécurisés » (« Secure SSL/TLS Settings ») de cPanel indiquent le nom d’hôte propre au serveur (p. ex. host55.registrar-servers.com) ; avec SSL, mail.<domain> échoue souvent à la vérification du certificat.',
  'provider.cpanel.server.1':
    'Certains hébergeurs cPanel écoutent aussi sur 26 (ou 25) quand 587 est bloqué.',
  'provider.cpanel.username': 'L’adresse complète de la boîte aux lettres créée dans cPanel.',
  'provider.plesk.auth.0':
    'Par défaut, le relais est réglé sur « autorisation requise » (« authorization is required ») : connectez-vous avec l’adresse et le mot de passe de la boîte aux lettres.',
  'provider.plesk.server.0':
    'Les administrateurs Plesk « peuvent aussi demander à vos clients d’indiquer le port 587 » une fois la soumission (submission) activée.',
  'provider.plesk.server.1': 'Souvent proposé ; non confirmé par une page Plesk enregistrée.',
  'provider.directadmin.auth.0':
    'Connectez-vous avec l’adresse et le mot de passe de la boîte aux lettres (habituel pour les panneaux d’hébergement ; non confirmé pour DirectAdmin par une source enregistrée).',
  'provider.directadmin.server.0':
    'Les réglages par défaut de DirectAdmin ne sont pas confirmés par une source enregistrée ; c’est le modèle habituel mail.<domain> (Thunderbird essaie smtp., puis mail., puis le domaine).',
  'policy.aws.summary':
    'AWS bloque le port 25 sortant sur toutes les instances EC2 (auparavant, AWS disait en « limiter le débit »). Les fonctions Lambda ne peuvent envoyer sur le port 25 que depuis un VPC derrière une passerelle NAT.',
  'policy.aws.how':
    'Envoyez le formulaire « Demande de suppression des limitations d’envoi d’e-mails » (« Request to remove email sending limitations ») pour le compte et la région. Ou envoyez par un relais sur 587/2587/465.',
  'policy.gcp.summary':
    'Google Cloud bloque le port 25 sortant, sans exception. « Bien que le port 25 soit bloqué, vous pouvez utiliser le port 465, 587 ou un port non standard pour envoyer des e-mails via un relais. »',
  'policy.gcp.how':
    'Aucune exception n’est proposée. Envoyez par votre fournisseur de messagerie sur 587/465 ou par un relais sur 2525.',
  'policy.gcp.note.0':
    'Jusque vers 2018, Google bloquait aussi 465 et 587, sauf vers les adresses de Google ; ces ports sont ouverts aujourd’hui.',
  'policy.azure.summary':
    'Azure bloque le port 25 sortant, sauf pour les abonnements Contrat Entreprise (Enterprise Agreement) et MCA-E. Le relais authentifié sur 587 « n’est pas restreint, quel que soit le type d’abonnement ».',
  'policy.azure.how':
    'Seuls les abonnements Contrat Entreprise (Enterprise Agreement) / MCA-E peuvent envoyer sur 25. Tous les autres utilisent un relais authentifié sur 587 (p. ex. Azure Communication Services, SendGrid).',
  'policy.azure.note.0': 'Le blocage a commencé pour la plupart des nouveaux abonnements le 2017-11-15.',
  'policy.digitalocean.summary':
    'DigitalOcean bloque SMTP sur le port 25 depuis les Droplets des nouveaux comptes et ne lève pas ce blocage ; il recommande un relais comme SendGrid.',
  'policy.digitalocean.how':
    'Aucune exception proposée. Envoyez par votre fournisseur sur 587/465 ou par un relais (2525).',
  'policy.digitalocean.note.0':
    'Les sources se contredisent sur 465 et 587 : une étude de 2026 les dit bloqués eux aussi (y compris les adresses IP réservées, « Reserved IPs ») ; une réponse du support de 2019 les disait utilisables. Testez-les avant de compter sur l’une ou l’autre.',
  'policy.linode.summary':
    'Linode restreint les connexions sortantes sur les ports 25, 465 et 587 de tous les Linodes des comptes créés après le 2019-11-05.',
  'policy.linode.how':
    'Configurez des enregistrements A et DNS inverse valides, puis ouvrez un ticket de support avec les informations que demande le guide « Faire fonctionner un serveur de messagerie » (« Running a Mail Server »).',
  'policy.vultr.summary':
    'Vultr bloque le port 25 sortant par défaut. Les témoignages d’utilisateurs divergent : selon les uns, le support l’active sur demande ; selon les autres, il ne le fait plus.',
  'policy.vultr.how': 'Ouvrez un ticket de support qui explique l’usage prévu ; l’accord n’est pas garanti.',
  'policy.hetzner.summary':
    'Hetzner : « Le trafic sortant vers les ports 25 et 465 est bloqué par défaut sur tous les Cloud Servers. » Le port 587 reste ouvert.',
  'policy.hetzner.how':
    'Envoyez une demande de levée de limite (« limit request ») avec un cas d’usage valable — seulement quand le compte a un mois et que la première facture est payée. Hetzner décide au cas par cas.',
  'policy.hetzner.note.0':
    'Le blocage se situe en amont du serveur : ufw et iptables semblent propres alors que 465 expire sans message.',
  'policy.ovh.summary':
    'OVHcloud ne bloque pas le port 25 par défaut, mais le ferme au niveau du réseau quand son système antispam détecte du spam venant du serveur.',
  'policy.ovh.how':
    'Arrêtez l’envoi, nettoyez le serveur, puis demandez le déblocage depuis l’espace client. « Il n’est pas possible d’obtenir une mise en liste blanche. »',
  'policy.oracle-cloud.summary':
    'Oracle Cloud bloque le port 25 sortant (comptes Free Tier créés après le 2021-06-25, d’après le document 2787393.1 du support Oracle).',
  'policy.oracle-cloud.how':
    'Les comptes payants peuvent en faire la demande au support Oracle ; les demandes des comptes Always Free ont été refusées.',
  'policy.scaleway.summary':
    'Scaleway : « Par défaut, les ports SMTP distants (25, 465 et 587) sont bloqués » sur les Instances.',
  'policy.scaleway.how':
    'Activez SMTP dans le groupe de sécurité de l’Instance, dans la console (il faut une identité vérifiée). Terraform ne peut pas l’activer.',
  'policy.scaleway.note.0': 'Les Serverless Containers de Scaleway bloquent les ports 25 et 465 sortants.',
  'policy.upcloud.summary':
    'UpCloud ferme le port 25 sortant « par défaut sur tous les nouveaux comptes » ; l’essai gratuit n’autorise que les ports web standard.',
  'policy.upcloud.how':
    'Contactez le support avec une preuve d’identité ou de moyen de paiement et décrivez l’usage prévu.',
  'policy.contabo.summary':
    'Aucune politique de ports publiée par Contabo n’a été trouvée. Selon des utilisateurs, les VPS Contabo peuvent envoyer sur le port 25.',
  'policy.contabo.how': 'Demandez au support de Contabo.',
  'policy.comcast.summary':
    'Depuis le 2012-08-01, Comcast « n’autorisera plus par défaut l’accès au port 25 pour nos utilisateurs Internet résidentiels » ; il recommande 587 avec authentification ou 465 avec SSL.',
  'policy.comcast.how':
    'Le blocage est levé « sur demande auprès de notre équipe Customer Security Assurance » (les serveurs comcast.net refusent toujours la soumission sur 25).',
  'policy.spectrum.summary':
    'Quand un ordinateur est soupçonné d’envoyer du spam, un filtre sur le modem câble bloque le port 25 sortant « non destiné aux serveurs de messagerie de TWC ». Passez le client sur 587.',
  'policy.spectrum.how': 'Nettoyez l’ordinateur infecté ; en attendant, envoyez sur 587.',
  'policy.cox.summary':
    'Cox filtre le port 25 dans les deux sens : « SMTP n’est autorisé en sortie que vers les serveurs SMTP fournis par Cox ». Le blocage a commencé en juin 2003.',
  'policy.cox.how': 'Utilisez le port de soumission de votre fournisseur (587/465) au lieu de 25.',
  'policy.deutsche-telekom.summary':
    'Quand du spam est détecté depuis une ligne, Telekom bloque le port 25/tcp vers les autres réseaux. Les smarthosts de Telekom (mailto.t-online.de, smtpmail.t-online.de, smtprelay.t-online.de, securesmtp.t-online.de), le webmail et les smarthosts d’autres fournisseurs sur des ports non standard continuent de fonctionner.',
  'policy.deutsche-telekom.how':
    'Suivez les étapes de l’équipe de sécurité pour sécuriser la ligne ; le blocage est ensuite levé.',
  'policy.deutsche-telekom.note.0':
    'Les routeurs Speedport avec « sichere E-Mail-Server » (serveurs de messagerie sûrs) activé n’autorisent les ports 25 et 587 que vers les serveurs de la liste : « 587 expire » peut venir du routeur, pas du serveur de messagerie.',
  'policy.swisscom.summary':
    'Swisscom filtre le port 25 sortant vers les serveurs de messagerie et ne l’autorise qu’à certaines conditions ; il conseille le port 587.',
  'policy.swisscom.how': 'Utilisez le port 587 avec authentification.',
  'policy.wessex-internet.summary':
    'Wessex Internet bloque le port TCP 25 sortant sur ses offres haut débit résidentielles et professionnelles, sauf vers son relais.',
  'policy.wessex-internet.how': 'Utilisez le relais de Wessex ou le port 587/465 de votre fournisseur.',
};
