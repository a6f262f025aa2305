import { useId, useMemo } from 'react';
import { PORT_POLICIES, policyById } from '../../components/provider-catalog';
import { SENDING_FROM_KINDS, type SendingFromKind, type Settings } from '../../components/settings';
import { localizePolicy } from '../../lib/providers/prose';
import type { PortPolicy } from '../../lib/providers/types';
import { Section } from './Section';
import { useT } from '../../components/i18n';
import type { MessageKey } from '../../lib/i18n/messages';
import { ExternalLink } from '../../components/ExternalLink';
import { isLinkable } from '../../lib/providers/links';

type SendingFrom = Settings['sendingFrom'];

const KIND_TEXT = {
  unknown: { label: 'ui.sendingFrom.unknown', hint: 'ui.sendingFrom.unknownHint' },
  home: { label: 'ui.sendingFrom.home', hint: 'ui.sendingFrom.homeHint' },
  office: { label: 'ui.sendingFrom.office', hint: 'ui.sendingFrom.officeHint' },
  'hosting-panel': { label: 'ui.sendingFrom.panel', hint: 'ui.sendingFrom.panelHint' },
  cloud: { label: 'ui.sendingFrom.cloud', hint: 'ui.sendingFrom.cloudHint' },
} as const satisfies Record<SendingFromKind, { label: MessageKey; hint: MessageKey }>;

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
  const translator = useT();
  const { t } = translator;
  const id = useId();
  const options = useMemo(() => policiesFor(sendingFrom.kind, PORT_POLICIES), [sendingFrom.kind]);
  const policy = policyById(sendingFrom.hostId);
  const chosen = policy && localizePolicy(policy, translator);

  return (
    <Section title={t('ui.sendingFrom.title')} intro={t('ui.sendingFrom.intro')}>
      <fieldset className="radio-group">
        <legend className="visually-hidden">{t('ui.sendingFrom.place')}</legend>
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
              {t(KIND_TEXT[kind].label)} <span className="muted">— {t(KIND_TEXT[kind].hint)}</span>
            </span>
          </label>
        ))}
      </fieldset>

      {options.length ? (
        <div className="field">
          <label htmlFor={`${id}-host`}>
            {sendingFrom.kind === 'home' || sendingFrom.kind === 'office'
              ? t('ui.sendingFrom.isp')
              : t('ui.sendingFrom.host')}
          </label>
          <select
            id={`${id}-host`}
            value={sendingFrom.hostId ?? ''}
            onChange={(e) => onChange({ ...sendingFrom, hostId: e.target.value || null })}
          >
            <option value="">{t('ui.sendingFrom.notListed')}</option>
            {options.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}

      {chosen ? (
        <div className="summary" aria-label={t('ui.sendingFrom.policy', { name: chosen.name })}>
          <h3>{chosen.name}</h3>
          <p>{chosen.summary}</p>
          {chosen.blockedPorts.length ? (
            <p>
              <span className="muted">{t('ui.sendingFrom.blocks')}</span>
              {chosen.blockedPorts.join(', ')}
            </p>
          ) : null}
          <p>
            <span className="muted">{t('ui.sendingFrom.exception')}</span>
            {chosen.exception.how}{' '}
            {chosen.exception.url ? (
              isLinkable(chosen.exception.url) ? (
                <ExternalLink href={chosen.exception.url}>{t('ui.sendingFrom.request')}</ExternalLink>
              ) : (
                // Not linked (not https), but its address still tells where to ask.
                <span className="address">{chosen.exception.url}</span>
              )
            ) : null}
          </p>
          <p className="muted small">{t('ui.options.checked', { date: chosen.checked })}</p>
        </div>
      ) : null}
    </Section>
  );
}
