import type { ExplainContext } from './context';

/**
 * "25", "25 or 587": the port the connection used, or the ports assumed when the text names
 * none, joined in the reader's language. Undefined when no port is known: the catalogs then
 * hold a sentence without one.
 */
export function portsOf(c: ExplainContext): string | undefined {
  if (c.port === undefined) return undefined;
  const ports = c.portAssumed && c.assumedPorts.length > 1 ? c.assumedPorts : [c.port];
  return ports.map(String).reduce((a, b) => c.t('policy.list.or', { a, b }));
}
