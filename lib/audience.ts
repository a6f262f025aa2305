import { ENGLISH, type MessageKey, type Translator } from './i18n';
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
  /** The walkthrough's first step: where those settings are. */
  settingsPlace: string;
  /** Offer "Choose your mail provider" when no provider is known. */
  providerPrompt: boolean;
  /**
   * Offer the probes and the login check: they test a connection like the one that failed,
   * from wherever the probe backend runs (this computer, or the server it is installed on).
   */
  probes: boolean;
  /** Where the probes test from, said beside them. */
  probesFrom: string;
  /** The heading of probe results quoted in the blocked-port guide. */
  measuredFrom: string;
  /** Whom the blocked-port guide addresses: the sender at their app, or the server's admin. */
  port25: 'sender' | 'server-admin';
}

/** The sentences of an audience, each a message of the reader's language. */
type AudienceText = 'stepsHeading' | 'settingsPlace' | 'probesFrom' | 'measuredFrom';

const SHAPES: Readonly<
  Record<Vantage, Omit<Audience, AudienceText> & { text: Readonly<Record<AudienceText, MessageKey>> }>
> = {
  'this-device': {
    scopes: new Set<StepScope>(['user-network', 'app-settings']),
    clients: 'all',
    walkthrough: true,
    providerPrompt: true,
    probes: true,
    port25: 'sender',
    text: {
      stepsHeading: 'policy.audience.thisDevice.stepsHeading',
      settingsPlace: 'policy.audience.thisDevice.settingsPlace',
      probesFrom: 'policy.audience.thisDevice.probesFrom',
      measuredFrom: 'policy.audience.thisDevice.measuredFrom',
    },
  },
  'web-server': {
    scopes: new Set<StepScope>(['server-host', 'app-settings']),
    clients: 'page-app',
    walkthrough: true,
    providerPrompt: true,
    probes: true,
    port25: 'server-admin',
    text: {
      stepsHeading: 'policy.audience.webServer.stepsHeading',
      settingsPlace: 'policy.audience.webServer.settingsPlace',
      probesFrom: 'policy.audience.webServer.probesFrom',
      measuredFrom: 'policy.audience.probeBackend.measuredFrom',
    },
  },
  'mail-server': {
    scopes: new Set<StepScope>(['server-host']),
    clients: 'none',
    walkthrough: false,
    providerPrompt: false,
    // The provider's server made the connection: no probe from here or from the sender's server repeats it.
    probes: false,
    port25: 'server-admin',
    text: {
      stepsHeading: 'policy.audience.mailServer.stepsHeading',
      settingsPlace: 'policy.audience.mailServer.settingsPlace',
      probesFrom: 'policy.audience.mailServer.probesFrom',
      measuredFrom: 'policy.audience.probeBackend.measuredFrom',
    },
  },
};

/** The audience at this vantage, speaking the reader's language (default English). */
export function audienceOf(
  vantage: Vantage | undefined,
  translator: Pick<Translator, 't'> = ENGLISH,
): Audience {
  const { text, ...shape } = SHAPES[vantage ?? 'this-device'];
  return {
    ...shape,
    stepsHeading: translator.t(text.stepsHeading),
    settingsPlace: translator.t(text.settingsPlace),
    probesFrom: translator.t(text.probesFrom),
    measuredFrom: translator.t(text.measuredFrom),
  };
}

/** Every audience in English (the default language). */
export const AUDIENCES: Readonly<Record<Vantage, Audience>> = {
  'this-device': audienceOf('this-device'),
  'web-server': audienceOf('web-server'),
  'mail-server': audienceOf('mail-server'),
};

/** Whether a step of this scope is for the reader at this vantage. */
export function stepFits(scope: StepScope | undefined, vantage: Vantage | undefined): boolean {
  return scope === undefined || SHAPES[vantage ?? 'this-device'].scopes.has(scope);
}

/** The app guides to offer, given the one the error or page points at. */
export function clientsToOffer<G extends { id: string; kind: string }>(
  vantage: Vantage | undefined,
  guides: readonly G[],
  guessed: string | undefined,
): G[] {
  const choice = SHAPES[vantage ?? 'this-device'].clients;
  if (choice === 'all') return [...guides];
  if (choice === 'none') return [];
  return guides.filter((g) => g.kind === 'web-app' && g.id === guessed);
}
