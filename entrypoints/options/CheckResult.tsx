import type { ReactNode } from 'react';
import type { BackendCheck } from '../../components/backend-check';

/**
 * The answer to "Test connection" / "Test the helper": what answered (version, ports,
 * lab mode), or what to do when nothing did, or the check's own error.
 */
export function CheckResult({
  check,
  connected,
  notRunning,
}: {
  check: BackendCheck;
  /** Who answered, e.g. "SMTP Doctor backend" (the version follows). */
  connected: (version: string) => string;
  /** Shown when nothing answered: how to start or install it. */
  notRunning: ReactNode;
}) {
  if (check.kind === 'ok') {
    return (
      <p className="notice notice-ok">
        Connected: {connected(check.version)}
        {check.ports?.length ? `, probing ports ${check.ports.join(', ')}` : ''}
        {check.lab ? ' (lab mode: loopback targets allowed)' : ''}.
      </p>
    );
  }
  if (check.kind === 'not-running') return <div className="notice notice-error">{notRunning}</div>;
  return <p className="notice notice-error">{check.message}</p>;
}
