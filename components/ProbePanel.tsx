import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { AUDIENCES } from '../lib/audience';
import { START_BACKEND_COMMAND, type PortResult, type ProbeResponse } from '../lib/probe/types';
import { localVerdict } from '../lib/probe/verdict';
import { localDetail } from '../lib/probe/detail';
import { CodeBlock } from './Steps';
import { useT, withElements } from './i18n';
import type { MessageKey } from '../lib/i18n/messages';
import { parsePorts, type ProbeOutcome, type ProbeRunner } from './probe-runner';

interface Props {
  defaultHost: string;
  defaultPorts: number[];
  backendUrl: string;
  run: ProbeRunner;
  onResponse?: (response: ProbeResponse) => void;
  /** Shown when the backend cannot be reached: checks the user can run by hand. */
  /** Commands to run by hand, for the host in the field (as typed). */
  manualChecks?: (host: string) => React.ReactNode;
  onOpenSettings?: () => void;
  /** A run kept from an earlier opening of the popup. */
  previous?: ProbeResponse;
  /** The default host was read from the error text (a page can write any): say so while unchanged. */
  defaultHostFromText?: boolean;
  /** "Clear results": the panel empties itself; the owner forgets what it kept. */
  onClear?: () => void;
  /** Where the tests run from, for the reader (lib/audience). */
  from?: string;
}

type State =
  | { phase: 'idle' }
  | { phase: 'running'; ports: number[]; results: PortResult[] }
  | { phase: 'done'; ports: number[]; results: PortResult[]; outcome: ProbeOutcome };

/** "Run probes": per-port results as they arrive, then the verdict. */
export function ProbePanel({
  defaultHost,
  defaultPorts,
  backendUrl,
  run,
  onResponse,
  manualChecks,
  onOpenSettings,
  previous,
  defaultHostFromText = false,
  onClear,
  from = AUDIENCES['this-device'].probesFrom,
}: Props) {
  const [host, setHost] = useState(previous?.host ?? defaultHost);
  const [portsText, setPortsText] = useState(
    (previous?.results.map((r) => r.port) ?? defaultPorts).join(', '),
  );
  const [state, setState] = useState<State>(() =>
    previous
      ? {
          phase: 'done',
          ports: previous.results.map((r) => r.port),
          results: previous.results,
          outcome: { ok: true, response: previous },
        }
      : { phase: 'idle' },
  );
  const abort = useRef<AbortController | null>(null);
  const id = useId();
  const { t } = useT();
  useEffect(() => () => abort.current?.abort(), []);

  async function start(event: FormEvent) {
    event.preventDefault();
    const ports = parsePorts(portsText);
    const target = host.trim();
    if (!target || !ports.length) return;
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState({ phase: 'running', ports, results: [] });
    const outcome = await run(
      { host: target, ports },
      (result) =>
        setState((old) =>
          old.phase === 'running' && !controller.signal.aborted
            ? { ...old, results: [...old.results.filter((r) => r.port !== result.port), result] }
            : old,
        ),
      controller.signal,
    );
    if (controller.signal.aborted) return;
    const results = outcome.ok ? outcome.response.results : undefined;
    setState((old) => ({
      phase: 'done',
      ports,
      results: results ?? (old.phase === 'idle' ? [] : old.results),
      outcome,
    }));
    if (outcome.ok) onResponse?.(outcome.response);
  }

  const running = state.phase === 'running';
  return (
    <div className="probes">
      <form className="probe-form" onSubmit={(e) => void start(e)}>
        <div className="field probe-host">
          <label htmlFor={`${id}-host`}>{t('ui.probe.host')}</label>
          <input
            id={`${id}-host`}
            type="text"
            value={host}
            onChange={(e) => setHost(e.target.value)}
            placeholder="smtp.example.org"
            spellCheck={false}
            aria-describedby={defaultHostFromText ? `${id}-host-origin` : undefined}
          />
          {defaultHostFromText && host.trim() !== '' && host.trim() === defaultHost ? (
            <span id={`${id}-host-origin`} className="hint host-origin" data-host-origin="error-text">
              {t('ui.probe.hostFromText')}
            </span>
          ) : null}
        </div>
        <div className="field probe-ports">
          <label htmlFor={`${id}-ports`}>{t('ui.probe.ports')}</label>
          <input
            id={`${id}-ports`}
            type="text"
            value={portsText}
            onChange={(e) => setPortsText(e.target.value)}
            spellCheck={false}
          />
        </div>
        <button
          type="submit"
          className="btn btn-primary"
          disabled={running || !host.trim()}
          aria-describedby={!host.trim() ? `${id}-why-disabled` : undefined}
        >
          {running ? t('ui.probe.running') : t('ui.probe.run')}
        </button>
        {!host.trim() ? (
          <p id={`${id}-why-disabled`} className="hint why-disabled">
            {t('ui.probe.needHost', { example: 'smtp.gmail.com' })}
          </p>
        ) : null}
      </form>
      <p className="hint">
        {from} ({backendUrl}). {t('ui.probe.nothingSent')}
      </p>

      <div role="status" aria-live="polite" className="probe-live">
        {state.phase === 'running' ||
        (state.phase === 'done' && (state.outcome.ok || state.results.length)) ? (
          <ul className="port-results" aria-label={t('ui.probe.results')}>
            {state.ports.map((port) => {
              const result = state.results.find((r) => r.port === port);
              return <PortRow key={port} port={port} result={result} pending={running && !result} />;
            })}
          </ul>
        ) : null}
        {state.phase === 'done' ? (
          state.outcome.ok ? (
            <>
              <Verdict response={state.outcome.response} />
              {onClear ? (
                <button
                  type="button"
                  className="btn-link probe-clear"
                  onClick={() => {
                    setState({ phase: 'idle' });
                    onClear();
                  }}
                >
                  {t('ui.probe.clear')}
                </button>
              ) : null}
            </>
          ) : (
            <ProbeFailure
              outcome={state.outcome}
              backendUrl={backendUrl}
              manualChecks={manualChecks?.(host.trim())}
              onOpenSettings={onOpenSettings}
            />
          )
        ) : null}
      </div>
    </div>
  );
}

