import { useId, useMemo, useState } from 'react';
import { domainOf, serversFor, usernameFor, type ProviderRecord } from '../../lib/providers/index';
import { localizeProvider } from '../../lib/providers/prose';
import { ALL_PROVIDERS, KIND_LABELS, providerById, searchProviders } from '../../components/provider-catalog';
import type { DohChoice, Settings } from '../../components/settings';
import { DetectProvider } from './DetectProvider';
import { useT } from '../../components/i18n';
import { Section } from './Section';
import { ExternalLink } from '../../components/ExternalLink';

type Provider = Settings['provider'];

interface Props {
  provider: Provider;
  /** The DNS-over-HTTPS choice: discovery uses it (or no DNS when off). */
  doh: DohChoice;
  onChange: (provider: Provider) => void;
}

const SECURITY_LABEL = { ssl: 'SSL/TLS', starttls: 'STARTTLS' } as const;

export function ProviderSection({ provider, doh, onChange }: Props) {
  const { t } = useT();
  const [query, setQuery] = useState('');
  const id = useId();
  const chosen = providerById(provider.id);
  const matches = useMemo(() => searchProviders(query), [query]);
  const groups = (['mailbox', 'relay', 'panel'] as const)
    .map((kind) => ({ kind, list: matches.filter((p) => p.kind === kind) }))
    .filter((g) => g.list.length);

  return (
    <Section title={t('ui.provider.title')} intro={t('ui.provider.intro')}>
      <DetectProvider provider={provider} doh={doh} onChange={onChange} />

      <div className="field">
        <label htmlFor={`${id}-q`}>{t('ui.provider.choose')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('ui.provider.search', { count: ALL_PROVIDERS.length })}
          aria-controls={`${id}-list`}
        />
      </div>
      <div id={`${id}-list`} className="provider-list" role="group" aria-label={t('ui.provider.list')}>
        {groups.length ? (
          groups.map((group) => (
            <fieldset key={group.kind}>
              <legend>{t(KIND_LABELS[group.kind])}</legend>
              {group.list.map((p) => (
                <label key={p.id} className="radio provider-option">
                  <input
                    type="radio"
                    name="provider"
                    value={p.id}
                    checked={provider.id === p.id}
                    onChange={() => onChange({ ...provider, id: p.id, variant: null, discovered: null })}
                  />
                  <span className="provider-name">{p.name}</span>
                  <span className="muted provider-host">{mainServer(p)}</span>
                </label>
              ))}
            </fieldset>
          ))
        ) : (
          <p className="muted">{t('ui.provider.noMatch', { query })}</p>
        )}
      </div>

      {chosen ? (
        <ProviderSummary
          record={chosen}
          address={provider.address}
          variant={provider.variant}
          onVariant={(variant) => onChange({ ...provider, variant })}
          onClear={() => onChange({ ...provider, id: null, variant: null })}
        />
      ) : provider.discovered ? (
        <div className="summary" aria-label={t('ui.provider.discovered')}>
          <h3>
            {provider.address
              ? t('ui.provider.foundFor', { address: provider.address })
              : t('ui.provider.foundForYou')}
          </h3>
          <p>
            <code>
              {provider.discovered.host}:{provider.discovered.port}
            </code>{' '}
            {provider.discovered.security === 'plain'
              ? t('ui.provider.plain')
              : SECURITY_LABEL[provider.discovered.security]}{' '}
            <span className="muted">{t('ui.provider.source', { source: provider.discovered.source })}</span>
          </p>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => onChange({ ...provider, discovered: null })}
          >
            {t('ui.paste.clear')}
          </button>
        </div>
      ) : (
        <p className="muted">{t('ui.provider.none')}</p>
      )}
    </Section>
  );
}

function mainServer(p: ProviderRecord): string {
  const s = p.submission[0];
  return s ? `${s.host}:${s.port}` : '';
}

function ProviderSummary({
  record: english,
  address,
  variant,
  onVariant,
  onClear,
}: {
  record: ProviderRecord;
  address: string;
  variant: string | null;
  onVariant: (variant: string | null) => void;
  onClear: () => void;
}) {
  const translator = useT();
  const { t } = translator;
  const record = localizeProvider(english, translator);
  const id = useId();
  const servers = serversFor(record, {
    variantId: variant ?? undefined,
    domain: domainOf(address) ?? undefined,
  });
  const username = usernameFor(record.username, address || undefined, translator);
  return (
    <div className="summary" aria-label={t('ui.provider.settingsOf', { name: record.name })}>
      <h3>{record.name}</h3>
      {record.variants?.length ? (
        <div className="field">
          <label htmlFor={`${id}-v`}>{t('ui.provider.variant')}</label>
          <select id={`${id}-v`} value={variant ?? ''} onChange={(e) => onVariant(e.target.value || null)}>
            <option value="">{t('ui.provider.default', { host: record.submission[0]?.host ?? '' })}</option>
            {record.variants.map((v) => (
              <option key={v.id} value={v.id}>
                {v.label} ({v.host})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <table className="servers">
        <caption className="visually-hidden">{t('ui.provider.servers')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ui.provider.server')}</th>
            <th scope="col">{t('ui.provider.port')}</th>
            <th scope="col">{t('ui.provider.security')}</th>
          </tr>
        </thead>
        <tbody>
          {servers.map((s, i) => (
            <tr key={i}>
              <td>
                <code>{s.host}</code>
              </td>
              <td>{s.port}</td>
              <td>{SECURITY_LABEL[s.security]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <span className="muted">{t('ui.provider.username')}</span>
        {username.value ? <code>{username.value}</code> : username.description}
      </p>
      {record.auth.map((a, i) => (
        <p key={i} className="auth-note">
          {a.text} {a.helpUrl ? <ExternalLink href={a.helpUrl}>{t('ui.provider.how')}</ExternalLink> : null}
        </p>
      ))}
      <p className="muted small">
        {t(record.supports2525 ? 'ui.provider.port2525yes' : 'ui.provider.port2525no')} ·{' '}
        {t('ui.options.checked', { date: record.checked })} ·{' '}
        <ExternalLink href={record.helpUrl}>{t('ui.provider.help', { name: record.name })}</ExternalLink>
      </p>
      <button type="button" className="btn btn-small" onClick={onClear}>
        {t('ui.provider.clear')}
      </button>
    </div>
  );
}
