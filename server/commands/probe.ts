/**
 * `smtp-doctor probe HOST [--ports 25,465,587,2525] [--timeout ms] [--json] [--lab] [--allow-ports …]`
 * The backend's probes, run from this terminal. The same target guard applies:
 * public addresses only (loopback with --lab), allow-listed ports only.
 * Exit: 0 a port works, 1 none works, 2 bad usage or refused target.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_PROBE_PORTS, PROBE_TIMEOUT_MS } from '../../lib/probe/types.ts';
import type { CommandIO } from '../cli.ts';
import { allowedPorts, checkPorts, GuardError, parsePortList } from '../guard.ts';
import { probeHost } from '../probe/index.ts';
import { renderTable } from '../probe/table.ts';

const HELP = `Usage: smtp-doctor probe HOST [--ports 25,465,587,2525] [--timeout ms] [--json] [--lab] [--allow-ports P,…]

Connects to HOST's SMTP ports from this machine, in parallel: TCP connect, greeting,
EHLO, STARTTLS (465: implicit TLS), certificate; prints what answered and a verdict.
  --ports        ports to probe (default ${DEFAULT_PROBE_PORTS.join(',')})
  --timeout      per-port deadline in ms (${PROBE_TIMEOUT_MS.min}–${PROBE_TIMEOUT_MS.max}, default ${PROBE_TIMEOUT_MS.default})
  --json         print the result as JSON (the backend's /v1/probe answer)
  --allow-ports  allow ports beyond ${DEFAULT_PROBE_PORTS.join(', ')}
  --lab          allow loopback targets (testing)
Exit status: 0 a port works, 1 none works, 2 bad usage or refused target.
`;

export async function probe(args: string[], io: CommandIO): Promise<number> {
  let values: {
    ports?: string;
    timeout?: string;
    json?: boolean;
    lab?: boolean;
    'allow-ports'?: string;
    help?: boolean;
  };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        ports: { type: 'string' },
        timeout: { type: 'string' },
        json: { type: 'boolean' },
        lab: { type: 'boolean' },
        'allow-ports': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    io.stderr.write(`smtp-doctor probe: ${(error as Error).message}\n${HELP}`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const host = positionals[0];
  if (!host || positionals.length > 1) {
    io.stderr.write(`smtp-doctor probe: give one HOST\n${HELP}`);
    return 2;
  }
  try {
    const ports = values.ports ? parsePortList(values.ports) : [...DEFAULT_PROBE_PORTS];
    if (ports.length === 0) throw new Error('no ports given');
    checkPorts(ports, allowedPorts(values['allow-ports'] ? parsePortList(values['allow-ports']) : []));
    const timeoutMs = values.timeout === undefined ? PROBE_TIMEOUT_MS.default : Number(values.timeout);
    if (
      !Number.isInteger(timeoutMs) ||
      timeoutMs < PROBE_TIMEOUT_MS.min ||
      timeoutMs > PROBE_TIMEOUT_MS.max
    ) {
      throw new Error(`--timeout must be ${PROBE_TIMEOUT_MS.min}–${PROBE_TIMEOUT_MS.max} ms`);
    }
    const response = await probeHost(
      { host, ports: [...new Set(ports)], timeoutMs },
      { policy: { lab: values.lab ?? false } },
    );
    io.stdout.write(values.json ? `${JSON.stringify(response)}\n` : renderTable(response));
    return response.verdict.best ? 0 : 1;
  } catch (error) {
    const refused = error instanceof GuardError;
    io.stderr.write(`smtp-doctor probe: ${(error as Error).message}\n`);
    if (refused && !values.lab && /loopback/.test((error as Error).message)) {
      io.stderr.write('(loopback targets are for testing: add --lab)\n');
    }
    return 2;
  }
}
