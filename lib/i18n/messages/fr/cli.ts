import type { TranslationOf } from '../../catalog';
import type { cli as english } from '../en/cli';

export const cli: TranslationOf<typeof english> = {
  'cli.usage.title': 'Utilisation :',
  'cli.usage.explain': 'expliquer une erreur d’envoi d’e-mail (TEXTE ou stdin)',
  'cli.usage.settings': 'trouver les paramètres d’envoi',
  'cli.usage.probe': 'tester les ports SMTP depuis cette machine',
  'cli.usage.serve': 'lancer le serveur de tests',
  'cli.usage.native': 'laisser l’extension tester depuis cet ordinateur (sans serveur)',
  'cli.unknownCommand': 'commande inconnue « {name} »',
  'cli.explain.confidence': 'confiance {percent}',
  'cli.explain.rule': 'règle {rule}',
  'cli.explain.evidence': 'Indices',
  'cli.explain.facts': 'Faits',
  'cli.explain.assumed': 'supposé',
  'cli.explain.delivery': 'Type d’envoi : livraison',
  'cli.explain.submission': 'Type d’envoi : soumission',
  'cli.explain.why': 'Pourquoi',
  'cli.explain.confirm': 'Comment le confirmer',
  'cli.explain.fix': 'Comment corriger',
  'cli.explain.alternatives': 'Cela pourrait aussi être',
  'cli.explain.tellApart': 'Pour distinguer : {title}. {text}',
  'cli.help.options': 'Options :',
  'cli.help.exitStatus': 'Code de sortie :',
  'cli.help.help': 'afficher cette aide',
  'cli.error.unknownOption': 'option inconnue « {option} »',
  'cli.explain.help.about':
    "Explique une erreur d'envoi d'e-mail : la cause probable, les indices et la solution.\nLes arguments TEXT sont joints par des espaces ; sans TEXT, l'erreur est lue sur l'entrée standard.\nLe texte est lu comme une erreur que vous avez transmise (mode explication) : les indices faibles comptent\net la réponse est la meilleure hypothèse, avec des alternatives.",
  'cli.explain.help.json': 'afficher un objet JSON :',
  'cli.explain.help.jsonl':
    "mode par lots : lire une chaîne encodée en JSON par ligne de l'entrée standard\net afficher un tel objet par ligne, dans le même ordre",
  'cli.explain.help.scan':
    "lire strictement, comme l'extension lit le texte d'une page que personne n'a soumis",
  'cli.explain.help.endOfOptions': 'fin des options (pour un texte qui commence par « - »)',
  'cli.explain.help.exit0': "une erreur d'envoi a été trouvée (--jsonl : chaque ligne était une chaîne JSON)",
  'cli.explain.help.exit1': "le texte n'est pas une erreur d'envoi d'e-mail",
  'cli.explain.help.exit2':
    "mauvaise utilisation : option inconnue, --json avec --jsonl, aucune entrée (--jsonl : une ligne\nn'était pas une chaîne JSON ou dépassait {limit} ; elle a reçu la réponse {noMatch}\net a été signalée sur stderr), ou l'entrée standard dépassait {limit} : seuls ses derniers\n{limit} ont été expliqués",
  'cli.explain.error.jsonWithJsonl': '--json et --jsonl ne peuvent pas être utilisés ensemble',
  'cli.explain.error.jsonlWithText': "--jsonl lit uniquement l'entrée standard ; retirez le TEXT",
  'cli.explain.error.noInput':
    "rien à expliquer : donnez l'erreur en TEXT ou envoyez-la sur l'entrée standard",
  'cli.explain.error.empty': "l'entrée est vide : rien à expliquer",
  'cli.explain.error.lineNotJson': 'ligne {line} : pas une chaîne encodée en JSON ; réponse match:false',
  'cli.explain.error.lineTooLong': 'ligne {line} : dépasse {limit} ; réponse match:false',
  'cli.explain.error.cut':
    "l'entrée a été coupée : elle faisait {bytes} octets ; seuls ses derniers {limit} ont été expliqués (code de sortie 2)",
};
