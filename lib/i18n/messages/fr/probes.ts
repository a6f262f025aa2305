import type { TranslationOf } from '../../catalog';
import type { probesUi as english } from '../en/probes';

export const probesUi: TranslationOf<typeof english> = {
  'probes.login.summary': 'Vérifier la connexion',
  'probes.login.host': 'Serveur SMTP',
  'probes.login.hostPlaceholder': 'le serveur SMTP de votre fournisseur',
  'probes.login.port': 'Port',
  'probes.login.user': 'Nom d’utilisateur',
  'probes.login.pass': 'Mot de passe ou mot de passe d’application',
  'probes.login.checking': 'Vérification…',
  'probes.login.check': 'Vérifier la connexion',
  'probes.login.hint':
    'Une seule tentative de connexion depuis cet ordinateur, via votre serveur de tests. Le mot de passe n’est ni enregistré ni journalisé.',
  'probes.login.chooseProvider': 'Choisir votre fournisseur',
  'probes.login.sendsTo': 'Votre mot de passe sera envoyé à {target}',
  'probes.login.notProvider': '{target} n’est pas un serveur de {provider}.',
  'probes.login.onlyProvider':
    'N’envoyez votre mot de passe qu’à un serveur dont vous savez qu’il appartient à votre fournisseur ({host}).',
  'probes.login.noProviderTarget':
    'Aucun fournisseur de messagerie n’est choisi : rien ne confirme ce serveur.',
  'probes.login.noProvider': 'Aucun fournisseur de messagerie n’est choisi.',
  'probes.login.checkTarget':
    'Vérifiez que {target} est bien le serveur SMTP de votre fournisseur avant d’envoyer votre mot de passe.',
  'probes.login.typeServer':
    'Saisissez le serveur SMTP de votre fournisseur et vérifiez qu’il est bien le sien avant d’envoyer votre mot de passe.',
  'probes.login.notRunning': 'Le serveur de tests ne tourne pas.',
  'probes.login.startIt': 'Lancez-le sur cet ordinateur :',
  'probes.login.copyStart': 'Copier la commande de démarrage',
  'probes.login.notTried': 'Non tenté :',
  'probes.login.accepted': 'Accepté :',
  'probes.login.acceptedDetail':
    'le serveur sur le port {port} a accepté ce nom d’utilisateur et ce mot de passe.',
  'probes.login.rejected': 'Refusé :',
  'probes.login.rejectedCode': 'Refusé ({code}) :',
  'probes.login.refused': 'le serveur a refusé la connexion.',
  'probes.runner.noLogin': 'Le serveur de tests n’a pas effectué la vérification de connexion.',
  'probes.nativeLabel': 'l’assistant SMTP Doctor sur cet ordinateur',
  'probes.dns.off': 'Les vérifications DNS sont désactivées.',
  'probes.dns.chooseResolver': 'Choisir un résolveur dans les paramètres',
  'probes.dns.title': 'Vérifications DNS',
  'probes.dns.host': 'Serveur SMTP',
  'probes.dns.domain': 'Votre domaine',
  'probes.dns.checking': 'Vérification…',
  'probes.dns.check': 'Vérifier le DNS',
  'probes.dns.asks': 'Interroge {resolver} via HTTPS, seulement quand vous appuyez sur le bouton.',
  'probes.dns.results': 'Résultats DNS',
  'probes.manual.server': 'Sur le serveur',
  'probes.manual.typeHost':
    'Saisissez ci-dessus le serveur à tester pour obtenir des commandes à lancer vous-même.',
  'probes.manual.badHost': 'Ce nom d’hôte ne peut pas être utilisé dans une commande.',
  'probes.manual.title': 'Vérifier vous-même',
  'probes.manual.port': 'Port',
  'probes.manual.platform': 'Système',
  'probes.manual.copy': 'Copier la commande {tool}',
  'probes.manual.howToRead': 'Comment lire le résultat',
  'probes.client.timeout': 'le serveur de tests à {url} n’a pas répondu en {ms} ms',
  'probes.client.notRunning':
    'aucun serveur de tests ne répond à {url}. Lancez-le sur cet ordinateur avec : {command}',
  'probes.client.notRunningWhy':
    'aucun serveur de tests ne répond à {url}. Lancez-le sur cet ordinateur avec : {command} ({why})',
  'probes.client.unexpectedAnswer': 'réponse inattendue de {url} (HTTP {status})',
  'probes.client.notBackend': '{url} a répondu HTTP {status}, mais pas comme le serveur de tests',
  'probes.client.tokenRefused': 'le serveur de tests a refusé le jeton : {error}',
  'probes.client.tokenMissing':
    'le serveur de tests a refusé le jeton : il est absent (Authorization: Bearer <token>)',
  'probes.client.tokenWrong': 'le serveur de tests a refusé le jeton : il est incorrect',
  'probes.client.refused': 'la demande a été refusée : {error}',
  'probes.client.notJson': '{url} n’a pas répondu en JSON : est-ce bien le serveur de tests ?',
  'probes.client.malformedJson': '{url} a envoyé du JSON mal formé',
  'probes.client.noBody': 'le serveur de tests a envoyé une réponse vide',
  'probes.client.malformedLine': 'le serveur de tests a envoyé une ligne mal formée',
  'probes.client.probeFailed': 'le test a échoué : {error}',
  'probes.client.unexpectedLine': 'le serveur de tests a envoyé une ligne inattendue',
  'probes.client.cutShort': 'le serveur de tests a coupé la réponse avant le verdict',
  'probes.client.notSmtpDoctor': '{url} n’est pas un serveur de tests SMTP Doctor',
  'probes.client.notProbeResults': 'le serveur de tests a répondu, mais sans résultats de tests',
  'probes.native.noApi':
    'les tests locaux ne sont pas activés dans ce navigateur (l’autorisation « nativeMessaging » n’est pas accordée, ou cette page a été ouverte avant l’autorisation)',
  'probes.native.notEnabled': 'les tests locaux ne sont pas activés dans ce navigateur ({why})',
  'probes.native.timeout': 'l’assistant SMTP Doctor sur cet ordinateur n’a pas répondu en {ms} ms',
  'probes.native.notInstalled':
    'l’assistant SMTP Doctor sur cet ordinateur n’est pas installé ou n’a pas démarré. Installez-le avec : {command}',
  'probes.native.notInstalledWhy':
    'l’assistant SMTP Doctor sur cet ordinateur n’est pas installé ou n’a pas démarré. Installez-le avec : {command} ({why})',
  'probes.native.unexpected': 'l’assistant SMTP Doctor sur cet ordinateur a envoyé un message inattendu',
  'probes.native.unreachable': 'l’assistant SMTP Doctor sur cet ordinateur est injoignable ({why})',
  'probes.native.notHost': 'le programme sur cet ordinateur n’est pas l’assistant de tests SMTP Doctor',
  'probes.refusal.hostEmpty': 'aucun serveur indiqué',
  'probes.refusal.hostTooLong': 'le nom du serveur est trop long',
  'probes.refusal.notAHost': '« {host} » n’est ni un nom de serveur ni une adresse IP',
  'probes.refusal.notAHostPort':
    '« {host} » n’est ni un nom de serveur ni une adresse IP (indiquez les ports à part)',
  'probes.refusal.invalidHostName': '« {host} » n’est pas un nom de serveur valide',
  'probes.refusal.address': 'cible refusée : {address} est {range}',
  'probes.refusal.notAnIp': 'cible refusée : « {address} » n’est pas une adresse IP',
  'probes.refusal.resolves': 'cible refusée : {name} pointe vers {range}',
  'probes.refusal.resolvesNotIp':
    'cible refusée : {name} pointe vers « {address} », qui n’est pas une adresse IP',
  'probes.refusal.localName': 'cible refusée : « {name} » est un nom local',
  'probes.refusal.singleLabel':
    'cible refusée : « {name} » est un nom sans point (il serait résolu à l’intérieur de ce réseau)',
  'probes.refusal.notAPortList': '« {text} » n’est pas une liste de ports',
  'probes.refusal.portsNotAllowed':
    '{count, plural, one {port {ports} non autorisé ; ce serveur de tests teste {allowed}} other {ports {ports} non autorisés ; ce serveur de tests teste {allowed}}}',
  'probes.refusal.loginNeedsLoopback':
    'la vérification de connexion n’est possible que si le serveur de tests écoute sur l’adresse de bouclage (loopback)',
  'probes.refusal.busy':
    '{running, plural, one {occupé : # test en cours, réessayez dans un instant} other {occupé : # tests en cours, réessayez dans un instant}}',
  'probes.refusal.rateLimited':
    '{seconds, plural, one {trop de demandes (limite {max}), réessayez dans # seconde} other {trop de demandes (limite {max}), réessayez dans # secondes}}',
  'probes.refusal.tokenMissing': 'jeton absent (Authorization: Bearer <token>)',
  'probes.refusal.tokenWrong': 'jeton incorrect',
  'probes.refusal.internal': 'erreur interne',
  'probes.range.private': 'une adresse privée',
  'probes.range.loopback': 'une adresse de bouclage (loopback)',
  'probes.range.linkLocal': 'une adresse lien-local',
  'probes.range.multicast': 'une adresse multicast',
  'probes.range.uniqueLocal': 'une adresse IPv6 locale unique',
  'probes.range.ipv4Mapped': 'une adresse IPv6 qui contient une adresse IPv4 (IPv4-mapped)',
  'probes.range.rfc6145': 'une adresse IPv6 traduite depuis IPv4',
  'probes.range.rfc6052': 'une adresse NAT64',
  'probes.range.6to4': 'une adresse 6to4',
  'probes.range.teredo': 'une adresse Teredo',
  'probes.range.carrierGradeNat': 'une adresse de NAT d’opérateur (CGNAT)',
  'probes.range.reserved': 'une adresse réservée',
  'probes.range.unspecified': 'l’adresse non spécifiée',
  'probes.range.broadcast': 'l’adresse de diffusion (broadcast)',
  'probes.range.metadata': 'une adresse de métadonnées cloud',
  'probes.range.ipv4Compatible': 'une adresse IPv6 compatible IPv4',
  'probes.range.special': 'une adresse à usage spécial ({range})',
  'probes.verdict.best.starttls': 'le port {port} avec STARTTLS fonctionne',
  'probes.verdict.best.tls': 'le port {port} avec SSL/TLS fonctionne',
  'probes.verdict.best.plain': 'le port {port} répond, mais sans chiffrement',
  'probes.verdict.bestHere.starttls': 'le port {port} avec STARTTLS fonctionne depuis ici',
  'probes.verdict.bestHere.tls': 'le port {port} avec SSL/TLS fonctionne depuis ici',
  'probes.verdict.bestHere.plain': 'le port {port} répond depuis ici, mais sans chiffrement',
  'probes.verdict.fix.starttls': 'utilisez le port {port} avec STARTTLS',
  'probes.verdict.fix.tls': 'utilisez le port {port} avec SSL/TLS (TLS implicite)',
  'probes.verdict.fix.plain':
    'utilisez le port {port} (il ne propose aucun chiffrement : n’y envoyez pas de mot de passe)',
  'probes.verdict.dns': '{host} ne se résout pas depuis ici',
  'probes.verdict.dnsWhy': '{host} ne se résout pas depuis ici ({error})',
  'probes.verdict.dnsFix':
    'vérifiez que le nom du serveur SMTP ne contient pas de faute de frappe et qu’il existe dans le DNS (votre fournisseur l’indique dans son guide de configuration)',
  'probes.verdict.blockedButWorks': '{ports} : connexion bloquée depuis ici (délai dépassé) ; {works}',
  'probes.verdict.plainOnTls': 'le port {port} répond en SMTP en clair (il attend STARTTLS, pas SSL/TLS)',
  'probes.verdict.tlsOnPlain':
    'le port {port} parle TLS dès le premier octet (il attend SSL/TLS, pas STARTTLS)',
  'probes.verdict.fixChooseTls': 'sur le port {port}, choisissez SSL/TLS (TLS implicite) au lieu de STARTTLS',
  'probes.verdict.fixChooseStarttls': 'sur le port {port}, choisissez STARTTLS au lieu de SSL/TLS',
  'probes.verdict.certUntrusted': 'le certificat du port {port} n’est pas approuvé : {error}',
  'probes.verdict.unknownReason': 'raison inconnue',
  'probes.verdict.fixCertName':
    'utilisez comme serveur SMTP le nom d’hôte indiqué par le certificat ({names}), ou demandez au fournisseur de corriger le certificat',
  'probes.verdict.fixCertOperator':
    'demandez à l’administrateur du serveur d’installer un certificat valide ; ne désactivez pas la vérification des certificats dans votre logiciel de messagerie',
  'probes.verdict.handshakeFails': 'la négociation TLS sur le port {port} échoue : {error}',
  'probes.verdict.fixHandshake':
    'le serveur et cette machine n’ont aucune version TLS ni aucun chiffrement en commun : mettez à jour le logiciel de messagerie (TLS 1.2+) ou demandez à l’administrateur d’activer TLS 1.2/1.3',
  'probes.verdict.allTimedOut':
    'délai dépassé sur tous les ports ({ports}) : un pare-feu bloque SMTP entre ce réseau et {host}',
  'probes.verdict.someTimedOut':
    'délai dépassé sur {ports} et rien d’autre ne répond : un pare-feu bloque SMTP entre ce réseau et {host}',
  'probes.verdict.fixFirewall':
    'essayez depuis un autre réseau (par exemple le partage de connexion d’un téléphone) : si cela fonctionne, ce réseau bloque SMTP — demandez à son administrateur, ou utilisez un relais sur le port 2525 ou une API d’e-mail en HTTPS',
  'probes.verdict.refused': '{ports} : connexion refusée',
  'probes.verdict.unreachable': '{ports} : injoignable (aucune route)',
  'probes.verdict.silent': '{ports} : connexion acceptée, mais aucun message d’accueil SMTP',
  'probes.verdict.answered': 'le port {port} a répondu « {banner} »',
  'probes.verdict.noPortAnswered': 'aucun port n’a répondu',
  'probes.verdict.fixUnreachable':
    'vérifiez le nom du serveur et le port dans le guide de configuration de votre fournisseur ; rien d’utilisable n’écoute là où pointent les paramètres',
  'probes.verdict.port.notUsable': '{port} inutilisable',
  'probes.verdict.port.refused': '{port} refusé',
  'probes.verdict.port.unreachable': '{port} injoignable',
  'probes.verdict.port.dnsError': '{port} erreur DNS',
  'probes.verdict.port.timeout': '{port} délai dépassé',
};
