import type { TranslationOf } from '../../catalog';
import type { optionsPage as english } from '../en/options-page';

export const optionsPage: TranslationOf<typeof english> = {
  'options.detect.address': 'Votre adresse e-mail',
  'options.detect.submit': 'Détecter les paramètres',
  'options.detect.busy': 'Recherche des paramètres…',
  'options.detect.enterAddress': 'Saisissez une adresse e-mail, par exemple {example}.',
  'options.detect.isProvider': '{domain} correspond à {name}.',
  'options.detect.found': 'Paramètres trouvés pour {domain}.',
  'options.detect.none':
    'Aucun paramètre trouvé pour {domain}. Choisissez le fournisseur dans la liste, ou demandez son serveur SMTP à votre hébergeur de messagerie.',
  'options.detect.attempts': 'Ce qui a été consulté',
  'options.detect.outcome.found': 'trouvé',
  'options.detect.outcome.notFound': 'introuvable',
  'options.detect.outcome.error': 'erreur',
  'options.detect.outcome.skipped': 'ignoré',

  'options.native.intro':
    'Installez l’assistant une fois (il nécessite Node.js 20 ou plus récent), puis testez-le. Aucun serveur ne reste en marche\u00a0: le navigateur lance l’assistant quand vous effectuez un test.',
  'options.native.copyInstall': 'Copier la commande d’installation',
  'options.native.permission':
    'Le navigateur doit autoriser SMTP Doctor à communiquer avec les programmes de cet ordinateur (messagerie native).',
  'options.native.allow': 'Autoriser les tests locaux',
  'options.native.reloadNeeded':
    'Autorisé. Le navigateur ne l’active que dans les pages ouvertes à partir de maintenant\u00a0: rechargez cette page.',
  'options.native.reload': 'Recharger',
  'options.native.testing': 'Test en cours…',
  'options.native.test': 'Tester l’assistant',
  'options.native.connected': 'Assistant SMTP Doctor {version} sur cet ordinateur',
  'options.native.notRunning': 'L’assistant n’est pas installé, ou n’a pas démarré.',
  'options.native.runThis': 'Exécutez ceci dans un terminal, puis testez à nouveau\u00a0:',

  'options.check.connected': 'Connecté\u00a0: {who}.',
  'options.check.connectedPorts': 'Connecté\u00a0: {who}, teste les ports {ports}.',
  'options.check.connectedLab':
    'Connecté\u00a0: {who} (mode labo\u00a0: cibles en boucle locale autorisées).',
  'options.check.connectedPortsLab':
    'Connecté\u00a0: {who}, teste les ports {ports} (mode labo\u00a0: cibles en boucle locale autorisées).',
  'options.check.unauthorized':
    'Le serveur de tests a refusé le jeton. Copiez-le à nouveau depuis ce qu’il affiche.',
  'options.check.broken': 'Quelque chose a répondu, mais cela n’a pas fonctionné\u00a0: {error}.',

  'options.builtIn.missing':
    'Le navigateur n’autorise pas SMTP Doctor à lire les sites de webmail et de panneaux d’hébergement qu’il surveille ({sites} …)\u00a0: il ne peut donc pas y trouver d’erreurs d’envoi.',
  'options.builtIn.denied': 'L’accès n’a pas été accordé.',
  'options.builtIn.allow': 'Autoriser l’accès à ces sites',

  'options.sites.invalid': 'Saisissez un nom d’hôte, par exemple {example} ou {wildcard}.',
  'options.sites.refused': 'Le navigateur a refusé la demande\u00a0: {error}',
  'options.sites.denied': 'L’accès n’a pas été accordé\u00a0: le site n’est donc pas surveillé.',
  'options.sites.failed': 'Impossible de commencer à surveiller le site\u00a0: {error}',

  'options.import.notJson': 'Le fichier n’est pas un JSON valide.',
  'options.import.notOurs': 'Ce n’est pas un fichier de paramètres SMTP Doctor.',
  'options.import.unknownVersion': 'Le fichier a une version de paramètres inconnue.',
  'options.import.newer':
    'Le fichier provient d’une version plus récente (paramètres v{version})\u00a0: mettez à jour l’extension.',
  'options.import.empty': 'Le fichier ne contient aucun paramètre.',

  'options.problem.notObject': 'pas un objet',
  'options.problem.notText': 'pas un texte',
  'options.problem.incompleteServer': 'paramètres de serveur incomplets',
  'options.problem.unknownPlace': 'lieu inconnu',
  'options.problem.notHttp': 'pas une adresse http(s)',
  'options.problem.unknownRoute': 'voie de test inconnue',
  'options.problem.notSite': 'pas un site',
  'options.problem.notSitePattern': 'pas un modèle de site\u00a0: {pattern}',
  'options.problem.notList': 'pas une liste',
  'options.problem.unknownResolver': 'résolveur inconnu',
  'options.problem.unknownLanguage': 'langue inconnue\u00a0: {value}',
  'options.problem.unreadable': 'illisible',
};
