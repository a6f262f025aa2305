import { authExamples } from './auth';
import { clientExamples } from './clients';
import { codeExamples } from './codes';
import { connectionExamples } from './connection';
import { dnsExamples } from './dns-lookup';
import { envelopeExamples } from './envelope';
import { genericExamples } from './generic';
import { providerExamples } from './providers';
import { tlsExamples } from './tls-handshake';
import type { FamilyExamples } from './types';

/** Every family's examples, keyed like RULE_FAMILIES. */
export const ALL_EXAMPLES: Readonly<Record<string, FamilyExamples>> = {
  connection: connectionExamples,
  dns: dnsExamples,
  tls: tlsExamples,
  auth: authExamples,
  envelope: envelopeExamples,
  providers: providerExamples,
  clients: clientExamples,
  codes: codeExamples,
  generic: genericExamples,
};
