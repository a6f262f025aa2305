import type { Step } from '../lib/explanations/types';
import { CopyButton } from './CopyButton';
import { useT } from './i18n';

/** A numbered list of steps; a step's code is shown verbatim with a copy button. */
export function Steps({ steps, label }: { steps: readonly Step[]; label: string }) {
  const { t } = useT();
  if (!steps.length) return null;
  return (
    <ol className="steps" aria-label={label}>
      {steps.map((step, i) => (
        <li key={i}>
          <p>{step.text}</p>
          {step.detail ? <p className="step-detail">{step.detail}</p> : null}
          {step.code ? <CodeBlock code={step.code} label={t('ui.steps.copy', { step: i + 1 })} /> : null}
        </li>
      ))}
    </ol>
  );
}

export function CodeBlock({ code, label }: { code: string; label: string }) {
  return (
    <div className="code-block">
      <pre>
        <code>{code}</code>
      </pre>
      <CopyButton value={code} label={label} />
    </div>
  );
}
