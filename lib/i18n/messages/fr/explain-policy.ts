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
    'Personne n’a rien à changer : le serveur destinataire a seulement demandé de réessayer plus tard.',
  'policy.answer.next.greylisted.seconds':
    'Attendez {count, plural, one {{count} seconde} other {{count} secondes}}, puis cliquez de nouveau sur « Envoyer ».',
  'policy.answer.next.greylisted.minutes':
    'Attendez {count, plural, one {{count} minute} other {{count} minutes}}, puis cliquez de nouveau sur « Envoyer ».',
  'policy.answer.next.greylisted.fewMinutes':
    'Attendez quelques minutes, puis cliquez de nouveau sur « Envoyer ».',
  'policy.answer.next.greylisted.detail':
    'Les webmails et la plupart des applications ne réessaient pas d’eux-mêmes ; un serveur de messagerie avec file d’attente, si.',
  'policy.answer.who.rateLimit': 'Vous : le serveur limite la quantité de messages envoyés par un compte.',
  'policy.answer.next.rateLimit.seconds':
    'Attendez {count, plural, one {{count} seconde} other {{count} secondes}} avant de renvoyer, et envoyez moins de messages à la fois.',
  'policy.answer.next.rateLimit.minutes':
    'Attendez {count, plural, one {{count} minute} other {{count} minutes}} avant de renvoyer, et envoyez moins de messages à la fois.',
  'policy.answer.next.rateLimit.hourOrSo':
    'Attendez environ une heure avant de renvoyer, et envoyez moins de messages à la fois.',
  'policy.answer.who.recipientRejected': 'Vous : l’envoi a fonctionné, c’est l’adresse qui pose problème.',
  'policy.answer.next.recipientRejected':
    'Vérifiez que l’adresse du destinataire ne contient pas de faute de frappe, puis renvoyez.',
  'policy.answer.who.mailboxFull': 'Le destinataire : sa boîte aux lettres est pleine.',
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
    'L’administrateur de {host} : c’est le serveur du webmail qui se connecte, rien sur votre ordinateur ne peut donc corriger cela.',
  'policy.answer.who.webmailThisSite':
    'L’administrateur de ce site : c’est le serveur du webmail qui se connecte, rien sur votre ordinateur ne peut donc corriger cela.',
  'policy.answer.next.webmail':
    'Envoyez ce message à votre administrateur de messagerie ou à votre hébergeur.',
  'policy.answer.copy.toAdministrator': 'Copier le message pour l’administrateur',
  'policy.answer.who.siteHost':
    'La personne qui gère {host} : le réseau de son hébergeur bloque peut-être le port de messagerie.',
  'policy.answer.who.siteHostThisSite':
    'La personne qui gère ce site : le réseau de son hébergeur bloque peut-être le port de messagerie.',
  'policy.answer.next.siteHost':
    'Dans les réglages de messagerie de cette page, utilisez le port 587 avec STARTTLS (ou 465 avec SSL/TLS) ; si cela échoue encore, envoyez ceci à votre hébergeur.',
  'policy.answer.copy.toHost': 'Copier le message pour l’hébergeur',
  'policy.answer.who.siteSettings': 'La personne qui gère {host}, dans ses réglages de messagerie.',
  'policy.answer.who.siteSettingsThisSite': 'La personne qui gère ce site, dans ses réglages de messagerie.',
  'policy.answer.who.providerServer':
    'Votre fournisseur de messagerie : il gère le serveur dont l’adresse a été refusée.',
  'policy.answer.next.providerServer': 'Envoyez ceci au support de votre fournisseur de messagerie.',
  'policy.answer.copy.toProvider': 'Copier le message pour votre fournisseur de messagerie',
  'policy.answer.who.bounce':
    'Vous ou votre fournisseur de messagerie : son serveur a accepté le message mais n’a pas pu le distribuer.',
  'policy.answer.who.undecided':
    'Vous, ou la personne qui gère votre réseau ou le serveur de messagerie : un test permet de le savoir.',
  'policy.answer.next.undecided':
    'Essayez d’envoyer une fois depuis un autre réseau, par exemple le partage de connexion d’un téléphone.',
  'policy.answer.next.undecided.detail':
    'Si cela fonctionne là-bas, votre réseau bloque le port de messagerie ; si cela échoue partout, le serveur ou son nom est faux.',
  'policy.answer.next.undecided.detailProbe':
    'Si cela fonctionne là-bas, votre réseau bloque le port de messagerie ; si cela échoue partout, le serveur ou son nom est faux. Ou lancez le test ci-dessous.',
  'policy.answer.who.thisDevice':
    'Vous, dans les réglages de votre application de messagerie ou de votre script.',
  'policy.answer.next.readFullError': 'Lisez l’erreur complète ci-dessous.',
  'policy.answer.copy.settings': 'Copier les réglages',
  'policy.answer.admin.greeting.there': 'Bonjour,',
  'policy.answer.admin.greeting.administrator': 'Bonjour à l’administrateur,',
  'policy.answer.admin.greeting.supportTeam': 'Bonjour à l’équipe de support,',
  'policy.answer.admin.fails': 'l’envoi d’e-mails échoue. Cette erreur s’est affichée :',
  'policy.answer.admin.fails.from':
    'l’envoi d’e-mails depuis {pageHost} échoue. Cette erreur s’est affichée :',
  'policy.answer.admin.fails.at': 'l’envoi d’e-mails échoue. Cette erreur s’est affichée le {time} :',
  'policy.answer.admin.fails.fromAt':
    'l’envoi d’e-mails depuis {pageHost} échoue. Cette erreur s’est affichée le {time} :',
  'policy.answer.admin.check.connect':
    'Merci de vérifier si ce serveur peut ouvrir des connexions sortantes vers {host} sur le port {ports} (beaucoup d’hébergeurs bloquent le port 25 ; 587 avec STARTTLS et 465 avec SSL/TLS sont les ports prévus pour l’envoi), et si le serveur de messagerie fonctionne.',
  'policy.answer.admin.check.connectNoPort':
    'Merci de vérifier si ce serveur peut ouvrir des connexions sortantes vers {host} sur le port SMTP (beaucoup d’hébergeurs bloquent le port 25 ; 587 avec STARTTLS et 465 avec SSL/TLS sont les ports prévus pour l’envoi), et si le serveur de messagerie fonctionne.',
  'policy.answer.admin.check.connectNoHost':
    'Merci de vérifier si ce serveur peut ouvrir des connexions sortantes vers son serveur de messagerie sur le port {ports} (beaucoup d’hébergeurs bloquent le port 25 ; 587 avec STARTTLS et 465 avec SSL/TLS sont les ports prévus pour l’envoi), et si le serveur de messagerie fonctionne.',
  'policy.answer.admin.check.connectNoHostNoPort':
    'Merci de vérifier si ce serveur peut ouvrir des connexions sortantes vers son serveur de messagerie sur le port SMTP (beaucoup d’hébergeurs bloquent le port 25 ; 587 avec STARTTLS et 465 avec SSL/TLS sont les ports prévus pour l’envoi), et si le serveur de messagerie fonctionne.',
  'policy.answer.admin.check.tls':
    'Merci de vérifier le réglage de chiffrement (465 = SSL/TLS, 587 = STARTTLS) et le certificat du serveur de messagerie.',
  'policy.answer.admin.check.auth':
    'Merci de vérifier le nom d’utilisateur et le mot de passe (ou mot de passe d’application) avec lesquels le serveur se connecte au serveur de messagerie.',
  'policy.answer.admin.check.domain':
    'Merci de vérifier les enregistrements SPF et DKIM de {domain} pour le service qui envoie ses e-mails.',
  'policy.answer.admin.check.domainUnnamed':
    'Merci de vérifier les enregistrements SPF et DKIM du domaine expéditeur pour le service qui envoie ses e-mails.',
  'policy.answer.admin.check.ip':
    'Merci de vérifier l’adresse IP du serveur d’envoi : ses inscriptions sur des listes de blocage et son nom DNS inverse.',
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
};
