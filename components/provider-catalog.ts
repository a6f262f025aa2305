import { MAILBOX_PROVIDERS } from '../lib/providers/mailbox';
import { PANELS } from '../lib/providers/panels';
import { PORT_POLICIES } from '../lib/providers/port-policies';
import { RELAYS } from '../lib/providers/relays';
import type { PortPolicy, ProviderRecord } from '../lib/providers/types';

/** Every provider preset, in the order the options page lists them. */
export const ALL_PROVIDERS: readonly ProviderRecord[] = [...MAILBOX_PROVIDERS, ...RELAYS, ...PANELS];

export function providerById(id: string | null | undefined): ProviderRecord | undefined {
  return id ? ALL_PROVIDERS.find((p) => p.id === id) : undefined;
}

/** Case-insensitive search over name, id and address domains. */
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
      (p.variants ?? []).some((v) => v.label.toLowerCase().includes(q)),
  );
}

export const KIND_LABELS: Record<ProviderRecord['kind'], string> = {
  mailbox: 'Mailbox providers',
  relay: 'Relay services',
  panel: 'Hosting panels',
};

export { PORT_POLICIES };

export function policyById(id: string | null | undefined): PortPolicy | undefined {
  return id ? PORT_POLICIES.find((p) => p.id === id) : undefined;
}
