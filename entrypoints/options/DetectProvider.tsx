import { useId, useState, type FormEvent } from 'react';
import { discoverSettings, type DiscoveryResult } from '../../lib/probe/discovery';
import { DOH_RESOLVERS, createDohResolver, type FetchLike } from '../../lib/probe/doh';
import type { DohChoice, Settings } from '../../components/settings';
import { useT } from '../../components/i18n';
import type { MessageKey } from '../../lib/i18n/messages';

type Provider = Settings['provider'];

const pageFetch: FetchLike = (url, init) => fetch(url, init);

const OUTCOME = {
  found: 'options.detect.outcome.found',
  'not-found': 'options.detect.outcome.notFound',
  error: 'options.detect.outcome.error',
  skipped: 'options.detect.outcome.skipped',
} as const satisfies Record<DiscoveryResult['attempts'][number]['outcome'], MessageKey>;

/** The address the examples use. */
const EXAMPLE_ADDRESS = 'ana@example.org';

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
  const translator = useT();
  const { t } = translator;

  async function detect(event: FormEvent) {
    event.preventDefault();
    const input = address.trim();
    setStatus({ kind: 'busy', text: t('options.detect.busy') });
    const found = await discoverSettings(input, {
      fetch: pageFetch,
      translator,
      doh: doh === 'off' ? undefined : createDohResolver({ fetch: pageFetch, url: DOH_RESOLVERS[doh] }),
    });
    setResult(found);
    const first = found.servers[0];
    if (!found.domain) {
      setStatus({
        kind: 'error',
        text: found.notes[0] ?? t('options.detect.enterAddress', { example: EXAMPLE_ADDRESS }),
      });
    } else if (found.provider) {
      onChange({
        ...provider,
        id: found.provider.id,
        variant: found.provider.variant ?? null,
        discovered: null,
        address: input,
      });
      setStatus({
        kind: 'ok',
        text: t('options.detect.isProvider', { domain: found.domain, name: found.provider.name }),
      });
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
      setStatus({ kind: 'ok', text: t('options.detect.found', { domain: found.domain }) });
    } else {
      onChange({ ...provider, address: input });
      setStatus({
        kind: 'error',
        text: t('options.detect.none', { domain: found.domain }),
      });
    }
  }

  return (
    <form className="inline-form" onSubmit={(e) => void detect(e)}>
      <div className="field grow">
        <label htmlFor={`${id}-a`}>{t('options.detect.address')}</label>
        <input
          id={`${id}-a`}
          type="email"
          value={address}
          onChange={(e) => setAddress(e.target.value)}
          placeholder={EXAMPLE_ADDRESS}
          autoComplete="email"
        />
      </div>
      <button type="submit" className="btn" disabled={!address.trim() || status?.kind === 'busy'}>
        {t('options.detect.submit')}
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
          <summary>{t('options.detect.attempts')}</summary>
          <ul>
            {result.attempts.map((a, i) => (
              <li key={i}>
                <code>{a.target}</code> — {t(OUTCOME[a.outcome])}
                {a.detail ? <span className="muted"> ({a.detail})</span> : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </form>
  );
}
