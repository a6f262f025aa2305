import { useEffect, useRef, useState } from 'react';
import { useT } from './i18n';

/** Copy text to the clipboard. Extension pages may use the async clipboard API on a click. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

interface Props {
  value: string;
  /** What is copied, for screen readers: "Copy host". */
  label: string;
  className?: string;
  /** Visible text instead of "Copy" (the label is still read to screen readers). */
  text?: string;
}

export function CopyButton({ value, label, className, text }: Props) {
  const { t } = useT();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function onClick() {
    const ok = await copyText(value);
    setState(ok ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), 1800);
  }

  return (
    <button
      type="button"
      className={`btn btn-small copy-btn ${className ?? ''}`}
      onClick={onClick}
      aria-label={label}
      data-state={state}
    >
      {state === 'copied' ? <CheckIcon /> : <CopyIcon />}
      <span className="copy-text" aria-live="polite">
        {state === 'copied'
          ? t('ui.copy.copied')
          : state === 'failed'
            ? t('ui.copy.failed')
            : (text ?? t('ui.copy.copy'))}
      </span>
    </button>
  );
}

/** A value shown in monospace with its copy button: hosts, ports, commands. */
export function CopyValue({ value, label }: { value: string; label: string }) {
  const { t } = useT();
  return (
    <span className="copy-value">
      <code>{value}</code>
      <CopyButton value={value} label={t('ui.copy.value', { label })} />
    </span>
  );
}

function CopyIcon() {
  return (
    <svg viewBox="0 0 16 16" width="13" height="13" aria-hidden="true" focusable="false">
      <rect
        x="5.5"
        y="5.5"
        width="8"
        height="8"
        rx="1.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
      />
      <path
        d="M3.5 10.5h-.5a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1h6.5a1 1 0 0 1 1 1v.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
      />
    </svg>
  );
}

function CheckIcon() {
  return (
    <svg viewBox="0 0 16 16" width="13" height="13" aria-hidden="true" focusable="false">
      <path
        d="M3 8.5l3 3 7-7"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
