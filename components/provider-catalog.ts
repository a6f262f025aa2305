import { ALL_PROVIDERS, PORT_POLICIES, getPortPolicy, getProvider } from '../lib/providers/index';
import type { PortPolicy, ProviderRecord } from '../lib/providers/index';
import type { MessageKey } from '../lib/i18n/messages';

export { ALL_PROVIDERS, PORT_POLICIES };

export function providerById(id: string | null | undefined): ProviderRecord | undefined {
  return id ? getProvider(id) : undefined;
}

export function policyById(id: string | null | undefined): PortPolicy | undefined {
  return id ? getPortPolicy(id) : undefined;
}

/** Case-insensitive search over name, id, address domains and regional variants. */
export function searchProviders(
  query: string,
  list: readonly ProviderRecord[] = ALL_PROVIDERS,
): ProviderRecord[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...list];
  return list.filter(
    (p) =>
      p.name.toLowerCase().includes(q) ||
      p.id.includes(q) ||
      p.domains.some((d) => d.includes(q)) ||
      (p.variants ?? []).some((v) => v.label.toLowerCase().includes(q) || v.host.includes(q)),
  );
}

export const KIND_LABELS = {
  mailbox: 'ui.provider.kind.mailbox',
  relay: 'ui.provider.kind.relay',
  panel: 'ui.provider.kind.panel',
} as const satisfies Record<ProviderRecord['kind'], MessageKey>;
