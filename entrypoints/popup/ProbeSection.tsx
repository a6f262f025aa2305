import { useMemo } from 'react';
import type { Classification } from '../../lib/rules/types';
import { DEFAULT_PROBE_PORTS, type ProbeResponse } from '../../lib/probe/types';
import { ManualChecks } from '../../components/ManualChecks';
import { ProbePanel } from '../../components/ProbePanel';
import { clientRunner } from '../../components/probe-runner';
import { usePopupSettings } from './settings-context';

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
  const run = useMemo(() => clientRunner(settings.backend), [settings.backend]);
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
      backendUrl={settings.backend.url}
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
