import type { MessageKey } from './i18n';
import type { Vantage } from './vantage';

/**
 * Who the sections below a card's first screen speak to, decided by where the failing
 * connection was made (lib/vantage). The one table the explanations, the guided fix and
 * the popup read: a webmail user gets no mail-app tabs or phone-hotspot test, a bounce no
 * app settings. Pure.
 */

/**
 * What a step needs of its reader. Steps without a scope suit every reader.
 * - user-network: the user's own computer and network are where the connection failed
 *   (try a phone hotspot, ask the internet provider);
 * - server-host: the server that made the connection is on someone's hosting
 *   (the host's port policy, its support);
 * - app-settings: the reader changes the SMTP settings of the app or site that sends.
 */
export type StepScope = 'user-network' | 'server-host' | 'app-settings';

/** Which of the app guides (lib/fix/clients) the card offers. */
export type ClientChoice =
  /** Every app and script: the user sends from one of them. */
  | 'all'
  /** Only the web app the page is (WP Mail SMTP on WordPress): its admin sets it there. */
  | 'page-app'
  /** None: the reader configures no app. */
  | 'none';

export interface Audience {
  /** Heading of the fix steps. */
  stepsHeading: string;
  /** Steps with one of these scopes are kept; other scoped steps are dropped. */
  scopes: ReadonlySet<StepScope>;
  clients: ClientChoice;
  /** Offer the provider walkthrough (server, port, security, user name to set). */
  walkthrough: boolean;
  /** The walkthrough's first step: where those settings are (a message of lib/i18n). */
  settingsPlace: MessageKey;
  /** Offer "Choose your mail provider" when no provider is known. */
  providerPrompt: boolean;
  /**
   * Offer the probes and the login check: they test a connection like the one that failed,
   * from wherever the probe backend runs (this computer, or the server it is installed on).
   */
  probes: boolean;
  /** Where the probes test from, said beside them. */
  probesFrom: string;
  /** The heading of probe results quoted in the blocked-port guide (a message of lib/i18n). */
  measuredFrom: MessageKey;
  /** Whom the blocked-port guide addresses: the sender at their app, or the server's admin. */
  port25: 'sender' | 'server-admin';
}

export const AUDIENCES: Readonly<Record<Vantage, Audience>> = {
  'this-device': {
    stepsHeading: 'How to fix it, step by step',
    scopes: new Set<StepScope>(['user-network', 'app-settings']),
    clients: 'all',
    walkthrough: true,
    settingsPlace: 'fix.walkthrough.settingsPlace.thisDevice',
    providerPrompt: true,
    probes: true,
    probesFrom: 'Tests from this computer through your probe backend',
    measuredFrom: 'fix.port25.measuredFrom.thisComputer',
    port25: 'sender',
  },
  'web-server': {
    stepsHeading: 'How the site’s administrator fixes it',
    scopes: new Set<StepScope>(['server-host', 'app-settings']),
    clients: 'page-app',
    walkthrough: true,
    settingsPlace: 'fix.walkthrough.settingsPlace.webServer',
    providerPrompt: true,
    probes: true,
    probesFrom:
      'Tests from wherever your probe backend runs: on the server behind this page they show what that server can reach, on this computer only what this network can',
    measuredFrom: 'fix.port25.measuredFrom.probeBackend',
    port25: 'server-admin',
  },
  'mail-server': {
    stepsHeading: 'What the sender or the domain’s owner can do',
    scopes: new Set<StepScope>(['server-host']),
    clients: 'none',
    walkthrough: false,
    settingsPlace: 'fix.walkthrough.settingsPlace.mailServer',
    providerPrompt: false,
    // The provider's server made the connection: no probe from here or from the sender's server repeats it.
    probes: false,
    probesFrom: 'Tests from wherever your probe backend runs',
    measuredFrom: 'fix.port25.measuredFrom.probeBackend',
    port25: 'server-admin',
  },
};

export function audienceOf(vantage: Vantage | undefined): Audience {
  return AUDIENCES[vantage ?? 'this-device'];
}

/** Whether a step of this scope is for the reader at this vantage. */
export function stepFits(scope: StepScope | undefined, vantage: Vantage | undefined): boolean {
  return scope === undefined || audienceOf(vantage).scopes.has(scope);
}

/** The app guides to offer, given the one the error or page points at. */
export function clientsToOffer<G extends { id: string; kind: string }>(
  vantage: Vantage | undefined,
  guides: readonly G[],
  guessed: string | undefined,
): G[] {
  const choice = audienceOf(vantage).clients;
  if (choice === 'all') return [...guides];
  if (choice === 'none') return [];
  return guides.filter((g) => g.kind === 'web-app' && g.id === guessed);
}
