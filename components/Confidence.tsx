/** Confidence as a word, a percentage and a bar: never colour alone. */
export function confidenceLevel(confidence: number): 'high' | 'medium' | 'low' {
  if (confidence >= 0.75) return 'high';
  if (confidence >= 0.45) return 'medium';
  return 'low';
}

const WORDS = { high: 'Likely', medium: 'Possible', low: 'Uncertain' } as const;

export function Confidence({ value, note }: { value: number; note?: string }) {
  const clamped = Math.max(0, Math.min(1, Number.isFinite(value) ? value : 0));
  const level = confidenceLevel(clamped);
  const percent = Math.round(clamped * 100);
  return (
    <div className={`confidence confidence-${level}`} data-confidence={clamped.toFixed(2)}>
      <span className="confidence-text">
        {WORDS[level]} · {percent}% confidence{note ? ` · ${note}` : ''}
      </span>
      <span
        className="confidence-bar"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-label="Confidence"
      >
        <span style={{ width: `${percent}%` }} />
      </span>
    </div>
  );
}
