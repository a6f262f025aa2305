import { useId, useMemo, useState } from 'react';
import { domainOf, serversFor, usernameFor, type ProviderRecord } from '../../lib/providers/index';
import { ALL_PROVIDERS, KIND_LABELS, providerById, searchProviders } from '../../components/provider-catalog';
import type { DohChoice, Settings } from '../../components/settings';
import { DetectProvider } from './DetectProvider';
import { Section } from './Section';

type Provider = Settings['provider'];

interface Props {
  provider: Provider;
  /** The DNS-over-HTTPS choice: discovery uses it (or no DNS when off). */
  doh: DohChoice;
  onChange: (provider: Provider) => void;
}

const SECURITY_LABEL = { ssl: 'SSL/TLS', starttls: 'STARTTLS' } as const;

export function ProviderSection({ provider, doh, onChange }: Props) {
  const [query, setQuery] = useState('');
  const id = useId();
  const chosen = providerById(provider.id);
  const matches = useMemo(() => searchProviders(query), [query]);
  const groups = (['mailbox', 'relay', 'panel'] as const)
    .map((kind) => ({ kind, list: matches.filter((p) => p.kind === kind) }))
    .filter((g) => g.list.length);

  return (
    <Section
      title="Your mail provider"
      intro="The mailbox or relay service your mail goes out through. The fix steps in the popup then use its exact server, port and sign-in rules."
    >
      <DetectProvider provider={provider} doh={doh} onChange={onChange} />

      <div className="field">
        <label htmlFor={`${id}-q`}>Or choose from the list</label>
        <input
          id={`${id}-q`}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={`Search ${ALL_PROVIDERS.length} providers — Gmail, Zoho, SendGrid …`}
          aria-controls={`${id}-list`}
        />
      </div>
      <div id={`${id}-list`} className="provider-list" role="group" aria-label="Providers">
        {groups.length ? (
          groups.map((group) => (
            <fieldset key={group.kind}>
              <legend>{KIND_LABELS[group.kind]}</legend>
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
          <p className="muted">No provider matches “{query}”. Try “detect from my address” above.</p>
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
        <div className="summary" aria-label="Discovered settings">
          <h3>Found for {provider.address || 'your address'}</h3>
          <p>
            <code>
              {provider.discovered.host}:{provider.discovered.port}
            </code>{' '}
            {provider.discovered.security === 'plain'
              ? 'without encryption'
              : SECURITY_LABEL[provider.discovered.security]}{' '}
            <span className="muted">(from {provider.discovered.source})</span>
          </p>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => onChange({ ...provider, discovered: null })}
          >
            Clear
          </button>
        </div>
      ) : (
        <p className="muted">No provider chosen: the popup shows the general 587 / 465 steps.</p>
      )}
    </Section>
  );
}

function mainServer(p: ProviderRecord): string {
  const s = p.submission[0];
  return s ? `${s.host}:${s.port}` : '';
}

function ProviderSummary({
  record,
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
  const id = useId();
  const servers = serversFor(record, {
    variantId: variant ?? undefined,
    domain: domainOf(address) ?? undefined,
  });
  const username = usernameFor(record.username, address || undefined);
  return (
    <div className="summary" aria-label={`${record.name} settings`}>
      <h3>{record.name}</h3>
      {record.variants?.length ? (
        <div className="field">
          <label htmlFor={`${id}-v`}>Region or product</label>
          <select id={`${id}-v`} value={variant ?? ''} onChange={(e) => onVariant(e.target.value || null)}>
            <option value="">Default ({record.submission[0]?.host})</option>
            {record.variants.map((v) => (
              <option key={v.id} value={v.id}>
                {v.label} ({v.host})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <table className="servers">
        <caption className="visually-hidden">Submission servers</caption>
        <thead>
          <tr>
            <th scope="col">Server</th>
            <th scope="col">Port</th>
            <th scope="col">Security</th>
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
        <span className="muted">User name: </span>
        {username.value ? <code>{username.value}</code> : username.description}
      </p>
      {record.auth.map((a, i) => (
        <p key={i} className="auth-note">
          {a.text}{' '}
          {a.helpUrl ? (
            <a href={a.helpUrl} target="_blank" rel="noreferrer">
              How
            </a>
          ) : null}
        </p>
      ))}
      <p className="muted small">
        Port 2525: {record.supports2525 ? 'supported' : 'not documented'} · Facts checked {record.checked} ·{' '}
        <a href={record.helpUrl} target="_blank" rel="noreferrer">
          {record.name} help
        </a>
      </p>
      <button type="button" className="btn btn-small" onClick={onClear}>
        Clear choice
      </button>
    </div>
  );
}
