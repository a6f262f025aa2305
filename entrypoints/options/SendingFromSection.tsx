import { useId, useMemo } from 'react';
import { PORT_POLICIES, policyById } from '../../components/provider-catalog';
import { SENDING_FROM_KINDS, type SendingFromKind, type Settings } from '../../components/settings';
import type { PortPolicy } from '../../lib/providers/types';
import { Section } from './Section';

type SendingFrom = Settings['sendingFrom'];

const KIND_TEXT: Record<SendingFromKind, { label: string; hint: string }> = {
  unknown: { label: 'Not sure', hint: 'The popup explains the general case.' },
  home: { label: 'Home network', hint: 'A mail app or a device on your home internet connection.' },
  office: { label: 'Office network', hint: 'A company network, often with its own firewall.' },
  'hosting-panel': {
    label: 'A website on shared hosting',
    hint: 'WordPress, a contact form, a cPanel or Plesk site.',
  },
  cloud: { label: 'A cloud or virtual server', hint: 'An app on AWS, Google Cloud, Hetzner, DigitalOcean …' },
};

/** Which policies fit which place: ISPs for home/office, hosts for servers. */
function policiesFor(kind: SendingFromKind, all: readonly PortPolicy[]): PortPolicy[] {
  if (kind === 'home' || kind === 'office') return all.filter((p) => p.kind === 'isp');
  if (kind === 'cloud' || kind === 'hosting-panel') return all.filter((p) => p.kind !== 'isp');
  return [];
}

export function SendingFromSection({
  sendingFrom,
  onChange,
}: {
  sendingFrom: SendingFrom;
  onChange: (s: SendingFrom) => void;
}) {
  const id = useId();
  const options = useMemo(() => policiesFor(sendingFrom.kind, PORT_POLICIES), [sendingFrom.kind]);
  const chosen = policyById(sendingFrom.hostId);

  return (
    <Section
      title="Where your mail is sent from"
      intro="Port 25 is blocked by most home internet providers and cloud hosts. Knowing which one lets the popup name the real culprit and link its exception form."
    >
      <fieldset className="radio-group">
        <legend className="visually-hidden">Place</legend>
        {SENDING_FROM_KINDS.map((kind) => (
          <label key={kind} className="radio">
            <input
              type="radio"
              name="sending-from"
              value={kind}
              checked={sendingFrom.kind === kind}
              onChange={() => onChange({ kind, hostId: null })}
            />
            <span>
              {KIND_TEXT[kind].label} <span className="muted">— {KIND_TEXT[kind].hint}</span>
            </span>
          </label>
        ))}
      </fieldset>

      {options.length ? (
        <div className="field">
          <label htmlFor={`${id}-host`}>
            {sendingFrom.kind === 'home' || sendingFrom.kind === 'office' ? 'Internet provider' : 'Host'}
          </label>
          <select
            id={`${id}-host`}
            value={sendingFrom.hostId ?? ''}
            onChange={(e) => onChange({ ...sendingFrom, hostId: e.target.value || null })}
          >
            <option value="">Not listed / not sure</option>
            {options.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}

      {chosen ? (
        <div className="summary" aria-label={`${chosen.name} port policy`}>
          <h3>{chosen.name}</h3>
          <p>{chosen.summary}</p>
          {chosen.blockedPorts.length ? (
            <p>
              <span className="muted">Blocks outbound: </span>
              {chosen.blockedPorts.join(', ')}
            </p>
          ) : null}
          <p>
            <span className="muted">Exception: </span>
            {chosen.exception.how}{' '}
            {chosen.exception.url ? (
              <a href={chosen.exception.url} target="_blank" rel="noreferrer">
                Request it
              </a>
            ) : null}
          </p>
          <p className="muted small">Facts checked {chosen.checked}</p>
        </div>
      ) : null}
    </Section>
  );
}
