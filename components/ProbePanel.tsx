import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { AUDIENCES } from '../lib/audience';
import { START_BACKEND_COMMAND, type PortResult, type ProbeResponse } from '../lib/probe/types';
import { CodeBlock } from './Steps';
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
          <label htmlFor={`${id}-host`}>Server to probe</label>
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
              From the error text: check it is your server.
            </span>
          ) : null}
        </div>
        <div className="field probe-ports">
          <label htmlFor={`${id}-ports`}>Ports</label>
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
          {running ? 'Probing…' : 'Run probes'}
        </button>
        {!host.trim() ? (
          <p id={`${id}-why-disabled`} className="hint why-disabled">
            Type the mail server’s name above (for example smtp.gmail.com) to run probes.
          </p>
        ) : null}
      </form>
      <p className="hint">
        {from} ({backendUrl}). Nothing is sent until you press the button.
      </p>

      <div role="status" aria-live="polite" className="probe-live">
        {state.phase === 'running' ||
        (state.phase === 'done' && (state.outcome.ok || state.results.length)) ? (
          <ul className="port-results" aria-label="Probe results">
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
                  Clear results
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

const TCP_TEXT: Record<PortResult['tcp'], { label: string; detail: string; tone: 'ok' | 'bad' | 'warn' }> = {
  open: { label: 'open', detail: 'the server answered', tone: 'ok' },
  timeout: { label: 'timed out', detail: 'dropped on the way: typical of a blocked port', tone: 'bad' },
  refused: { label: 'refused', detail: 'reachable, but nothing listens on this port', tone: 'warn' },
  unreachable: { label: 'unreachable', detail: 'no route to the host from here', tone: 'bad' },
  'dns-error': { label: 'name not found', detail: 'the host name does not resolve', tone: 'bad' },
};

function PortRow({ port, result, pending }: { port: number; result?: PortResult; pending: boolean }) {
  if (!result) {
    return (
      <li className="port-row" data-port={port} data-state={pending ? 'pending' : 'missing'}>
        <span className="port">{port}</span>
        <span className="outcome">{pending ? 'testing…' : 'no result'}</span>
      </li>
    );
  }
  const tcp = TCP_TEXT[result.tcp];
  const extras: string[] = [];
  if (result.tls?.ok) extras.push(`${result.tls.protocol ?? 'TLS'} OK`);
  else if (result.tls && !result.tls.ok)
    extras.push(`TLS failed${result.tls.error ? `: ${result.tls.error}` : ''}`);
  else if (result.starttls !== undefined) extras.push(result.starttls ? 'offers STARTTLS' : 'no STARTTLS');
  if (result.auth?.length) extras.push(`AUTH ${result.auth.join(' ')}`);
  const tone = result.tcp === 'open' && result.tls && !result.tls.ok ? 'warn' : tcp.tone;
  return (
    <li className="port-row" data-port={port} data-tcp={result.tcp} data-state="done">
      <span className="port">{port}</span>
      <span className={`outcome tone-${tone}`}>{tcp.label}</span>
      <span className="port-detail">
        {result.tcp === 'open' ? extras.join(' · ') || tcp.detail : tcp.detail} ·{' '}
        {(result.ms / 1000).toFixed(1)} s
        {result.banner ? <span className="banner">{result.banner}</span> : null}
      </span>
    </li>
  );
}

function Verdict({ response }: { response: ProbeResponse }) {
  return (
    <div className="verdict" data-verdict-category={response.verdict.category ?? 'none'}>
      <p>
        <strong>{sentence(response.verdict.summary)}</strong>
      </p>
      {response.verdict.fix ? <p>{sentence(response.verdict.fix)}</p> : null}
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
  return (
    <div className="probe-failure">
      {outcome.kind === 'not-running' ? (
        <div className="notice notice-warn">
          <p>
            <strong>The probe backend is not running</strong> (nothing answers at {backendUrl}). Start it in a
            terminal on this computer:
          </p>
          <CodeBlock code={START_BACKEND_COMMAND} label="Copy the start command" />
          <p className="muted">
            Then paste the token it prints into{' '}
            {onOpenSettings ? (
              <button type="button" className="btn-link" onClick={onOpenSettings}>
                Settings
              </button>
            ) : (
              'Settings'
            )}{' '}
            and run the probes again. Or check by hand:
          </p>
        </div>
      ) : (
        <div className="notice notice-error">
          <p>{outcome.message}</p>
          {outcome.kind === 'unauthorized' && onOpenSettings ? (
            <button type="button" className="btn-link" onClick={onOpenSettings}>
              Open Settings
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
