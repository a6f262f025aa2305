/**
 * The probe backend's HTTP contract (DESIGN.md, "Probe backend"), shared by the
 * server, the CLI and the extension. Fields marked "extra" go beyond DESIGN.md;
 * clients must not require them.
 */
import type { CategoryId } from '../categories';

/** Where `smtp-doctor serve` listens unless told otherwise. */
export const DEFAULT_BACKEND_PORT = 8025;
export const DEFAULT_BACKEND_URL = `http://127.0.0.1:${DEFAULT_BACKEND_PORT}`;
/** The command that starts the backend (shown when it is not running). */
export const START_BACKEND_COMMAND = 'npx smtp-doctor serve';

/** Ports a backend probes unless its operator adds more (`--allow-ports`). */
export const DEFAULT_PROBE_PORTS: readonly number[] = [25, 465, 587, 2525];

/** The port where TLS starts before SMTP (implicit TLS); every other port upgrades with STARTTLS. */
export const IMPLICIT_TLS_PORT = 465;

/** Per-port deadline bounds, in ms (a request may ask for any value in between). */
export const PROBE_TIMEOUT_MS = { min: 500, default: 5000, max: 15_000 } as const;

/** How the TCP connect ended. */
export type TcpOutcome = 'open' | 'timeout' | 'refused' | 'unreachable' | 'dns-error';

/** The step a port's probe stopped at (extra). */
export type ProbeStage = 'dns' | 'connect' | 'greeting' | 'ehlo' | 'starttls' | 'tls';

/** Why a TLS attempt did not end in a trusted session (extra). */
export type TlsFailure =
  /** Handshake fine, certificate not trusted (self-signed, expired, other host name …). */
  | 'certificate'
  /** Handshake failed: protocol version, cipher, alert. */
  | 'protocol'
  /** The port answered in plain text where TLS was expected. */
  | 'plaintext'
  /** The handshake did not finish before the deadline. */
  | 'timeout';

/** The server certificate as seen by the probe (extra). */
export interface CertificateInfo {
  subject: string;
  issuer: string;
  /** ISO 8601. */
  validFrom: string;
  /** ISO 8601. */
  validTo: string;
  altNames: string[];
  selfSigned: boolean;
  expired: boolean;
  /** The certificate names the host that was probed. */
  hostnameMatch: boolean;
  /** The chain verifies against the trusted roots (host name aside). */
  chainTrusted: boolean;
  fingerprint256: string;
}

export interface TlsResult {
  /** A TLS session with a trusted certificate for the probed host name. */
  ok: boolean;
  /** e.g. "TLSv1.3" (when the handshake finished). */
  protocol?: string;
  error?: string;
  /** extra */
  mode?: 'starttls' | 'implicit';
  /** extra */
  failure?: TlsFailure;
  /** extra */
  cert?: CertificateInfo;
}

/** One probed port. */
export interface PortResult {
  port: number;
  tcp: TcpOutcome;
  /** Time this port's probe took, in ms. */
  ms: number;
  /** First line(s) of the greeting, e.g. "220 mx.example.com ESMTP". */
  banner?: string;
  /** The server advertised STARTTLS in its (plain-text) EHLO answer. */
  starttls?: boolean;
  tls?: TlsResult;
  /** SASL mechanisms from the EHLO answer (after TLS when there was TLS). */
  auth?: string[];
  /** extra: the address connected to. */
  address?: string;
  /** extra: the SIZE limit in bytes (0 = advertised without a limit). */
  size?: number;
  /** extra: on a STARTTLS port, the server spoke TLS straight away (it expects implicit TLS). */
  implicitTls?: boolean;
  /** extra: where the probe stopped, and why. */
  failedAt?: ProbeStage;
  error?: string;
}

export interface Verdict {
  /** The category the probes support (absent when everything works). */
  category?: CategoryId;
  summary: string;
  fix?: string;
  /** extra: the port to use, when one works. */
  best?: { port: number; security: 'starttls' | 'tls' | 'none' };
}

/** extra: the optional login check (backend bound to loopback only). */
export interface LoginRequest {
  port: number;
  user: string;
  pass: string;
}

export interface LoginResult {
  port: number;
  ok: boolean;
  /** SMTP reply code of the failed AUTH, e.g. 535. */
  code?: number;
  error?: string;
  category?: CategoryId;
}

export interface ProbeRequest {
  host: string;
  ports: number[];
  /** extra: per-port deadline (PROBE_TIMEOUT_MS). */
  timeoutMs?: number;
  login?: LoginRequest;
}

export interface ProbeResponse {
  host: string;
  results: PortResult[];
  verdict: Verdict;
  /** extra: the address probed (after resolution and the target check). */
  address?: string;
  /** extra: wall time from request to verdict, in ms. */
  ms?: number;
  login?: LoginResult;
}

export interface HealthResponse {
  ok: true;
  version: string;
  /** extra: started with --lab (loopback targets allowed). */
  lab?: boolean;
  /** extra: ports this backend probes. */
  ports?: number[];
  /** extra: the login check is available (backend bound to loopback). */
  loginCheck?: boolean;
}

/** Every refusal: a 4xx (or 5xx) with this body. */
export interface ErrorResponse {
  error: string;
}

/**
 * Streaming answer to `POST /v1/probe` with `Accept: application/x-ndjson` (extra):
 * one line per port as it finishes, then the full response.
 */
export type ProbeStreamEvent =
  | { type: 'result'; result: PortResult }
  | { type: 'done'; response: ProbeResponse }
  | { type: 'error'; error: string };

export const NDJSON = 'application/x-ndjson';
