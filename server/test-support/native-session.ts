/**
 * Talks to a native messaging host as a browser does: starts the program, writes
 * length-prefixed JSON on its stdin, reads the same from its stdout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { NativeReply } from '../../lib/probe/native.ts';
import { encodeMessage, MessageReader } from '../native/framing.ts';

export interface NativeSession {
  child: ChildProcess;
  /** Send a message (any bytes' worth of JSON). */
  send(message: unknown): void;
  /** Send raw bytes (to test framing). */
  sendRaw(bytes: Buffer): void;
  /** Replies to `id` until the final one (done, health, refused, error). */
  exchange(message: { id: number } & Record<string, unknown>): Promise<NativeReply[]>;
  /** Every reply so far. */
  replies: NativeReply[];
  /** Close stdin (as the browser does when the port closes) and wait for the exit code. */
  close(): Promise<number | null>;
  stderr(): string;
}

const FINAL = new Set(['done', 'health', 'refused', 'error']);

export function startNativeSession(command: string, args: string[], env?: NodeJS.ProcessEnv): NativeSession {
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], env: env ?? process.env });
  const reader = new MessageReader(64 * 1024 * 1024);
  const replies: NativeReply[] = [];
  const waiters: Array<() => void> = [];
  let errText = '';
  child.stderr!.on('data', (chunk: Buffer) => (errText += String(chunk)));
  child.stdout!.on('data', (chunk: Buffer) => {
    for (const message of reader.push(chunk)) replies.push(message as NativeReply);
    for (const wake of waiters.splice(0)) wake();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.once('exit', () => {
    for (const wake of waiters.splice(0)) wake();
  });

  return {
    child,
    replies,
    send: (message) => child.stdin!.write(encodeMessage(message)),
    sendRaw: (bytes) => child.stdin!.write(bytes),
    async exchange(message) {
      child.stdin!.write(encodeMessage(message));
      for (;;) {
        const mine = replies.filter((r) => r.id === message.id);
        if (mine.some((r) => FINAL.has(r.type))) return mine;
        if (child.exitCode !== null) throw new Error(`the host exited (${child.exitCode}): ${errText}`);
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
    async close() {
      child.stdin!.end();
      return exited;
    },
    stderr: () => errText,
  };
}