const TCP_TEXT = {
  open: { label: 'ui.probe.tcp.open', detail: 'ui.probe.tcp.openDetail', tone: 'ok' },
  timeout: { label: 'ui.probe.tcp.timeout', detail: 'ui.probe.tcp.timeoutDetail', tone: 'bad' },
  refused: { label: 'ui.probe.tcp.refused', detail: 'ui.probe.tcp.refusedDetail', tone: 'warn' },
  unreachable: { label: 'ui.probe.tcp.unreachable', detail: 'ui.probe.tcp.unreachableDetail', tone: 'bad' },
  'dns-error': { label: 'ui.probe.tcp.dns', detail: 'ui.probe.tcp.dnsDetail', tone: 'bad' },
} as const satisfies Record<
  PortResult['tcp'],
  { label: MessageKey; detail: MessageKey; tone: 'ok' | 'bad' | 'warn' }
>;

function PortRow({ port, result, pending }: { port: number; result?: PortResult; pending: boolean }) {
  const translator = useT();
  const { t, locale } = translator;
  if (!result) {
    return (
      <li className="port-row" data-port={port} data-state={pending ? 'pending' : 'missing'}>
        <span className="port">{port}</span>
        <span className="outcome">{pending ? t('ui.probe.testing') : t('ui.probe.noResult')}</span>
      </li>
    );
  }
  const tcp = {
    ...TCP_TEXT[result.tcp],
    label: t(TCP_TEXT[result.tcp].label),
    detail: t(TCP_TEXT[result.tcp].detail),
  };
  const extras: string[] = [];
  if (result.tls?.ok) extras.push(`${result.tls.protocol ?? 'TLS'} OK`);
  else if (result.tls && !result.tls.ok)
    extras.push(
      result.tls.error
        ? t('ui.probe.tlsFailedWhy', { error: localDetail(result.tls.error, translator) })
        : t('ui.probe.tlsFailed'),
    );
  else if (result.starttls !== undefined)
    extras.push(result.starttls ? t('ui.probe.starttls') : t('ui.probe.noStarttls'));
  if (result.auth?.length) extras.push(`AUTH ${result.auth.join(' ')}`);
  const tone = result.tcp === 'open' && result.tls && !result.tls.ok ? 'warn' : tcp.tone;
  return (
    <li className="port-row" data-port={port} data-tcp={result.tcp} data-state="done">
      <span className="port">{port}</span>
      <span className={`outcome tone-${tone}`}>{tcp.label}</span>
      <span className="port-detail">
        {result.tcp === 'open' ? extras.join(' · ') || tcp.detail : tcp.detail} ·{' '}
        {t('ui.probe.seconds', {
          seconds: (result.ms / 1000).toLocaleString(locale, {
            minimumFractionDigits: 1,
            maximumFractionDigits: 1,
          }),
        })}
        {result.banner ? <span className="banner">{result.banner}</span> : null}
      </span>
    </li>
  );
}

function Verdict({ response }: { response: ProbeResponse }) {
  // The backend writes the verdict in English: said again in the reader's language from its results.
  const verdict = localVerdict(response, useT());
  return (
    <div className="verdict" data-verdict-category={verdict.category ?? 'none'}>
      <p>
        <strong>{sentence(verdict.summary)}</strong>
      </p>
      {verdict.fix ? <p>{sentence(verdict.fix)}</p> : null}
    </div>
  );
}

function ProbeFailure({
  outcome,
  backendUrl,
  manualChecks,
  onOpenSettings,
}: {
  outcome: Exclude<ProbeOutcome, { ok: true }>;
  backendUrl: string;
  manualChecks?: React.ReactNode;
  onOpenSettings?: () => void;
}) {
  const translator = useT();
  const { t } = translator;
  const settings = t('ui.popup.settings');
  return (
    <div className="probe-failure">
      {outcome.kind === 'not-running' ? (
        <div className="notice notice-warn">
          <p>
            <strong>{t('ui.probe.notRunning')}</strong> {t('ui.probe.notRunningWhy', { url: backendUrl })}{' '}
            {t('ui.backend.startHere')}
          </p>
          <CodeBlock code={START_BACKEND_COMMAND} label={t('ui.backend.copyStart')} />
          <p className="muted">
            {withElements(translator, 'ui.probe.pasteToken', {
              settings: onOpenSettings ? (
                <button type="button" className="btn-link" onClick={onOpenSettings}>
                  {settings}
                </button>
              ) : (
                settings
              ),
            })}
          </p>
        </div>
      ) : (
        <div className="notice notice-error">
          <p>{outcome.message}</p>
          {outcome.kind === 'unauthorized' && onOpenSettings ? (
            <button type="button" className="btn-link" onClick={onOpenSettings}>
              {t('ui.probe.openSettings')}
            </button>
          ) : null}
        </div>
      )}
      {manualChecks}
    </div>
  );
}

/** The backend's verdict lines start in lower case (they read well in a terminal): start them as sentences. */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
