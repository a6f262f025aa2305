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
import { useT } from '../../components/i18n';
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
  const translator = useT();
  const { t } = translator;
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
    setCheck(await checkBackendClient(nativeProbeClient(), translator));
  }

  return (
    <div className="native-probes">
      <p>{t('options.native.intro')}</p>
      <CodeBlock code={NATIVE_INSTALL_COMMAND} label={t('options.native.copyInstall')} />
      {access === 'missing' ? (
        <div className="notice notice-warn">
          <p>{t('options.native.permission')}</p>
          <button type="button" className="btn btn-primary" onClick={allow}>
            {t('options.native.allow')}
          </button>
        </div>
      ) : access === 'reload' ? (
        <div className="notice notice-warn">
          <p>{t('options.native.reloadNeeded')}</p>
          <button type="button" className="btn btn-primary" onClick={() => location.reload()}>
            {t('options.native.reload')}
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
            {check === 'busy' ? t('options.native.testing') : t('options.native.test')}
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
  const { t } = useT();
  return (
    <CheckResult
      check={check}
      connected={(version) => t('options.native.connected', { version })}
      notRunning={
        <>
          <p>
            <strong>{t('options.native.notRunning')}</strong> {t('options.native.runThis')}
          </p>
          <CodeBlock code={NATIVE_INSTALL_COMMAND} label={t('options.native.copyInstall')} />
        </>
      }
    />
  );
}
