import { useT } from './i18n';

/** Confidence as a word, a percentage and a bar: never colour alone. */
export function confidenceLevel(confidence: number): 'high' | 'medium' | 'low' {
  if (confidence >= 0.75) return 'high';
  if (confidence >= 0.45) return 'medium';
  return 'low';
}

export function Confidence({ value, note }: { value: number; note?: string }) {
  const clamped = Math.max(0, Math.min(1, Number.isFinite(value) ? value : 0));
  const level = confidenceLevel(clamped);
  const percent = Math.round(clamped * 100);
  const { t } = useT();
  const word = t(`ui.confidence.${level}`);
  return (
    <div className={`confidence confidence-${level}`} data-confidence={clamped.toFixed(2)}>
      <span className="confidence-text">
        {t('ui.confidence.line', { word, percent })}
        {note ? ` · ${note}` : ''}
      </span>
      <span
        className="confidence-bar"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-label={t('ui.confidence.label')}
      >
        <span style={{ width: `${percent}%` }} />
      </span>
    </div>
  );
}
