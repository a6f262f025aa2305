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
import type { RefusalReason } from '../../lib/probe/refusal.ts';
import { errorText } from './error-text.ts';
import { probeHost } from '../probe/index.ts';
import { renderTable } from '../probe/table.ts';
import { jsonLine } from '../render/terminal.ts';
import { ENGLISH, type Translator } from '../i18n.ts';
import { optionLine, parseArgsMessage } from './help-text.ts';

function probeHelp({ t }: Translator): string {
  const option = (name: string, text: string) => optionLine(name, 17, text);
  const { min, max } = PROBE_TIMEOUT_MS;
  return [
    `${t('cli.usage.title')} smtp-doctor probe HOST [--ports 25,465,587,2525] [--timeout ms] [--json] [--lab] [--allow-ports P,…]`,
    '',
    t('cli.probe.help.about'),
    option('--ports', t('cli.probe.help.ports', { ports: DEFAULT_PROBE_PORTS.join(',') })),
    option('--timeout', t('cli.probe.help.timeout', { min, max, default: PROBE_TIMEOUT_MS.default })),
    option('--json', t('cli.probe.help.json')),
    option('--allow-ports', t('cli.probe.help.allowPorts', { ports: DEFAULT_PROBE_PORTS.join(', ') })),
    option('--lab', t('cli.probe.help.lab')),
    t('cli.probe.help.exit'),
    '',
  ].join('\n');
}

export async function probe(args: string[], io: CommandIO): Promise<number> {
  const translator = io.translator ?? ENGLISH;
  const { t } = translator;
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
    io.stderr.write(`smtp-doctor probe: ${parseArgsMessage(error, translator)}\n${probeHelp(translator)}`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(probeHelp(translator));
    return 0;
  }
  const host = positionals[0];
  if (!host || positionals.length > 1) {
    io.stderr.write(`smtp-doctor probe: ${t('cli.probe.error.oneHost')}\n${probeHelp(translator)}`);
    return 2;
  }
  try {
    const ports = values.ports ? parsePortList(values.ports) : [...DEFAULT_PROBE_PORTS];
    if (ports.length === 0) throw new Error(t('cli.probe.error.noPorts'));
    checkPorts(ports, allowedPorts(values['allow-ports'] ? parsePortList(values['allow-ports']) : []));
    const timeoutMs = values.timeout === undefined ? PROBE_TIMEOUT_MS.default : Number(values.timeout);
    if (
      !Number.isInteger(timeoutMs) ||
      timeoutMs < PROBE_TIMEOUT_MS.min ||
      timeoutMs > PROBE_TIMEOUT_MS.max
    ) {
      throw new Error(t('cli.probe.error.timeout', { min: PROBE_TIMEOUT_MS.min, max: PROBE_TIMEOUT_MS.max }));
    }
    const response = await probeHost(
      { host, ports: [...new Set(ports)], timeoutMs },
      { policy: { lab: values.lab ?? false } },
    );
    io.stdout.write(values.json ? jsonLine(response) : renderTable(response, translator));
    return response.verdict.best ? 0 : 1;
  } catch (error) {
    io.stderr.write(`smtp-doctor probe: ${errorText(error, translator)}\n`);
    if (error instanceof GuardError && !values.lab && labAllows(error.reason)) {
      io.stderr.write(`(${t('cli.probe.error.addLab')})\n`);
    }
    return 2;
  }
}

/** Would `--lab` have let this target through? Loopback only: an address, a name resolving there, localhost. */
function labAllows({ code, params }: RefusalReason): boolean {
  if (code === 'address' || code === 'resolves') return params?.range === 'loopback';
  return code === 'local-name' && params?.name === 'localhost';
}
