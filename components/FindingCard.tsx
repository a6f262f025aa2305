import { useId, type ReactNode } from 'react';
import { audienceOf } from '../lib/audience';
import type { Answer } from '../lib/explanations/answer';
import type { Explanation } from '../lib/explanations/types';
import type { PageKind, Vantage } from '../lib/vantage';
import { CopyButton } from './CopyButton';
import { Confidence } from './Confidence';
import { CodeBlock, Steps } from './Steps';
import { highlightSegments } from './highlight';
import { useT } from './i18n';
import type { Translator } from '../lib/i18n/translator';
import { timeOfDay } from './time-of-day';
import { ExternalLink } from './ExternalLink';

export interface CardSource {
  /** Where the error was seen (frame URL). */
  url?: string;
  /** ms since the epoch. */
  seenAt?: number;
  /** "page", "selection", "pasted". */
  kind: 'page' | 'selection' | 'pasted';
  /** The kind of page the watcher recognised (findings of a page). */
  page?: PageKind;
}

interface Props {
  explanation: Explanation;
  /** The first screen: what happened, who can fix it, the next step (lib/explanations/answer). */
  answer: Answer;
  vantage: Vantage;
  /** The text the diagnosis was made from (shown as text, never as HTML). */
  excerpt: string;
  source: CardSource;
  /** Confidence after probes, when they ran. */
  confirmed?: { confidence: number; note: string };
  /** The provider-specific walkthrough, when there is one. */
  guidedFix?: ReactNode;
  /** Probe controls and results. */
  probes?: ReactNode;
}

/**
 * One diagnosis, answer first: the root carries `data-category` and `data-vantage`, and the
 * one next action `data-next-step` (contracts other tests rely on). The first screen holds
 * what happened, who can fix it and that action; evidence, confidence, why, runners-up and
 * probes follow, folded.
 */
