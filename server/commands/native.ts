/**
 * `smtp-doctor native install|uninstall|status|host`: local probes through the
 * browser's native messaging (no server, no port, no token).
 */
import { homedir } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_PROBE_PORTS } from '../../lib/probe/types.ts';
import type { CommandIO } from '../cli.ts';
import { parsePortList } from '../guard.ts';
import {
  CHROMIUM_DEV_ID,
  installNativeHost,
  NATIVE_BROWSERS,
  nativeHostStatus,
  uninstallNativeHost,
  type NativeBrowser,
  type NativeInstallOptions,
} from '../native/install.ts';

const HELP = `Usage: smtp-doctor native <install|uninstall|status> [--dir DIR [--browser B]] [--extension-id ID]…

Registers the SMTP Doctor native messaging host, so the extension runs probes on this
computer with no server running: the browser starts the host when the extension asks.
  install         write the host manifests for Chromium, Chrome and Firefox under $HOME
  uninstall       remove them and the launcher
  status          show what is registered (exit 0 when installed for every browser)
  --dir DIR       use this directory instead (e.g. a profile's NativeMessagingHosts folder)
  --browser B     manifest format for --dir: ${NATIVE_BROWSERS.join(', ')} (default chromium)
  --extension-id  also allow this Chromium extension id (repeatable; the development
                  build's ${CHROMIUM_DEV_ID} is always allowed)
  --allow-ports   install: probe these ports too (always: ${DEFAULT_PROBE_PORTS.join(', ')})
  --lab           install: allow loopback targets (testing only)
`;

function tildify(path: string): string {
  const home = process.env.HOME ?? homedir();
  return home && path.startsWith(`${home}/`) ? `~${path.slice(home.length)}` : path;
}

export async function native(args: string[], io: CommandIO): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'host') return (await import('./native-host.ts')).nativeHost(rest, io);
  if (sub === '--help' || sub === '-h' || sub === 'help') {
    io.stdout.write(HELP);
    return 0;
  }
  if (sub !== 'install' && sub !== 'uninstall' && sub !== 'status') {
    io.stderr.write(
      `smtp-doctor native: ${sub ? `unknown subcommand "${sub}"` : 'which subcommand?'}\n${HELP}`,
    );
    return 2;
  }
  let options: NativeInstallOptions;
  try {
    const { values } = parseArgs({
      args: rest,
      options: {
        dir: { type: 'string' },
        browser: { type: 'string' },
        'extension-id': { type: 'string', multiple: true },
        'allow-ports': { type: 'string' },
        lab: { type: 'boolean' },
      },
    });
    const browser = values.browser;
    if (browser !== undefined && !(NATIVE_BROWSERS as readonly string[]).includes(browser))
      throw new Error(`--browser must be one of ${NATIVE_BROWSERS.join(', ')}`);
    if (browser !== undefined && !values.dir) throw new Error('--browser goes with --dir');
    if (sub !== 'install' && (values.lab || values['allow-ports']))
      throw new Error('--lab and --allow-ports go with install');
    options = {
      dir: values.dir,
      dirBrowser: browser as NativeBrowser | undefined,
      extensionIds: values['extension-id'],
      lab: values.lab,
      allowPorts: values['allow-ports'] ? parsePortList(values['allow-ports']) : undefined,
    };
  } catch (error) {
    io.stderr.write(`smtp-doctor native ${sub}: ${(error as Error).message}\n${HELP}`);
    return 2;
  }

  try {
    if (sub === 'install') {
      const { launcher, manifests } = installNativeHost(options);
      for (const m of manifests) io.stdout.write(`${m.browser.padEnd(9)} ${tildify(m.path)}\n`);
      io.stdout.write(
        `host      ${tildify(launcher)}${options.lab ? ' (lab mode: loopback targets allowed)' : ''}\n`,
      );
      io.stdout.write(
        'Installed. Choose "This computer" under "Probe backend" in the extension\'s options.\n',
      );
      return 0;
    }
    if (sub === 'uninstall') {
      const removed = uninstallNativeHost(options);
      for (const path of removed) io.stdout.write(`removed ${tildify(path)}\n`);
      if (!removed.length) io.stdout.write('Nothing to remove: the host was not installed.\n');
      return 0;
    }
    const statuses = nativeHostStatus(options);
    for (const s of statuses) {
      io.stdout.write(`${s.browser.padEnd(9)} ${s.state.padEnd(9)} ${tildify(s.path)}: ${s.detail}\n`);
    }
    return statuses.every((s) => s.state === 'installed') ? 0 : 1;
  } catch (error) {
    io.stderr.write(`smtp-doctor native ${sub}: ${(error as Error).message}\n`);
    return 1;
  }
}
