import { useMemo } from 'react';
import type { CategoryId } from '../../lib/categories';
import type { Classification } from '../../lib/rules/types';
import { DEFAULT_PROBE_PORTS, type ProbeResponse } from '../../lib/probe/types';
import { ManualChecks } from '../../components/ManualChecks';
import { ProbePanel } from '../../components/ProbePanel';
import { clientRunner } from '../../components/probe-runner';
import { nativeProbeClient } from '../../components/native-host';
import { NATIVE_LABEL } from '../../lib/probe/native-client';
import type { Settings } from '../../components/settings';
import { usePopupSettings } from './settings-context';

/** Where probes and the login check go: the native host, or the probe server's address and token. */
export function probeRoute(settings: Settings) {
  return settings.probeVia === 'native' ? nativeProbeClient() : settings.backend;
}

/** Causes a connection test can confirm or weaken. */
export const PROBE_CATEGORIES: ReadonlySet<CategoryId> = new Set([
  'port-blocked',
  'server-unreachable',
  'dns-failure',
  'tls-mismatch',
  'tls-certificate',
  'tls-protocol',
  'auth-required',
]);

export function ProbeSection({
  classification,
  providerHost,
  onResponse,
  onClear,
  previous,
}: {
  classification: Classification;
  previous?: ProbeResponse;
  /** The chosen provider's submission host, when the error names none. */
  providerHost?: string;
  onResponse: (response: ProbeResponse) => void;
  onClear?: () => void;
}) {
  const { settings, openOptions } = usePopupSettings();
  const run = useMemo(() => clientRunner(probeRoute(settings)), [settings]);
  // A host the error text names may be probed (probes send no password), but it is the text's word.
  const textHost = classification.extracted.host;
  const host = textHost ?? providerHost ?? '';
  const errorPort = classification.extracted.port ?? classification.assumedPorts?.[0];
  const ports = useMemo(() => {
    const list = [...DEFAULT_PROBE_PORTS];
    if (errorPort !== undefined && !list.includes(errorPort)) list.push(errorPort);
    return list;
  }, [errorPort]);
  return (
    <ProbePanel
      defaultHost={host}
      defaultPorts={ports}
      backendUrl={settings.probeVia === 'native' ? NATIVE_LABEL : settings.backend.url}
      run={run}
      onResponse={onResponse}
      onClear={onClear}
      previous={previous}
      defaultHostFromText={textHost !== undefined}
      onOpenSettings={openOptions}
      manualChecks={<ManualChecks host={host} ports={ports} defaultPort={errorPort ?? 587} />}
    />
  );
}

/** Causes a login attempt can confirm: is this user name and password accepted? */
export const LOGIN_CATEGORIES: ReadonlySet<CategoryId> = new Set(['auth-failed', 'auth-disabled']);
