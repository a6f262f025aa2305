import { ProbeClientError, createProbeClient } from '../lib/probe/client';

/** What "Test connection" found. */
export type BackendCheck =
  | { kind: 'ok'; version: string; lab: boolean; ports?: number[] }
  | { kind: 'not-running' }
  | { kind: 'unauthorized' | 'error'; message: string };

/** Ask the backend's health endpoint, with the token. */
export async function checkBackend(url: string, token: string): Promise<BackendCheck> {
  try {
    const health = await createProbeClient({ baseUrl: url, token }).health();
    return { kind: 'ok', version: health.version, lab: health.lab === true, ports: health.ports };
  } catch (error) {
    if (error instanceof ProbeClientError) {
      if (error.kind === 'not-running') return { kind: 'not-running' };
      if (error.kind === 'unauthorized') {
        return {
          kind: 'unauthorized',
          message: 'The backend refused the token. Copy it again from its output.',
        };
      }
      return { kind: 'error', message: `Something answered, but it did not work: ${error.message}.` };
    }
    return { kind: 'error', message: String(error) };
  }
}
