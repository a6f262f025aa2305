import { useId, useMemo, useState, type FormEvent } from 'react';
import type { CategoryId } from '../lib/categories';
import { DOH_RESOLVERS, createDohResolver, type FetchLike } from '../lib/probe/doh';
import { domainOf } from '../lib/providers/index';
import type { DohChoice } from './settings';
import { cachedDnsCheck, checksFor, type DnsCheckResult } from './dns-checks';
import { useT } from './i18n';

const pageFetch: FetchLike = (url, init) => fetch(url, init);

interface Props {
  category: CategoryId;
  /** The SMTP host the error names. */
  host?: string;
  /** The user's own domain (from the address in Settings). */
  domain?: string;
  doh: DohChoice;
  onOpenSettings?: () => void;
  /** Injected in tests. */
  fetchImpl?: FetchLike;
}

/** DNS checks over DNS-over-HTTPS, run only when the user presses the button. */
export function DnsChecks({ category, host, domain, doh, onOpenSettings, fetchImpl }: Props) {
  const plan = checksFor(category);
  const [hostInput, setHostInput] = useState(host ?? '');
  const [domainInput, setDomainInput] = useState(domain ?? (host ? (baseDomainGuess(host) ?? '') : ''));
  const [results, setResults] = useState<DnsCheckResult[] | 'busy' | null>(null);
  const id = useId();
  const translator = useT();
  const { t } = translator;
  const resolver = useMemo(
    () =>
      doh === 'off' ? null : createDohResolver({ fetch: fetchImpl ?? pageFetch, url: DOH_RESOLVERS[doh] }),
    [doh, fetchImpl],
  );
  if (!plan.host.length && !plan.domain.length) return null;

  async function run(event: FormEvent) {
    event.preventDefault();
    if (!resolver) return;
    setResults('busy');
    const jobs = [
      ...(hostInput.trim()
        ? plan.host.map((check) => cachedDnsCheck(check, hostInput.trim(), resolver, doh, translator))
        : []),
      ...(domainInput.trim()
        ? plan.domain.map((check) =>
            cachedDnsCheck(check, domainInput.trim().toLowerCase(), resolver, doh, translator),
          )
        : []),
    ];
    setResults(await Promise.all(jobs));
  }

  if (!resolver) {
    return (
      <p className="hint dns-off">
        {t('probes.dns.off')}{' '}
        {onOpenSettings ? (
          <button type="button" className="btn-link" onClick={onOpenSettings}>
            {t('probes.dns.chooseResolver')}
          </button>
        ) : null}
      </p>
    );
  }

  return (
    <div className="dns-checks">
      <h4>{t('probes.dns.title')}</h4>
      <form className="dns-form" onSubmit={(e) => void run(e)}>
        {plan.host.length ? (
          <div className="field">
            <label htmlFor={`${id}-h`}>{t('probes.dns.host')}</label>
            <input
              id={`${id}-h`}
              type="text"
              value={hostInput}
              onChange={(e) => setHostInput(e.target.value)}
            />
          </div>
        ) : null}
        {plan.domain.length ? (
          <div className="field">
            <label htmlFor={`${id}-d`}>{t('probes.dns.domain')}</label>
            <input
              id={`${id}-d`}
              type="text"
              value={domainInput}
              placeholder="example.org"
              onChange={(e) => setDomainInput(e.target.value)}
            />
          </div>
        ) : null}
        <button
          type="submit"
          className="btn"
          disabled={results === 'busy' || (!hostInput.trim() && !domainInput.trim())}
        >
          {results === 'busy' ? t('probes.dns.checking') : t('probes.dns.check')}
        </button>
      </form>
      <p className="hint">
        {t('probes.dns.asks', { resolver: doh === 'google' ? 'Google Public DNS' : 'Cloudflare' })}
      </p>
      <div role="status" aria-live="polite">
        {Array.isArray(results) ? (
          <ul className="dns-results" aria-label={t('probes.dns.results')}>
            {results.map((r) => (
              <li key={`${r.id}|${r.name}`} data-check={r.id} className={`tone-border-${r.tone}`}>
                <p>
                  <code>{r.name}</code> <span className="muted">{r.type}</span>
                </p>
                <p className="dns-answer">
                  <code>{r.answer}</code>
                </p>
                <p>{r.meaning}</p>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}

/** "smtp.mail.example.org" → "example.org" (last two labels): a starting guess the user can edit. */
function baseDomainGuess(host: string): string | null {
  const domain = domainOf(host);
  if (!domain || /^\d+(?:\.\d+){3}$/.test(domain)) return null;
  return domain.split('.').slice(-2).join('.');
}
