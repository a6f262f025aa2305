import type { TranslationOf } from '../../catalog';
import type { providers as english } from '../en/providers';

export const providers: TranslationOf<typeof english> = {
  'providers.auth.m365SmtpAuthDisabled.title':
    'Microsoft 365 : SMTP AUTH est désactivé pour ce locataire ou cette boîte aux lettres',
  'providers.auth.m365SmtpAuthDisabled.summary':
    'SMTP AUTH est désactivé pour les organisations créées après janvier 2020. Trois réglages doivent tous l’autoriser : les paramètres de sécurité par défaut, le paramètre du locataire SmtpClientAuthenticationDisabled et « SMTP authentifié » de la boîte aux lettres.',
  'providers.auth.m365SmtpAuthDisabled.step1':
    'Demandez à votre administrateur Microsoft 365 d’activer « SMTP authentifié » pour cette boîte aux lettres.',
  'providers.auth.m365SmtpAuthDisabled.step2':
    'Si le locataire le bloque (SmtpClientAuthenticationDisabled = true) ou si les paramètres de sécurité par défaut sont actifs, l’administrateur doit autoriser SMTP AUTH pour le locataire ou exempter la boîte aux lettres.',
  'providers.auth.m365SmtpAuthDisabled.step3':
    'Préférez OAuth2 quand l’application le permet : l’authentification de base (Basic) pour SMTP AUTH est en cours de retrait.',

  'providers.auth.m365BasicAuthRetirement.title':
    'Microsoft 365 : l’authentification de base (Basic) pour SMTP AUTH est en cours de retrait',
  'providers.auth.m365BasicAuthRetirement.summary':
    'Exchange Online supprime la connexion par nom d’utilisateur et mot de passe (Basic) pour l’envoi SMTP des clients (Message Center MC786329). Les applications doivent passer à OAuth2 ou à un autre moyen d’envoi.',
  'providers.auth.m365BasicAuthRetirement.step1':
    'Si l’application ou l’appareil prend en charge OAuth2 pour SMTP, passez à OAuth2.',
  'providers.auth.m365BasicAuthRetirement.step2':
    'Sinon : envoyez par un relais SMTP avec connecteur, Azure Communication Services Email, Microsoft 365 High Volume Email (courrier interne) ou un relais tiers.',
  'providers.auth.m365BasicAuthRetirement.step3':
    'Tant que le réglage par défaut ne change pas, un administrateur peut garder SMTP AUTH Basic actif par locataire ; prévoyez quand même le changement.',
  'providers.auth.m365BasicAuthRetirement.timeline.announced': 'Annoncé pour septembre 2025.',
  'providers.auth.m365BasicAuthRetirement.timeline.delayed':
    'Reporté : refus prévus à partir du 2026-03-01, pour atteindre 100 % le 2026-04-30.',
  'providers.auth.m365BasicAuthRetirement.timeline.replanned':
    'Replanifié : comportement inchangé jusqu’en décembre 2026.',
  'providers.auth.m365BasicAuthRetirement.timeline.defaultOff':
    'Fin décembre 2026 : désactivé par défaut pour les locataires existants ; les administrateurs peuvent encore l’activer. Les locataires créés après décembre 2026 ne l’ont pas par défaut.',
  'providers.auth.m365BasicAuthRetirement.timeline.finalDate':
    'Second semestre 2027 : Microsoft annonce la date de suppression définitive.',
  'providers.auth.m365BasicAuthRetirement.status.before':
    'Jusqu’à fin décembre 2026, SMTP AUTH avec l’authentification de base (Basic) continue de fonctionner là où le locataire l’autorise.',
  'providers.auth.m365BasicAuthRetirement.status.after':
    'Depuis fin décembre 2026, SMTP AUTH avec l’authentification de base (Basic) est désactivé par défaut pour les locataires existants (un administrateur peut le réactiver) et indisponible par défaut pour les nouveaux locataires ; Microsoft annoncera la date de suppression définitive au second semestre 2027.',

  'providers.auth.outlookComOAuth.title':
    'Outlook.com / Hotmail : les mots de passe ne fonctionnent plus dans les applications de messagerie',
  'providers.auth.outlookComOAuth.summary':
    'Depuis le 2024-09-16, les comptes Microsoft personnels (outlook.com, hotmail.com, live.com, msn.com) n’acceptent plus que l’authentification moderne (OAuth2) dans les autres applications de messagerie. Les mots de passe et les mots de passe d’application sont refusés en SMTP.',
  'providers.auth.outlookComOAuth.step1':
    'Utilisez une application de messagerie qui se connecte avec Microsoft (OAuth2) : Outlook récent, Thunderbird, Apple Mail.',
  'providers.auth.outlookComOAuth.step2':
    'Pour un script ou un appareil qui ne sait envoyer qu’un mot de passe, envoyez plutôt par un autre fournisseur ou un relais.',

  'providers.auth.googleLessSecureApps.title':
    'Google : le mot de passe du compte ne fonctionne plus pour SMTP',
  'providers.auth.googleLessSecureApps.summary':
    'Google a désactivé la connexion par mot de passe pour les « applications moins sécurisées » : le 2022-05-30 pour les comptes personnels, le 2024-09-30 pour les comptes Workspace (« à l’exception des mots de passe d’application »). Gmail répond « 535 5.7.8 Username and Password not accepted » ou « 534 5.7.9 Application-specific password required ».',
  'providers.auth.googleLessSecureApps.step1': 'Activez la validation en deux étapes pour le compte Google.',
  'providers.auth.googleLessSecureApps.step2':
    'Créez un mot de passe d’application et utilisez-le à la place du mot de passe du compte (le nom d’utilisateur reste votre adresse complète).',
  'providers.auth.googleLessSecureApps.step3':
    'Ou utilisez une application qui se connecte avec Google (OAuth2).',
  'providers.auth.googleLessSecureApps.timeline.personalOff':
    'Applications moins sécurisées désactivées pour les comptes Google personnels.',
  'providers.auth.googleLessSecureApps.timeline.workspaceNew':
    'Workspace : nouvelles connexions des applications moins sécurisées refusées.',
  'providers.auth.googleLessSecureApps.timeline.workspaceOff':
    'Workspace : connexion par mot de passe désactivée pour IMAP, SMTP, POP, CalDAV, CardDAV (sauf mots de passe d’application).',

  'providers.auth.appPassword.title': '{provider} : utilisez un mot de passe d’application',
  'providers.auth.appPassword.step1':
    'Créez un mot de passe d’application dans les paramètres de votre compte {provider}.',
  'providers.auth.appPassword.step2':
    'Saisissez-le dans l’application de messagerie à la place du mot de passe de votre compte.',
  'providers.auth.yahoo.summary':
    'Les applications de messagerie qui n’utilisent pas la page de connexion de Yahoo doivent se connecter avec un mot de passe d’application (« Générer un mot de passe d’application » dans Sécurité du compte). Les mots de passe d’application restent valables si vous changez le mot de passe principal.',
  'providers.auth.icloud.summary':
    'iCloud Mail refuse le mot de passe du compte Apple en SMTP : créez un mot de passe pour application (il faut l’identification à deux facteurs) et utilisez votre adresse iCloud comme nom d’utilisateur.',
  'providers.auth.fastmail.summary':
    'Fastmail : votre mot de passe Fastmail habituel ne fonctionne pas dans les applications de messagerie — créez un mot de passe d’application avec accès SMTP. L’offre Basic n’a pas de SMTP.',
  'providers.auth.yandex.summary':
    'Les applications de messagerie se connectent à Yandex avec un mot de passe d’application ; « quand l’authentification à deux facteurs est activée, les mots de passe d’application sont obligatoires ».',
  'providers.auth.zoho.summary':
    'Avec l’authentification à deux facteurs activée, Zoho Mail exige un mot de passe spécifique à l’application dans les applications de messagerie. Utilisez l’hôte SMTP de votre centre de données (smtp.zoho.eu, smtp.zoho.in, …).',
  'providers.username.email': 'votre adresse e-mail complète',
  'providers.username.localpart': 'la partie de votre adresse avant le @',
  'providers.username.literal': 'exactement le texte « {value} »',
  'providers.discovery.detail.noUsableServer': 'aucun serveur SMTP utilisable',
  'providers.discovery.detail.noSrv': 'aucun enregistrement SRV',
  'providers.discovery.detail.noDomain': "le domaine n'existe pas",
  'providers.discovery.detail.noMx': 'aucun enregistrement MX',
  'providers.discovery.detail.mxUnknown': "l'hôte MX n'appartient à aucun fournisseur connu",
  'providers.discovery.detail.mxUnknownIspdb':
    "l'hôte MX n'appartient à aucun fournisseur connu ; ISPDB {base} : {detail}",
  'providers.discovery.detail.noPreset': 'aucun préréglage pour ce domaine',
  'providers.discovery.detail.offline': 'hors ligne',
  'providers.discovery.detail.noNetwork': 'ni accès réseau ni résolveur fourni',
  'providers.discovery.notConfirmed': '{text} (non confirmé)',
  'providers.discovery.username.asGiven': 'tel que fourni par le fournisseur',
  'providers.discovery.username.formed': 'construit selon {template}',
  'providers.discovery.username.srv': 'non publié dans le DNS : en général votre adresse e-mail complète',
  'providers.discovery.plainLast':
    'Un serveur proposé sans TLS est placé en dernier ; évitez-le quand un autre fonctionne.',
  'providers.discovery.oauthOnly':
    'Ce fournisseur n’accepte que la connexion OAuth2 : utilisez une application de messagerie qui la prend en charge.',
  'providers.discovery.srvNotOffered': '{label} est publié comme non proposé (cible « . »).',
  'providers.discovery.mxProvider': 'Le courrier de ce domaine est géré par {provider} (MX {mx}).',
  'providers.discovery.mxIspdb': 'Trouvé via le domaine {base} de l’hôte MX dans l’ISPDB de Thunderbird.',
  'providers.discovery.notAnAddress': 'Ce n’est ni une adresse e-mail ni un nom de domaine.',
  'providers.discovery.skipped':
    'La recherche sur le réseau a été sautée ; seuls les préréglages intégrés ont été vérifiés.',
  'providers.discovery.failed':
    'La recherche sur le réseau a échoué (pas de réponse du DNS ni des serveurs autoconfig) ; seuls les préréglages intégrés ont été vérifiés.',
  'providers.discovery.nothing':
    'Aucune source ne publie de paramètres d’envoi pour ce domaine. Demandez au fournisseur de messagerie, ou essayez smtp.<domain> / mail.<domain> sur 587 (STARTTLS) ou 465 (TLS).',
};
