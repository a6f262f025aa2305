/**
 * Provider knowledge as data. Every record names its sources and the date the
 * facts were checked; a fact that rests only on secondary sources says so.
 */

/** The date every record in lib/providers was checked against its sources. */
export const CHECKED = '2026-11-28' as const;
export type CheckedDate = typeof CHECKED;

/** 'ssl' = implicit TLS from the first byte (465); 'starttls' = plain connect, then STARTTLS (587/25/2525). */
export type Security = 'ssl' | 'starttls';

export interface Source {
  url: string;
  title: string;
  /** Date printed on the source, when it has one (YYYY-MM-DD or YYYY-MM). */
  date?: string;
  /** Not the provider's own page: a third-party copy, guide or configuration. */
  secondary?: boolean;
  /** The page exists only at an http:// address (old vendor pages). */
  httpOnly?: boolean;
  /** The page itself was not read: its words were read as a verbatim quote at this address. */
  quotedIn?: string;
}

export interface SubmissionServer {
  host: string;
  port: number;
  security: Security;
  note?: string;
  /** Present and false when the value rests only on secondary sources. */
  verified?: false;
}

/** How the SMTP user name is formed. */
export type UsernameRule =
  | { form: 'email'; note?: string }
  | { form: 'localpart'; note?: string }
  | { form: 'literal'; value: string; note?: string }
  | { form: 'credential'; note: string };

export type AuthKind =
  | 'app-password'
  | 'oauth2'
  | 'account-setting'
  | 'api-key'
  | 'smtp-credentials'
  | 'bridge-password'
  | 'account-password'
  | 'paid-plan';

export interface AuthRequirement {
  kind: AuthKind;
  /** 'always': nothing works without it; 'with-2fa': needed once two-step sign-in is on. */
  when: 'always' | 'with-2fa' | 'alternative';
  text: string;
  helpUrl?: string;
  verified?: false;
}

/** Same ports and TLS modes as the record, on another host (regional endpoints, product lines). */
export interface HostVariant {
  id: string;
  label: string;
  host: string;
  /** Address domains served by this host (a regional data centre's own domains). */
  domains?: string[];
  /** MX suffixes that point at this variant. */
  mxSuffixes?: string[];
  verified?: false;
  sources?: Source[];
}

export type ProviderKind = 'mailbox' | 'relay' | 'panel';

export interface ProviderRecord {
  id: string;
  name: string;
  kind: ProviderKind;
  /** Address domains that belong to this provider (lower case). Empty for relays and panels. */
  domains: string[];
  /** Host-name suffixes of MX records that identify the provider ("aspmx.l.google.com" → "google.com"). */
  mxSuffixes: string[];
  /** Submission servers, the recommended one first. For panels the host holds the `{domain}` placeholder. */
  submission: SubmissionServer[];
  variants?: HostVariant[];
  username: UsernameRule;
  auth: AuthRequirement[];
  /** Documented support for port 2525 (true only with a source saying so). */
  supports2525: boolean;
  helpUrl: string;
  notes?: string[];
  sources: Source[];
  checked: CheckedDate;
}

export type PolicyKind = 'cloud' | 'isp' | 'paas';

export type PolicyMode =
  /** Blocked for every customer until an exception is granted. */
  | 'blocked-by-default'
  /** Blocked with no way to get an exception. */
  | 'blocked-no-exception'
  /** Blocked for accounts created after a date or still new. */
  | 'restricted-new-accounts'
  /** Open, but closed when the network sees spam from the customer. */
  | 'reactive'
  /** Only the provider's own mail servers may be reached on the port. */
  | 'own-servers-only'
  /** No published policy was found: the record only recognises the host. */
  | 'no-published-policy';

export interface PortPolicy {
  id: string;
  name: string;
  kind: PolicyKind;
  mode: PolicyMode;
  /** Outbound ports the policy blocks. */
  blockedPorts: number[];
  /** Ports the sources say stay open (empty when they say nothing). */
  openPorts: number[];
  summary: string;
  exception: {
    possible: boolean | 'unclear';
    how: string;
    url?: string;
  };
  /** Host-name globs that identify a machine on this network ("*.your-server.de"). */
  hostPatterns: string[];
  /** Where the host patterns come from, when not from the sources above. */
  patternEvidence?: string;
  /** Lower-case names that identify the network in free text (matched as whole words). */
  keywords: string[];
  notes?: string[];
  sources: Source[];
  checked: CheckedDate;
  verified?: false;
}
