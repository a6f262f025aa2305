import { useEffect, useState } from 'react';
import { checkBackendClient, type BackendCheck } from '../../components/backend-check';
import {
  hasNativePermission,
  nativeApiPresent,
  nativeProbeClient,
  requestNativePermission,
} from '../../components/native-host';
import { CodeBlock } from '../../components/Steps';
import { NATIVE_INSTALL_COMMAND } from '../../lib/probe/native';
import { CheckResult } from './CheckResult';

/** Where native messaging stands in this page. */
type Access = 'checking' | 'granted' | 'reload' | 'missing';

async function currentAccess(): Promise<Access> {
  if (!(await hasNativePermission())) return 'missing';
  // Granted while this page was open: the API appears only in pages loaded after the grant.
  return nativeApiPresent() ? 'granted' : 'reload';
}

/**
 * "This computer": probes through the native messaging host. Shows the one command
 * to run, asks for the permission when it is missing, and tests the host.
 */
export function NativeProbes() {
  const [access, setAccess] = useState<Access>('checking');
  const [check, setCheck] = useState<BackendCheck | 'busy' | null>(null);

  useEffect(() => {
    let live = true;
    currentAccess().then(
      (a) => live && setAccess(a),
      () => live && setAccess('missing'),
    );
    return () => {
      live = false;
    };
  }, []);

  function allow() {
    // First call in the click handler: the browser grants only during a user gesture.
    const request = requestNativePermission();
    void request.then(
      async (granted) => setAccess(granted ? await currentAccess() : 'missing'),
      () => setAccess('missing'),
    );
  }

  async function test() {
    setCheck('busy');
    setCheck(await checkBackendClient(nativeProbeClient()));
  }

  return (
    <div className="native-probes">
      <p>
        Install the helper once (it needs Node.js 20 or later), then test it. No server keeps running: the
        browser starts the helper when you run a probe.
      </p>
      <CodeBlock code={NATIVE_INSTALL_COMMAND} label="Copy the install command" />
      {access === 'missing' ? (
        <div className="notice notice-warn">
          <p>The browser must allow SMTP Doctor to talk to programs on this computer (native messaging).</p>
          <button type="button" className="btn btn-primary" onClick={allow}>
            Allow local probes
          </button>
        </div>
      ) : access === 'reload' ? (
        <div className="notice notice-warn">
          <p>Allowed. The browser makes it usable in pages opened from now on: reload this page.</p>
          <button type="button" className="btn btn-primary" onClick={() => location.reload()}>
            Reload
          </button>
        </div>
      ) : access === 'granted' ? (
        <div className="row">
          <button
            type="button"
            className="btn btn-primary"
            disabled={check === 'busy'}
            onClick={() => void test()}
          >
            {check === 'busy' ? 'Testing…' : 'Test the helper'}
          </button>
        </div>
      ) : null}
      <div role="status" aria-live="polite">
        {check && check !== 'busy' ? <NativeCheckResult check={check} /> : null}
      </div>
    </div>
  );
}

function NativeCheckResult({ check }: { check: BackendCheck }) {
  return (
    <CheckResult
      check={check}
      connected={(version) => `SMTP Doctor helper ${version} on this computer`}
      notRunning={
        <>
          <p>
            <strong>The helper is not installed, or did not start.</strong> Run this in a terminal, then test
            again:
          </p>
          <CodeBlock code={NATIVE_INSTALL_COMMAND} label="Copy the install command" />
        </>
      }
    />
  );
}
