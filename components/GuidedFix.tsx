import type { AuthAdvice } from '../lib/providers/index';
import { sourcesToLink } from '../lib/providers/links';
import type { ClientGuide, ClientId, CopyValue, Port25Guide, Walkthrough } from '../lib/fix/index';
import { CopyButton } from './CopyButton';
import { CodeBlock } from './Steps';
import { Tabs } from './Tabs';
import { useT } from './i18n';
import { ExternalLink } from './ExternalLink';

/** Values with copy buttons: server, port, security, user name. */
export function CopyValues({ values }: { values: readonly CopyValue[] }) {
  const { t, locale } = useT();
  // A label mid-sentence is lower-case, except German nouns.
  const inSentence = (label: string) => (locale === 'de' ? label : label.toLowerCase());
  return (
    <dl className="copy-values">
      {values.map((v) => (
        <div key={v.label}>
          <dt>{v.label}</dt>
          <dd>
            {/* A description of what to type is shown as such, never offered for copying. */}
            {v.placeholder ? (
              <em className="copy-placeholder">{v.value}</em>
            ) : (
              <>
                <code>{v.value}</code>
                <CopyButton value={v.value} label={t('ui.copy.value', { label: inSentence(v.label) })} />
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The short numbered walkthrough generated from one settings record. */
export function WalkthroughView({ walkthrough }: { walkthrough: Walkthrough }) {
  const { t } = useT();
  return (
    <div className="walkthrough" aria-label={t('ui.fix.walkthrough')}>
      <h4>{walkthrough.title}</h4>
      <ol className="steps">
        {walkthrough.steps.map((step) => (
          <li key={step.n}>
            <p>{step.text}</p>
            {step.values?.length ? <CopyValues values={step.values} /> : null}
            {step.link ? (
              <p>
                <ExternalLink href={step.link.url}>{step.link.label}</ExternalLink>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {walkthrough.notes.map((note, i) => (
        <p key={i} className="note">
          {note}
        </p>
      ))}
    </div>
  );
}

/** The same settings, in the app the user sends from. */
export function ClientTabs({ guides, initial }: { guides: readonly ClientGuide[]; initial?: ClientId }) {
  const { t } = useT();
  return (
    <div className="client-guides">
      <h4>{t('ui.fix.inYourApp')}</h4>
      <Tabs
        label={t('ui.fix.app')}
        initial={initial}
        tabs={guides.map((guide) => ({
          id: guide.id,
          label: guide.name,
          content: () => <ClientGuideView guide={guide} />,
        }))}
      />
    </div>
  );
}

function ClientGuideView({ guide }: { guide: ClientGuide }) {
  const { t } = useT();
  const sources = sourcesToLink(guide.sources);
  return (
    <div className="client-guide" data-client={guide.id}>
      {guide.steps.length ? (
        <ol className="steps compact">
          {guide.steps.map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ol>
      ) : null}
      {guide.snippets.map((snippet, i) => (
        <div key={i} className="snippet">
          <p className="snippet-target">{snippet.target}</p>
          <CodeBlock
            code={snippet.code}
            label={
              guide.snippets.length > 1
                ? t('ui.fix.copySnippetN', { name: guide.name, n: i + 1 })
                : t('ui.fix.copySnippet', { name: guide.name })
            }
          />
        </div>
      ))}
      {guide.notes.map((note, i) => (
        <p key={i} className="note">
          {note}
        </p>
      ))}
      {sources.length ? (
        <p className="sources">
          {t('ui.fix.sources')}{' '}
          {sources.map((s, i) => (
            <span key={s.url}>
              {i ? ', ' : ''}
              <ExternalLink href={s.url}>{s.title}</ExternalLink>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}

/** A blocked port: why, the three ways out, the host's policy and a ready-to-send request. */
export function Port25View({ guide, valuesBelow = false }: { guide: Port25Guide; valuesBelow?: boolean }) {
  const { t } = useT();
  const requestText = `${t('ui.fix.subject', { subject: guide.request.subject })}\n\n${guide.request.body}`;
  const policySource = guide.hostPolicy ? sourcesToLink(guide.hostPolicy.sources)[0] : undefined;
  return (
    <div className="port25" aria-label={t('ui.fix.port25')}>
      <h4>{guide.title}</h4>
      {guide.hostPolicy ? (
        <div className="host-policy">
          <p>
            <strong>{guide.hostPolicy.name}:</strong> {guide.hostPolicy.summary}
          </p>
          <p className="muted small">
            {t('ui.fix.policyChecked', { date: guide.hostPolicy.checked })}
            {guide.hostPolicy.verified ? '' : ` ${t('ui.fix.secondary')}`}
            {policySource ? (
              <>
                {' · '}
                <ExternalLink href={policySource.url}>{t('ui.fix.source')}</ExternalLink>
              </>
            ) : null}
          </p>
        </div>
      ) : null}
      <details className="why-blocked">
        <summary>{t('ui.fix.whyBlocked')}</summary>
        {guide.why.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </details>
      <ol className="ways-out">
        {guide.waysOut.map((way) => (
          <li key={way.id} data-way={way.id} className={way.available ? '' : 'way-closed'}>
            <p className="way-title">
              {way.title}
              {way.available ? null : <span className="badge badge-warn">{t('ui.fix.closed')}</span>}
            </p>
            <p>{way.text}</p>
            {/* The walkthrough below repeats the submission values step by step. */}
            {way.values?.length && !(valuesBelow && way.id === 'submission') ? (
              <CopyValues values={way.values} />
            ) : null}
            {way.link ? (
              <p>
                <ExternalLink href={way.link.url}>{way.link.label}</ExternalLink>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {guide.evidence.length ? (
        <div className="evidence-lines">
          <p className="muted small">{guide.measuredFrom}</p>
          <ul>
            {guide.evidence.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <details className="request" open={guide.evidence.length > 0}>
        <summary>{t('ui.fix.requestTo', { to: guide.request.to })}</summary>
        <CodeBlock code={requestText} label={t('ui.fix.copyRequest')} />
        {guide.request.url ? (
          <p>
            <ExternalLink href={guide.request.url}>{t('ui.fix.whereToSend')}</ExternalLink>
          </p>
        ) : null}
      </details>
    </div>
  );
}

/** Provider sign-in changes that explain an authentication error. */
export function AuthAdviceView({ advice }: { advice: readonly AuthAdvice[] }) {
  const { t } = useT();
  if (!advice.length) return null;
  return (
    <div className="auth-advice">
      {advice.map(({ advisory, status }) => (
        <div key={advisory.id} className="advisory" data-advisory={advisory.id}>
          <h4>{advisory.title}</h4>
          <p>{advisory.summary}</p>
          {status ? <p className="note">{status}</p> : null}
          <ol className="steps compact">
            {advisory.steps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
          {advisory.timeline?.length ? (
            <details>
              <summary>{t('ui.fix.timeline')}</summary>
              <ul className="timeline">
                {advisory.timeline.map((entry) => (
                  <li key={entry.date + entry.event}>
                    <code>{entry.date}</code> {entry.event}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          <p>
            <ExternalLink href={advisory.helpUrl}>{t('ui.fix.providerHelp')}</ExternalLink>{' '}
            <span className="muted small">· {t('ui.fix.checked', { date: advisory.checked })}</span>
          </p>
        </div>
      ))}
    </div>
  );
}
