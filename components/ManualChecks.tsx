import { useMemo, useState } from 'react';
import {
  manualChecks,
  platformFromUserAgent,
  type ManualCheck,
  type ManualCheckPlatform,
} from '../lib/probe/manual-checks';
import { CodeBlock } from './Steps';
import { Tabs } from './Tabs';

const PLATFORM_LABELS: Record<ManualCheckPlatform, string> = {
  windows: 'Windows',
  macos: 'macOS',
  linux: 'Linux',
  server: 'On the server',
};

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
  const checks = useMemo(() => manualChecks(host, port), [host, port]);
  if (!host.trim())
    return <p className="hint">Type the server to probe above to get commands you can run by hand.</p>;
  if (!checks.length) return <p className="hint">That host name cannot be used in a command.</p>;
  const platforms = (Object.keys(PLATFORM_LABELS) as ManualCheckPlatform[]).filter((p) =>
    checks.some((c) => c.platform === p),
  );
  return (
    <div className="manual-checks">
      <div className="manual-head">
        <h4>Check by hand</h4>
        <label className="port-pick">
          Port{' '}
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
        label="Platform"
        initial={platformFromUserAgent(navigator.userAgent)}
        tabs={platforms.map((platform) => ({
          id: platform,
          label: PLATFORM_LABELS[platform],
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
  return (
    <li data-check={check.id}>
      <p>
        <strong>{check.tool}</strong> — {check.purpose}
      </p>
      <CodeBlock code={check.command} label={`Copy the ${check.tool} command`} />
      <details className="reading">
        <summary>How to read it</summary>
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
