import { useId, useState } from 'react';
import { DEFAULT_BACKEND_URL, isHttpUrl, type ProbeVia, type Settings } from '../../components/settings';
import { dropNativePermission } from '../../components/native-host';
import { checkBackend, type BackendCheck } from '../../components/backend-check';
import { CodeBlock } from '../../components/Steps';
import { START_BACKEND_COMMAND } from '../../lib/probe/types';
import { CheckResult } from './CheckResult';
import { NativeProbes } from './NativeProbes';
import { Section } from './Section';

const ROUTES: Record<ProbeVia, { name: string; detail: string }> = {
  native: { name: 'This computer', detail: 'a helper the browser starts when needed (native messaging)' },
  http: {
    name: 'A probe server',
    detail: 'smtp-doctor serve, here or on another machine such as your mail server',
  },
};

type Backend = Settings['backend'];

export function BackendSection({
  backend,
  onChange,
  probeVia = 'http',
  onProbeViaChange,
}: {
  backend: Backend;
  onChange: (b: Backend) => void;
  probeVia?: ProbeVia;
  onProbeViaChange?: (via: ProbeVia) => void;
}) {
  const [url, setUrl] = useState(backend.url);
  const [token, setToken] = useState(backend.token);
  const [showToken, setShowToken] = useState(false);
  const [check, setCheck] = useState<BackendCheck | 'busy' | null>(null);
  const id = useId();
  const urlValid = isHttpUrl(url);

  function commit(next: Backend) {
    if (isHttpUrl(next.url)) onChange(next);
  }

  async function test() {
    setCheck('busy');
    setCheck(await checkBackend(url, token));
  }

  return (
    <Section
      title="Probe backend"
      intro="Browsers cannot open mail ports, so probes run through a small program: on this computer, or on another machine such as the server whose mail fails."
    >
      {onProbeViaChange ? (
        <fieldset className="radio-group">
          <legend>Run probes from</legend>
          {(Object.keys(ROUTES) as ProbeVia[]).map((via) => (
            <label key={via} className="radio">
              <input
                type="radio"
                name="probe-via"
                value={via}
                checked={probeVia === via}
                onChange={() => {
                  // A probe server needs no native messaging: give the permission back.
                  if (via === 'http') void dropNativePermission();
                  onProbeViaChange(via);
                }}
              />
              <span>
                {ROUTES[via].name} <span className="muted">— {ROUTES[via].detail}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {probeVia === 'native' ? <NativeProbes /> : serverFields()}
    </Section>
  );

  function serverFields() {
    return (
      <>
        <p className="muted small">
          Start it with {START_BACKEND_COMMAND}, then paste the address and token it prints.
        </p>
        <div className="field">
          <label htmlFor={`${id}-url`}>Address</label>
          <input
            id={`${id}-url`}
            type="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            onBlur={() => commit({ url, token })}
            aria-invalid={!urlValid}
            aria-describedby={`${id}-url-hint`}
            placeholder={DEFAULT_BACKEND_URL}
            spellCheck={false}
          />
          <span id={`${id}-url-hint`} className={urlValid ? 'hint' : 'hint error-text'}>
            {urlValid ? `Default: ${DEFAULT_BACKEND_URL}` : 'Enter an http:// or https:// address.'}
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-token`}>Token</label>
          <div className="row">
            <input
              id={`${id}-token`}
              type={showToken ? 'text' : 'password'}
              value={token}
              onChange={(e) => setToken(e.target.value)}
              onBlur={() => commit({ url, token: token.trim() })}
              autoComplete="off"
              spellCheck={false}
            />
            <button
              type="button"
              className="btn btn-small"
              aria-pressed={showToken}
              onClick={() => setShowToken((v) => !v)}
            >
              {showToken ? 'Hide' : 'Show'}
            </button>
          </div>
          <span className="hint">Printed once when the backend first starts.</span>
        </div>
        <div className="row">
          <button
            type="button"
            className="btn btn-primary"
            disabled={!urlValid || check === 'busy'}
            onClick={() => {
              commit({ url, token: token.trim() });
              void test();
            }}
          >
            {check === 'busy' ? 'Testing…' : 'Test connection'}
          </button>
        </div>
        <div role="status" aria-live="polite">
          {check && check !== 'busy' ? <ServerCheckResult check={check} /> : null}
        </div>
      </>
    );
  }
}

function ServerCheckResult({ check }: { check: BackendCheck }) {
  return (
    <CheckResult
      check={check}
      connected={(version) => `SMTP Doctor backend ${version}`}
      notRunning={
        <>
          <p>
            <strong>No probe backend is answering at this address.</strong> Start it in a terminal on this
            computer:
          </p>
          <CodeBlock code={START_BACKEND_COMMAND} label="Copy the start command" />
          <p className="muted small">It prints a token on first start; paste it above and test again.</p>
        </>
      }
    />
  );
}
