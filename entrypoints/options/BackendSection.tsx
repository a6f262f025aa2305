import { useId, useState } from 'react';
import { DEFAULT_BACKEND_URL, isHttpUrl, type ProbeVia, type Settings } from '../../components/settings';
import { dropNativePermission } from '../../components/native-host';
import { checkBackend, type BackendCheck } from '../../components/backend-check';
import { CodeBlock } from '../../components/Steps';
import { START_BACKEND_COMMAND } from '../../lib/probe/types';
import { CheckResult } from './CheckResult';
import { NativeProbes } from './NativeProbes';
import { Section } from './Section';
import { useT } from '../../components/i18n';
import type { MessageKey } from '../../lib/i18n/messages';

const ROUTES = {
  native: { name: 'ui.backend.native', detail: 'ui.backend.nativeDetail' },
  http: { name: 'ui.backend.http', detail: 'ui.backend.httpDetail' },
} as const satisfies Record<ProbeVia, { name: MessageKey; detail: MessageKey }>;

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
  const translator = useT();
  const { t } = translator;
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
    setCheck(await checkBackend(url, token, translator));
  }

  return (
    <Section title={t('ui.backend.title')} intro={t('ui.backend.intro')}>
      {onProbeViaChange ? (
        <fieldset className="radio-group">
          <legend>{t('ui.backend.from')}</legend>
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
                {t(ROUTES[via].name)}{' '}
                <span className="muted">— {t(ROUTES[via].detail, { command: 'smtp-doctor serve' })}</span>
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
        <p className="muted small">{t('ui.backend.start', { command: START_BACKEND_COMMAND })}</p>
        <div className="field">
          <label htmlFor={`${id}-url`}>{t('ui.backup.address')}</label>
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
            {urlValid ? t('ui.backend.default', { url: DEFAULT_BACKEND_URL }) : t('ui.backend.badUrl')}
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-token`}>{t('ui.backup.token')}</label>
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
              {showToken ? t('ui.backend.hide') : t('ui.backend.show')}
            </button>
          </div>
          <span className="hint">{t('ui.backend.tokenHint')}</span>
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
            {check === 'busy' ? t('ui.backend.testing') : t('ui.backend.test')}
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
  const { t } = useT();
  return (
    <CheckResult
      check={check}
      connected={(version) => t('ui.backend.connected', { version })}
      notRunning={
        <>
          <p>
            <strong>{t('ui.backend.notRunning')}</strong> {t('ui.backend.startHere')}
          </p>
          <CodeBlock code={START_BACKEND_COMMAND} label={t('ui.backend.copyStart')} />
          <p className="muted small">{t('ui.backend.tokenAgain')}</p>
        </>
      }
    />
  );
}
