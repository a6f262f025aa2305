import type { ReactNode } from 'react';
import type { BackendCheck } from '../../components/backend-check';
import { useT } from '../../components/i18n';
import type { MessageKey } from '../../lib/i18n/messages';

/** One whole sentence per combination: the languages place the ports and the lab note differently. */
const CONNECTED: Record<'plain' | 'ports' | 'lab' | 'portsLab', MessageKey> = {
  plain: 'options.check.connected',
  ports: 'options.check.connectedPorts',
  lab: 'options.check.connectedLab',
  portsLab: 'options.check.connectedPortsLab',
};

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
  const { t } = useT();
  if (check.kind === 'ok') {
    const ports = check.ports?.length ? check.ports.join(', ') : '';
    const form = ports ? (check.lab ? 'portsLab' : 'ports') : check.lab ? 'lab' : 'plain';
    return <p className="notice notice-ok">{t(CONNECTED[form], { who: connected(check.version), ports })}</p>;
  }
  if (check.kind === 'not-running') return <div className="notice notice-error">{notRunning}</div>;
  return <p className="notice notice-error">{check.message}</p>;
}
