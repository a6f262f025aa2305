/**
 * The TCP connect, driven with node:net directly: it must tell a dropped SYN
 * (timeout — the mark of an ISP block) from a reset (refused) and from an ICMP
 * error (unreachable), and connect to the address the guard checked, never to a
 * name. (Nodemailer's SMTPConnection folds DNS and connect into one timeout and
 * one error, which is why the probe does this step itself and hands it the socket.)
 */
import { Socket } from 'node:net';
import type { Deadline } from './deadline.ts';
import { detail } from '../../lib/probe/detail.ts';

export type TcpConnect =
  { outcome: 'open'; socket: Socket } | { outcome: 'timeout' | 'refused' | 'unreachable'; error: string };

const REFUSED = new Set(['ECONNREFUSED', 'ECONNRESET']);
const UNREACHABLE = new Set([
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENETDOWN',
  'EADDRNOTAVAIL',
  'EACCES',
  'EPERM',
]);

export function connectTcp(address: string, port: number, deadline: Deadline): Promise<TcpConnect> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const budget = Math.round(deadline.left());
    const finish = (result: TcpConnect) => {
      clearTimeout(timer);
      socket.removeAllListeners('connect');
      socket.removeAllListeners('error');
      if (result.outcome !== 'open') socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ outcome: 'timeout', error: detail('probes.detail.connectTimeout', { ms: budget }) }),
      budget,
    );
    socket.once('connect', () => finish({ outcome: 'open', socket }));
    socket.once('error', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? '';
      if (REFUSED.has(code)) finish({ outcome: 'refused', error: detail('probes.detail.refused', { code }) });
      else if (UNREACHABLE.has(code))
        finish({ outcome: 'unreachable', error: detail('probes.detail.unreachable', { code }) });
      else if (code === 'ETIMEDOUT') finish({ outcome: 'timeout', error: detail('probes.detail.timedOut') });
      else
        finish({
          outcome: 'unreachable',
          error: detail('probes.detail.connectFailed', { code: code || error.message }),
        });
    });
    socket.connect({ host: address, port, noDelay: true });
  });
}
