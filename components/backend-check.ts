/** What "Test connection" found. */
export type BackendCheck =
  | { kind: 'ok'; version: string; lab: boolean }
  | { kind: 'not-running' }
  | { kind: 'unauthorized'; message: string }
  | { kind: 'error'; message: string };

/** Ask the backend's health endpoint, with the token, within a few seconds. */
export async function checkBackend(url: string, token: string, timeoutMs = 4000): Promise<BackendCheck> {
  let response: Response;
  try {
    response = await fetch(new URL('/v1/health', url), {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    return { kind: 'not-running' };
  }
  if (response.status === 401 || response.status === 403) {
    return {
      kind: 'unauthorized',
      message: 'The backend refused the token. Copy it again from the backend’s output.',
    };
  }
  const body = (await response.json().catch(() => null)) as {
    ok?: unknown;
    version?: unknown;
    lab?: unknown;
  } | null;
  if (!response.ok || body?.ok !== true) {
    return {
      kind: 'error',
      message: `Something answered, but not an SMTP Doctor backend (HTTP ${response.status}).`,
    };
  }
  return { kind: 'ok', version: String(body.version ?? ''), lab: body.lab === true };
}