export function FindingCard({
  explanation,
  answer,
  vantage,
  excerpt,
  source,
  confirmed,
  guidedFix,
  probes,
}: Props) {
  const titleId = useId();
  const translator = useT();
  const { t } = translator;
  const category = explanation.category ?? 'unknown';
  const { next } = answer;
  return (
    <article
      className={`finding severity-${severityOf(category)}`}
      data-category={category}
      data-vantage={vantage}
      aria-labelledby={titleId}
    >
      <header className="finding-head">
        <p className="finding-source">{sourceLine(source, translator)}</p>
        <h2 id={titleId}>{answer.headline}</h2>
      </header>

      <p className="finding-who">
        <span className="label">{t('ui.card.who')}</span>
        {answer.who}
      </p>

      <div className="next-step" data-next-step="">
        <p className="next-step-text">
          <span className="label">{t('ui.card.next')}</span>
          {next.text}
        </p>
        {next.detail ? <p className="next-step-detail">{next.detail}</p> : null}
        {next.copy ? <ReadyText {...next.copy} /> : null}
        {next.link ? (
          <p className="next-step-link">
            <ExternalLink href={next.link.url}>{next.link.label}</ExternalLink>
          </p>
        ) : null}
      </div>

      {answer.causes?.length ? (
        <div className="causes">
          <p className="label">{t('ui.card.causes')}</p>
          <ol>
            {answer.causes.map((cause) => (
              <li key={cause}>{cause}</li>
            ))}
          </ol>
        </div>
      ) : null}

      {answer.terms.length ? (
        <dl className="terms" aria-label={t('ui.card.terms')}>
          {answer.terms.map((t) => (
            <div key={t.term}>
              <dt>{t.term}</dt>
              <dd>{t.meaning}</dd>
            </div>
          ))}
        </dl>
      ) : null}

      <details className="finding-section details-evidence">
        <summary>
          <h3>{t('ui.card.evidence')}</h3>
        </summary>
        <Confidence
          value={confirmed?.confidence ?? explanation.confidence}
          note={confirmed ? confirmed.note : undefined}
        />
        {explanation.title !== answer.headline ? (
          <p className="finding-diagnosis">
            <span className="label">{t('ui.card.diagnosis')}</span>
            {explanation.title}
          </p>
        ) : null}
        <p className="finding-summary">{explanation.summary}</p>
        {explanation.world ? <p className="finding-world">{explanation.world.note}</p> : null}
        <blockquote className="evidence" aria-label={t('ui.card.errorText')}>
          {highlightSegments(excerpt, explanation.evidence).map((segment, i) =>
            segment.mark ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
          )}
        </blockquote>
        {explanation.facts.length ? (
          <dl className="facts">
            {explanation.facts.map((fact, i) => (
              <div key={i} className={fact.assumed ? 'fact fact-assumed' : 'fact'}>
                <dt>{fact.label}</dt>
                <dd>
                  <code>{fact.value}</code>
                  {fact.assumed ? <span className="fact-tag"> {t('ui.card.assumed')}</span> : null}
                  {fact.meaning ? <span className="fact-meaning">{fact.meaning}</span> : null}
                </dd>
              </div>
            ))}
          </dl>
        ) : null}
        {explanation.assumedPortsNote ? <p className="note">{explanation.assumedPortsNote}</p> : null}
      </details>

      <details className="finding-section">
        <summary>
          <h3>{t('ui.card.why')}</h3>
        </summary>
        <p>{explanation.why}</p>
      </details>

      {explanation.alternatives.length ? (
        <details className="finding-section alternatives">
          <summary>
            <h3>{t('ui.card.alternatives', { count: explanation.alternatives.length })}</h3>
          </summary>
          <ul>
            {explanation.alternatives.map((alt) => (
              <li key={alt.category} data-alternative={alt.category}>
                <p>
                  <strong>{alt.title}</strong>{' '}
                  <span className="muted">· {Math.round(alt.confidence * 100)}%</span>
                </p>
                {alt.check ? (
                  <div className="check">
                    <p>
                      <span className="check-title">{alt.check.title}:</span> {alt.check.text}
                    </p>
                    {alt.check.code ? (
                      <CodeBlock
                        code={alt.check.code}
                        label={t('ui.card.copyCheck', { title: alt.check.title })}
                      />
                    ) : null}
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      <section className="finding-section" aria-label={t('ui.card.howToFix')}>
        <h3>{audienceOf(vantage, translator).stepsHeading}</h3>
        {guidedFix ?? <Steps steps={explanation.steps} label={t('ui.card.fixSteps')} />}
      </section>

      {explanation.confirm.length || probes ? (
        <details className="finding-section confirm-section">
          <summary>
            <h3>{t('ui.card.confirm')}</h3>
          </summary>
          {probes}
          <Steps steps={explanation.confirm} label={t('ui.card.checks')} />
        </details>
      ) : null}
    </article>
  );
}

/** A ready message or settings: copied with one button, readable when unfolded. */
function ReadyText({ label, value, kind }: NonNullable<Answer['next']['copy']>) {
  const { t } = useT();
  const message = kind === 'message';
  return (
    <div className="ready-text">
      <CopyButton
        value={value}
        label={label}
        text={t(message ? 'ui.card.copyMessage' : 'ui.card.copySettings')}
      />
      <details>
        <summary>{t(message ? 'ui.card.showMessage' : 'ui.card.showSettings')}</summary>
        <pre>{value}</pre>
      </details>
    </div>
  );
}

function sourceLine(source: CardSource, { t, locale }: Translator): string {
  if (source.kind === 'pasted') return t('ui.card.fromPasted');
  if (source.kind === 'selection') return t('ui.card.fromSelected');
  let host = '';
  try {
    host = source.url ? new URL(source.url).host : '';
  } catch {
    host = '';
  }
  if (source.seenAt) {
    const time = timeOfDay(locale).format(source.seenAt);
    return host ? t('ui.card.seenOnAt', { host, time }) : t('ui.card.seenHereAt', { time });
  }
  return host ? t('ui.card.seenOn', { host }) : t('ui.card.seenHere');
}

/** Colour family of the card's accent stripe; the title and text carry the meaning. */
function severityOf(category: string): 'network' | 'tls' | 'auth' | 'policy' | 'temporary' {
  if (['port-blocked', 'server-unreachable', 'dns-failure'].includes(category)) return 'network';
  if (category.startsWith('tls-')) return 'tls';
  if (category.startsWith('auth-')) return 'auth';
  if (['greylisted', 'rate-limit', 'mailbox-full'].includes(category)) return 'temporary';
  return 'policy';
}
