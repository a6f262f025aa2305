import { useMemo, useState } from 'react';
import {
  manualChecks,
  platformFromUserAgent,
  type ManualCheck,
  type ManualCheckPlatform,
} from '../lib/probe/manual-checks';
import { CodeBlock } from './Steps';
import { Tabs } from './Tabs';
import { useT } from './i18n';

/** The tabs in their order; the systems' names stay as they are, "On the server" is a message. */
const PLATFORMS: readonly ManualCheckPlatform[] = ['windows', 'macos', 'linux', 'server'];
const SYSTEM_NAMES = { windows: 'Windows', macos: 'macOS', linux: 'Linux' } as const;

/** Checks to run by hand, per platform and port, each with how to read its output. */
export function ManualChecks({
  host,
  ports,
  defaultPort,
}: {
  host: string;
  ports: number[];
  defaultPort: number;
}) {
  const [port, setPort] = useState(ports.includes(defaultPort) ? defaultPort : (ports[0] ?? 587));
  const translator = useT();
  const { t } = translator;
  const checks = useMemo(() => manualChecks(host, port, undefined, translator), [host, port, translator]);
  if (!host.trim()) return <p className="hint">{t('probes.manual.typeHost')}</p>;
  if (!checks.length) return <p className="hint">{t('probes.manual.badHost')}</p>;
  const platforms = PLATFORMS.filter((p) => checks.some((c) => c.platform === p));
  return (
    <div className="manual-checks">
      <div className="manual-head">
        <h4>{t('probes.manual.title')}</h4>
        <label className="port-pick">
          {t('probes.manual.port')}{' '}
          <select value={port} onChange={(e) => setPort(Number(e.target.value))}>
            {ports.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Tabs
        label={t('probes.manual.platform')}
        initial={platformFromUserAgent(navigator.userAgent)}
        tabs={platforms.map((platform) => ({
          id: platform,
          label: platform === 'server' ? t('probes.manual.server') : SYSTEM_NAMES[platform],
          content: () => (
            <ul className="check-list">
              {checks
                .filter((c) => c.platform === platform)
                .map((check) => (
                  <CheckItem key={check.id} check={check} />
                ))}
            </ul>
          ),
        }))}
      />
    </div>
  );
}

function CheckItem({ check }: { check: ManualCheck }) {
  const { t } = useT();
  return (
    <li data-check={check.id}>
      <p>
        <strong>{check.tool}</strong> — {check.purpose}
      </p>
      <CodeBlock code={check.command} label={t('probes.manual.copy', { tool: check.tool })} />
      <details className="reading">
        <summary>{t('probes.manual.howToRead')}</summary>
        <dl>
          {check.read.map((hint, i) => (
            <div key={i}>
              <dt>
                <code>{hint.output}</code>
              </dt>
              <dd>{hint.meaning}</dd>
            </div>
          ))}
        </dl>
      </details>
    </li>
  );
}
