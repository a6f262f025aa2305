/**
 * The native messaging contract between the extension and `smtp-doctor native host`.
 * It carries the HTTP backend's own shapes (ProbeRequest, HealthResponse,
 * ProbeStreamEvent, the 4xx ErrorResponse), each tagged with the id of the request it
 * answers, so both transports share one contract.
 */
import type { ErrorResponse, HealthResponse, ProbeRequest, ProbeStreamEvent } from './types';

/** The registered host name (lower case, dots and underscores only, as browsers require). */
export const NATIVE_HOST_NAME = 'smtp_doctor';

/** The command that registers the host (shown when it is missing). */
export const NATIVE_INSTALL_COMMAND = 'npx smtp-doctor native install';

export const NATIVE_LIMITS = {
  /** Largest message the host reads (browsers allow 1 MB; a probe request is under 4 KiB). */
  maxRequestBytes: 8 * 1024,
  /** Largest message the host writes (browsers allow 4 GB; one port's result is a few KiB). */
  maxReplyBytes: 64 * 1024,
} as const;

export type NativeRequest =
  { id: number; type: 'health' } | { id: number; type: 'probe'; request: ProbeRequest };

/** What the HTTP backend answers with a 4xx/5xx status, as a message. */
export interface NativeRefusal extends ErrorResponse {
  type: 'refused';
  status: number;
}

export type NativeReply = { id: number } & (
  { type: 'health'; health: HealthResponse } | ProbeStreamEvent | NativeRefusal
);
