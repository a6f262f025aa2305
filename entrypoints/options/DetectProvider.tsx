import { useId, useState, type FormEvent } from 'react';
import { discoverSettings, type DiscoveryResult } from '../../lib/probe/discovery';
import { DOH_RESOLVERS, createDohResolver, type FetchLike } from '../../lib/probe/doh';
import type { DohChoice, Settings } from '../../components/settings';

type Provider = Settings['provider'];

const pageFetch: FetchLike = (url, init) => fetch(url, init);

/**
 * "Detect from my address": the presets answer at once, without network. For other domains,
 * discovery asks Thunderbird's ISPDB and the domain's autoconfig files (where their CORS rules
 * let an extension page read them) and DNS over HTTPS through the resolver chosen under Privacy.
 */
export function DetectProvider({
  provider,
  doh,
  onChange,
}: {
  provider: Provider;
  doh: DohChoice;
  onChange: (p: Provider) => void;
}) {
  const [address, setAddress] = useState(provider.address);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error' | 'busy'; text: string } | null>(null);
  const [result, setResult] = useState<DiscoveryResult | null>(null);
  const id = useId();

  async function detect(event: FormEvent) {
    event.preventDefault();
    const input = address.trim();
    setStatus({ kind: 'busy', text: 'Looking up the settings…' });
    const found = await discoverSettings(input, {
      fetch: pageFetch,
      doh: doh === 'off' ? undefined : createDohResolver({ fetch: pageFetch, url: DOH_RESOLVERS[doh] }),
    });
    setResult(found);
    const first = found.servers[0];
    if (!found.domain) {
      setStatus({ kind: 'error', text: found.notes[0] ?? 'Enter an email address such as ana@example.org.' });
    } else if (found.provider) {
      onChange({
        ...provider,
        id: found.provider.id,
        variant: found.provider.variant ?? null,
        discovered: null,
        address: input,
      });
      setStatus({ kind: 'ok', text: `${found.domain} is ${found.provider.name}.` });
    } else if (found.found && first) {
      onChange({
        ...provider,
        id: null,
        variant: null,
        address: input,
        discovered: {
          host: first.host,
          port: first.port,
          security: first.security,
          ...(first.username ? { username: first.username } : {}),
          source: found.source ?? 'unknown',
        },
      });
      setStatus({ kind: 'ok', text: `Found the settings for ${found.domain}.` });
    } else {
      onChange({ ...provider, address: input });
      setStatus({
        kind: 'error',
        text: `No settings found for ${found.domain}. Choose the provider from the list, or ask your mail host for its SMTP server.`,
      });
    }
  }

  return (
    <form className="inline-form" onSubmit={(e) => void detect(e)}>
      <div className="field grow">
        <label htmlFor={`${id}-a`}>Your email address</label>
        <input
          id={`${id}-a`}
          type="email"
          value={address}
          onChange={(e) => setAddress(e.target.value)}
          placeholder="ana@example.org"
          autoComplete="email"
        />
      </div>
      <button type="submit" className="btn" disabled={!address.trim() || status?.kind === 'busy'}>
        Detect settings
      </button>
      <p
        role="status"
        aria-live="polite"
        className={status ? `detect-status status-${status.kind}` : 'visually-hidden'}
      >
        {status?.text ?? ''}
      </p>
      {result && result.attempts.length > 1 ? (
        <details className="attempts">
          <summary>What was looked up</summary>
          <ul>
            {result.attempts.map((a, i) => (
              <li key={i}>
                <code>{a.target}</code> — {a.outcome}
                {a.detail ? <span className="muted"> ({a.detail})</span> : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </form>
  );
}
