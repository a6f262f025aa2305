import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { localDetail } from '../lib/probe/detail';
import { START_BACKEND_COMMAND } from '../lib/probe/types';
import { CodeBlock } from './Steps';
import { useT, withElements } from './i18n';
import type { LoginOutcome, LoginRunner } from './probe-runner';

/** The provider the user set up in the options page: where a password belongs. */
export interface LoginProvider {
  providerName: string;
  /** Its submission server: the form starts with it. */
  host: string;
  port: number;
  /** Every submission host of the provider, lower case. */
  hosts: readonly string[];
}

interface Props {
  /** Null when no provider is set up: the host is the user's to type. */
  provider: LoginProvider | null;
  defaultUser: string;
  run: LoginRunner;
  onOpenSettings?: () => void;
}

function sameHost(a: string, b: string): boolean {
  const norm = (h: string) => h.trim().toLowerCase().replace(/\.$/, '');
  return norm(a) === norm(b);
}

/**
 * "Does this password work?": one AUTH attempt through the probe backend on this computer.
 * The host is the chosen provider's or what the user types, never one read from the page:
 * page text can name any server, and the password would go there. The password lives in
 * this form only; it is cleared once the check ran.
 */
export function LoginCheck({ provider, defaultUser, run, onOpenSettings }: Props) {
  const [host, setHost] = useState(provider?.host ?? '');
  const [port, setPort] = useState(String(provider?.port ?? 587));
  const [user, setUser] = useState(defaultUser);
  const [pass, setPass] = useState('');
  const [outcome, setOutcome] = useState<LoginOutcome | 'busy' | null>(null);
  const abort = useRef<AbortController | null>(null);
  const id = useId();
  const { t } = useT();
  useEffect(() => () => abort.current?.abort(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const portNumber = Number(port);
    if (!host.trim() || !user.trim() || !pass || !Number.isInteger(portNumber)) return;
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setOutcome('busy');
    const result = await run(
      { host: host.trim(), port: portNumber, user: user.trim(), pass },
      controller.signal,
    );
    setPass('');
    if (!controller.signal.aborted) setOutcome(result);
  }

  return (
    <details className="login-check">
      <summary>{t('probes.login.summary')}</summary>
      <form className="login-form" onSubmit={(e) => void submit(e)} autoComplete="off">
        <div className="field login-host">
          <label htmlFor={`${id}-h`}>{t('probes.login.host')}</label>
          <input
            id={`${id}-h`}
            type="text"
            value={host}
            onChange={(e) => setHost(e.target.value)}
            placeholder={provider ? undefined : t('probes.login.hostPlaceholder')}
            spellCheck={false}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-p`}>{t('probes.login.port')}</label>
          <input
            id={`${id}-p`}
            type="text"
            inputMode="numeric"
            value={port}
            onChange={(e) => setPort(e.target.value)}
          />
        </div>
        <div className="field login-user">
          <label htmlFor={`${id}-u`}>{t('probes.login.user')}</label>
          <input
            id={`${id}-u`}
            type="text"
            value={user}
            onChange={(e) => setUser(e.target.value)}
            spellCheck={false}
          />
        </div>
        <div className="field login-pass">
          <label htmlFor={`${id}-s`}>{t('probes.login.pass')}</label>
          <input
            id={`${id}-s`}
            type="password"
            value={pass}
            onChange={(e) => setPass(e.target.value)}
            autoComplete="new-password"
          />
        </div>
        <Destination host={host} port={port} provider={provider} onOpenSettings={onOpenSettings} />
        <button
          type="submit"
          className="btn"
          disabled={outcome === 'busy' || !pass || !host.trim() || !user.trim()}
        >
          {outcome === 'busy' ? t('probes.login.checking') : t('probes.login.check')}
        </button>
      </form>
      <p className="hint">{t('probes.login.hint')}</p>
      <div role="status" aria-live="polite">
        {outcome && outcome !== 'busy' ? <LoginResult outcome={outcome} /> : null}
      </div>
    </details>
  );
}

/** Where the password goes, said before the button; a warning when that is not the provider's server. */
function Destination({
  host,
  port,
  provider,
  onOpenSettings,
}: {
  host: string;
  port: string;
  provider: LoginProvider | null;
  onOpenSettings?: () => void;
}) {
  const translator = useT();
  const { t } = translator;
  const target = host.trim();
  const own = target !== '' && (provider?.hosts.some((h) => sameHost(h, target)) ?? false);
  const choose =
    onOpenSettings && !provider ? (
      <>
        {' '}
        <button type="button" className="btn-link" onClick={onOpenSettings}>
          {t('probes.login.chooseProvider')}
        </button>
      </>
    ) : null;
  return (
    <div className="login-destination" data-provider-host={own ? 'yes' : 'no'}>
      {target ? (
        <p>
          {withElements(translator, 'probes.login.sendsTo', {
            target: (
              <strong className="login-target">
                {target}:{port.trim()}
              </strong>
            ),
          })}
        </p>
      ) : null}
      {own || (!target && provider) ? null : (
        <p className="notice notice-warn" data-warning={provider ? 'not-provider' : 'no-provider'}>
          {provider ? (
            <>
              <strong>{t('probes.login.notProvider', { target, provider: provider.providerName })}</strong>{' '}
              {t('probes.login.onlyProvider', { host: provider.host })}
            </>
          ) : (
            <>
              <strong>{target ? t('probes.login.noProviderTarget') : t('probes.login.noProvider')}</strong>{' '}
              {target ? t('probes.login.checkTarget', { target }) : t('probes.login.typeServer')}
            </>
          )}
          {choose}
        </p>
      )}
    </div>
  );
}

function LoginResult({ outcome }: { outcome: LoginOutcome }) {
  const translator = useT();
  const { t } = translator;
  if (!outcome.ok) {
    return outcome.kind === 'not-running' ? (
      <div className="notice notice-warn">
        <p>
          <strong>{t('probes.login.notRunning')}</strong> {t('probes.login.startIt')}
        </p>
        <CodeBlock code={START_BACKEND_COMMAND} label={t('probes.login.copyStart')} />
      </div>
    ) : (
      <p className="notice notice-error">{outcome.message}</p>
    );
  }
  const { login } = outcome;
  // The backend refuses to send a password it cannot protect (no trusted TLS): that is no verdict on it.
  const prefix = 'not attempted';
  if (!login.ok && login.error?.toLowerCase().startsWith(prefix)) {
    const reason = login.error.slice(prefix.length).replace(/^[,:]/, '').trim();
    return (
      <p className="notice notice-warn" data-login="not-tried">
        <strong>{t('probes.login.notTried')}</strong> {localDetail(reason || login.error, translator)}
      </p>
    );
  }
  return login.ok ? (
    <p className="notice notice-ok" data-login="ok">
      <strong>{t('probes.login.accepted')}</strong> {t('probes.login.acceptedDetail', { port: login.port })}
    </p>
  ) : (
    <p className="notice notice-error" data-login="rejected">
      <strong>
        {login.code ? t('probes.login.rejectedCode', { code: login.code }) : t('probes.login.rejected')}
      </strong>{' '}
      {login.error ? localDetail(login.error, translator) : t('probes.login.refused')}
    </p>
  );
}
