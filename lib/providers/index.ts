export * from './types';
export { MAILBOX_PROVIDERS } from './mailbox';
export { RELAYS } from './relays';
export { PANELS, DOMAIN_PLACEHOLDER } from './panels';
export { PORT_POLICIES, CLOUD_POLICIES, ISP_POLICIES } from './port-policies';
export {
  ALL_PROVIDERS,
  getProvider,
  findProviderByDomain,
  findProviderByMx,
  serversFor,
  usernameFor,
} from './lookup';
export type { ProviderMatch } from './lookup';
export { detectHostContext, detectHostContexts, detectPanel } from './host-context';
export type { HostContextMatch, HostContextOptions } from './host-context';
export { AUTH_ADVISORIES, adviseAuth, authAdvisories, m365BasicAuthStatus } from './auth-advisor';
export type { AuthAdvisory, AuthAdvice, AuthAdviceInput } from './auth-advisor';
export { domainOf, localPartOf, isValidHostname, matchHostGlob, extractHostnames } from './hostnames';

import { PORT_POLICIES } from './port-policies';
import type { PortPolicy } from './types';

export function getPortPolicy(id: string): PortPolicy | undefined {
  return PORT_POLICIES.find((p) => p.id === id);
}
