import { useEffect, useMemo, useState } from 'react';
import type { Settings } from '../../components/settings';
import type { Classification } from '../../lib/rules/types';
import { DEFAULT_PROBE_PORTS, type ProbeResponse } from '../../lib/probe/types';
import { ManualChecks } from '../../components/ManualChecks';
import { ProbePanel } from '../../components/ProbePanel';
import { clientRunner } from '../../components/probe-runner';
import { probeRoute } from './probe-route';
import { usePopupSettings } from './settings-context';
import { useT } from '../../components/i18n';

export function ProbeSection({
  classification,
  providerHost,
  onResponse,
  onClear,
  previous,
  from,
}: {
  classification: Classification;
  /** Where the tests run from, for the reader (lib/audience). */
  from?: string;
  previous?: ProbeResponse;
  /** The chosen provider's submission host, when the error names none. */
  providerHost?: string;
  onResponse: (response: ProbeResponse) => void;
  onClear?: () => void;
}) {
  const { settings, openOptions } = usePopupSettings();
  const translator = useT();
  const run = useMemo(() => clientRunner(probeRoute(settings), translator), [settings, translator]);
  const chosenHost = useChosenProviderHost(settings, classification);
  // A host the error text names may be probed (probes send no password), but it is the text's word.
  const textHost = classification.extracted.host;
  const host = textHost ?? providerHost ?? chosenHost ?? '';
  const errorPort = classification.extracted.port ?? classification.assumedPorts?.[0];
  const ports = useMemo(() => {
    const list = [...DEFAULT_PROBE_PORTS];
    if (errorPort !== undefined && !list.includes(errorPort)) list.push(errorPort);
    return list;
  }, [errorPort]);
  return (
    <ProbePanel
      // The chosen provider's host arrives after the provider data loads: start afresh with it.
      key={host}
      defaultHost={host}
      defaultPorts={ports}
      backendUrl={settings.probeVia === 'native' ? translator.t('probes.nativeLabel') : settings.backend.url}
      from={from}
      run={run}
      onResponse={onResponse}
      onClear={onClear}
      previous={previous}
      defaultHostFromText={textHost !== undefined}
      onOpenSettings={openOptions}
      manualChecks={(typed) => <ManualChecks host={typed} ports={ports} defaultPort={errorPort ?? 587} />}
    />
  );
}

/**
 * The submission host of the provider chosen (or discovered) in the options page. The
 * provider data loads with the guided fix's chunk, after the first paint.
 */
function useChosenProviderHost(settings: Settings, classification: Classification): string | undefined {
  const [loaded, setLoaded] = useState<{ for: Settings; host?: string }>();
  const wanted = settings.provider.id !== null || settings.provider.discovered !== null;
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void import('./fix-inputs').then(({ fixRecord }) => {
      if (live) setLoaded({ for: settings, host: fixRecord(settings, classification)?.fix.host });
    });
    return () => {
      live = false;
    };
  }, [wanted, settings, classification]);
  return wanted && loaded?.for === settings ? loaded.host : undefined;
}
