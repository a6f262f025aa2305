import { authRules } from './auth';
import { clientRules } from './clients';
import { codeRules } from './codes';
import { connectionRules } from './connection';
import { dnsRules } from './dns-lookup';
import { envelopeRules } from './envelope';
import { genericRules } from './generic';
import { providerRules } from './providers';
import type { Rule } from './rule';
import { tlsRules } from './tls-handshake';

/** The rule table: every family, in one registry. Order does not decide; tiers and positions do. */
export const RULE_FAMILIES: Readonly<Record<string, readonly Rule[]>> = {
  connection: connectionRules,
  dns: dnsRules,
  tls: tlsRules,
  auth: authRules,
  envelope: envelopeRules,
  providers: providerRules,
  clients: clientRules,
  codes: codeRules,
  generic: genericRules,
};

export const RULES: readonly Rule[] = Object.values(RULE_FAMILIES).flat();

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
