import { nativeProbeClient } from '../../components/native-host';
import type { Settings } from '../../components/settings';

/** Where probes and the login check go: the native host, or the probe server's address and token. */
export function probeRoute(settings: Settings) {
  return settings.probeVia === 'native' ? nativeProbeClient() : settings.backend;
}
