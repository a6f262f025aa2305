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
  type HostState,
  type NativeBrowser,
  type NativeInstallOptions,
} from '../native/install.ts';
import type { MessageKey } from '../../lib/i18n/messages.ts';
import { ENGLISH, type Translator } from '../i18n.ts';
import { errorText } from './error-text.ts';
import { optionLine, parseArgsMessage } from './help-text.ts';

/** What `native status` says of each browser's registration. */
const STATE_WORDS: Record<HostState, MessageKey> = {
  installed: 'cli.native.state.installed',
  missing: 'cli.native.state.missing',
  broken: 'cli.native.state.broken',
};

function nativeHelp({ t }: Translator): string {
  const option = (name: string, text: string) => optionLine(name, 18, text);
  return [
    `${t('cli.usage.title')} smtp-doctor native <install|uninstall|status> [--dir DIR [--browser B]] [--extension-id ID]…`,
    '',
    t('cli.native.help.about'),
    option('install', t('cli.native.help.install')),
    option('uninstall', t('cli.native.help.uninstall')),
    option('status', t('cli.native.help.status')),
    option('--dir DIR', t('cli.native.help.dir')),
    option('--browser B', t('cli.native.help.browser', { browsers: NATIVE_BROWSERS.join(', ') })),
    option('--extension-id', t('cli.native.help.extensionId', { id: CHROMIUM_DEV_ID })),
    option('--allow-ports', t('cli.native.help.allowPorts', { ports: DEFAULT_PROBE_PORTS.join(', ') })),
    option('--lab', t('cli.native.help.lab')),
    '',
  ].join('\n');
}

function tildify(path: string): string {
  const home = process.env.HOME ?? homedir();
  return home && path.startsWith(`${home}/`) ? `~${path.slice(home.length)}` : path;
}

export async function native(args: string[], io: CommandIO): Promise<number> {
  const translator = io.translator ?? ENGLISH;
  const { t } = translator;
  const [sub, ...rest] = args;
  if (sub === 'host') return (await import('./native-host.ts')).nativeHost(rest, io);
  if (sub === '--help' || sub === '-h' || sub === 'help') {
    io.stdout.write(nativeHelp(translator));
    return 0;
  }
  if (sub !== 'install' && sub !== 'uninstall' && sub !== 'status') {
    const why = sub ? t('cli.native.error.unknown', { name: sub }) : t('cli.native.error.which');
    io.stderr.write(`smtp-doctor native: ${why}\n${nativeHelp(translator)}`);
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
      throw new Error(t('cli.native.error.browser', { browsers: NATIVE_BROWSERS.join(', ') }));
    if (browser !== undefined && !values.dir) throw new Error(t('cli.native.error.browserWithoutDir'));
    if (sub !== 'install' && (values.lab || values['allow-ports']))
      throw new Error(t('cli.native.error.installOnly'));
    options = {
      dir: values.dir,
      dirBrowser: browser as NativeBrowser | undefined,
      extensionIds: values['extension-id'],
      lab: values.lab,
      allowPorts: values['allow-ports'] ? parsePortList(values['allow-ports']) : undefined,
    };
  } catch (error) {
    io.stderr.write(
      `smtp-doctor native ${sub}: ${parseArgsMessage(error, translator)}\n${nativeHelp(translator)}`,
    );
    return 2;
  }

  try {
    if (sub === 'install') {
      const { launcher, manifests } = installNativeHost(options);
      for (const m of manifests) io.stdout.write(`${m.browser.padEnd(9)} ${tildify(m.path)}\n`);
      const lab = options.lab ? ` ${t('cli.native.labMode')}` : '';
      io.stdout.write(`host      ${tildify(launcher)}${lab}\n`);
      const where = { choice: t('ui.backend.native'), section: t('ui.backend.title') };
      io.stdout.write(`${t('cli.native.installed', where)}\n`);
      return 0;
    }
    if (sub === 'uninstall') {
      const removed = uninstallNativeHost(options);
      for (const path of removed) io.stdout.write(`${t('cli.native.removed', { path: tildify(path) })}\n`);
      if (!removed.length) io.stdout.write(`${t('cli.native.nothingToRemove')}\n`);
      return 0;
    }
    const statuses = nativeHostStatus(options);
    // The state column as wide as the language's longest state word.
    const width = Math.max(...Object.values(STATE_WORDS).map((key) => t(key).length));
    for (const s of statuses) {
      const state = t(STATE_WORDS[s.state]).padEnd(width);
      io.stdout.write(
        `${s.browser.padEnd(9)} ${state} ${tildify(s.path)}: ${t(s.detail.key, s.detail.params)}\n`,
      );
    }
    return statuses.every((s) => s.state === 'installed') ? 0 : 1;
  } catch (error) {
    io.stderr.write(`smtp-doctor native ${sub}: ${errorText(error, translator)}\n`);
    return 1;
  }
}
