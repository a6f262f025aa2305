import {
  ProbeClientError,
  createProbeClient,
  describeProbeError,
  type ProbeClient,
} from '../lib/probe/client';
import { ENGLISH, type Translator } from '../lib/i18n/translator';

/** What "Test connection" found. */
export type BackendCheck =
  | { kind: 'ok'; version: string; lab: boolean; ports?: number[] }
  | { kind: 'not-running' }
  | { kind: 'unauthorized' | 'error'; message: string };

/** Ask the backend's health endpoint, with the token. */
export function checkBackend(
  url: string,
  token: string,
  translator: Translator = ENGLISH,
): Promise<BackendCheck> {
  return checkBackendClient(createProbeClient({ baseUrl: url, token }), translator);
}

/** The same check through any probe client (the native one included). */
export async function checkBackendClient(
  client: ProbeClient,
  translator: Translator = ENGLISH,
): Promise<BackendCheck> {
  const { t } = translator;
  try {
    const health = await client.health();
    return { kind: 'ok', version: health.version, lab: health.lab === true, ports: health.ports };
  } catch (error) {
    if (error instanceof ProbeClientError) {
      if (error.kind === 'not-running') return { kind: 'not-running' };
      if (error.kind === 'unauthorized') {
        return { kind: 'unauthorized', message: t('options.check.unauthorized') };
      }
      return {
        kind: 'error',
        message: t('options.check.broken', { error: describeProbeError(error, translator) }),
      };
    }
    return { kind: 'error', message: String(error) };
  }
}
