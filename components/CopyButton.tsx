import { useEffect, useRef, useState } from 'react';

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
}

export function CopyButton({ value, label, className }: Props) {
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
      <span aria-hidden="true">{state === 'copied' ? '✓' : '⧉'}</span>
      <span aria-live="polite">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Select and copy' : 'Copy'}
      </span>
    </button>
  );
}

/** A value shown in monospace with its copy button: hosts, ports, commands. */
export function CopyValue({ value, label }: { value: string; label: string }) {
  return (
    <span className="copy-value">
      <code>{value}</code>
      <CopyButton value={value} label={`Copy ${label}`} />
    </span>
  );
}
