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
};
