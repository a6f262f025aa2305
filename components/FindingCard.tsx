import { useId, type ReactNode } from 'react';
import type { Explanation } from '../lib/explanations/types';
import { Confidence } from './Confidence';
import { CodeBlock, Steps } from './Steps';
import { highlightSegments } from './highlight';

export interface CardSource {
  /** Where the error was seen (frame URL). */
  url?: string;
  /** ms since the epoch. */
  seenAt?: number;
  /** "page", "selection", "pasted". */
  kind: 'page' | 'selection' | 'pasted';
}

interface Props {
  explanation: Explanation;
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

/** One diagnosis. The root carries `data-category` (a contract other tests rely on). */
export function FindingCard({ explanation, excerpt, source, confirmed, guidedFix, probes }: Props) {
  const titleId = useId();
  const category = explanation.category ?? 'unknown';
  return (
    <article
      className={`finding severity-${severityOf(category)}`}
      data-category={category}
      aria-labelledby={titleId}
    >
      <header className="finding-head">
        <p className="finding-source">{sourceLine(source)}</p>
        <h2 id={titleId}>{explanation.title}</h2>
        <Confidence
          value={confirmed?.confidence ?? explanation.confidence}
          note={confirmed ? confirmed.note : undefined}
        />
      </header>

      <p className="finding-summary">{explanation.summary}</p>
      {explanation.world ? <p className="finding-world">{explanation.world.note}</p> : null}

      <section className="finding-section" aria-label="Evidence">
        <h3>What the error said</h3>
        <blockquote className="evidence">
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
                  {fact.assumed ? <span className="fact-tag"> assumed</span> : null}
                  {fact.meaning ? <span className="fact-meaning">{fact.meaning}</span> : null}
                </dd>
              </div>
            ))}
          </dl>
        ) : null}
        {explanation.assumedPortsNote ? <p className="note">{explanation.assumedPortsNote}</p> : null}
      </section>

      <details className="finding-section">
        <summary>
          <h3>Why this happens</h3>
        </summary>
        <p>{explanation.why}</p>
      </details>

      <section className="finding-section" aria-label="How to fix it">
        <h3>How to fix it</h3>
        {guidedFix ?? <Steps steps={explanation.steps} label="Fix steps" />}
      </section>

      {explanation.alternatives.length ? (
        <details className="finding-section alternatives">
          <summary>
            <h3>Could also be ({explanation.alternatives.length})</h3>
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
                      <CodeBlock code={alt.check.code} label={`Copy check: ${alt.check.title}`} />
                    ) : null}
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      {explanation.confirm.length || probes ? (
        <section className="finding-section" aria-label="Confirm it">
          <h3>Confirm it</h3>
          {probes}
          <Steps steps={explanation.confirm} label="Checks" />
        </section>
      ) : null}
    </article>
  );
}

/** One formatter for every card: toLocaleTimeString builds a new one on each call. */
const TIME_OF_DAY = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

function sourceLine(source: CardSource): string {
  if (source.kind === 'pasted') return 'From the text you pasted';
  if (source.kind === 'selection') return 'From the text you selected';
  let host = '';
  try {
    host = source.url ? new URL(source.url).host : '';
  } catch {
    host = '';
  }
  const when = source.seenAt ? ` at ${TIME_OF_DAY.format(source.seenAt)}` : '';
  return host ? `Seen on ${host}${when}` : `Seen on this page${when}`;
}

/** Colour family of the card's accent stripe; the title and text carry the meaning. */
function severityOf(category: string): 'network' | 'tls' | 'auth' | 'policy' | 'temporary' {
  if (['port-blocked', 'server-unreachable', 'dns-failure'].includes(category)) return 'network';
  if (category.startsWith('tls-')) return 'tls';
  if (category.startsWith('auth-')) return 'auth';
  if (['greylisted', 'rate-limit', 'mailbox-full'].includes(category)) return 'temporary';
  return 'policy';
}
