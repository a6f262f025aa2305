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
};
