export type {
  ClientGuide,
  ClientId,
  CopyValue,
  FixSettings,
  SecretKind,
  Snippet,
  Walkthrough,
  WalkthroughStep,
} from './types';
export { buildWalkthrough, securityLabel } from './walkthrough';
export { buildClientGuide, buildClientGuides, CLIENT_IDS } from './clients';
export { fixSettingsFromDiscovery, fixSettingsFromProvider } from './settings';
export { buildPort25Guide, describeEvidence, relaysWith2525 } from './port25';
export type { Port25Guide, Port25GuideInput, PortEvidence, WayOut } from './port25';
