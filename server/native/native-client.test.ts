// The extension's native probe client (lib/probe/native-client.ts) against the real host, over an in-memory port.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProbeClientError } from '../../lib/probe/client.ts';
import { createNativeProbeClient, type NativePortLike } from '../../lib/probe/native-client.ts';
import { startPeer, type Peer } from '../test-support/peers.ts';
import { encodeMessage, MessageReader } from './framing.ts';
import { runNativeHost } from './host.ts';

let peer: Peer;
beforeAll(async () => {
  peer = await startPeer('starttls');
});
afterAll(() => peer.close());

/** What runtime.connectNative gives: a port to a freshly started host (here in process). */
function connectToHost(lab: boolean): NativePortLike {
  const input = new PassThrough();
  const output = new PassThrough();
  const reader = new MessageReader(1 << 20);
  const onMessage: Array<(message: unknown) => void> = [];
  const onDisconnect: Array<() => void> = [];
  output.on('data', (chunk: Buffer) => {
    for (const message of reader.push(chunk)) onMessage.forEach((listener) => listener(message));
  });
  void runNativeHost({ input, output, lab, allowPorts: [peer.port] }).then(() =>
    onDisconnect.forEach((listener) => listener()),
  );
  return {
    postMessage: (message) => input.write(encodeMessage(message)),
    disconnect: () => input.end(),
    onMessage: { addListener: (listener) => onMessage.push(listener) },
    onDisconnect: { addListener: (listener) => onDisconnect.push(listener) },
  };
}

describe('native probe client', () => {
  it('gives the same ProbeResponse as the HTTP client, port by port', async () => {
    const client = createNativeProbeClient({ connect: () => connectToHost(true) });
    const streamed: number[] = [];
    const response = await client.probe('127.0.0.1', [peer.port], {
      timeoutMs: 3000,
      onResult: (result) => streamed.push(result.port),
    });
    expect(streamed).toEqual([peer.port]);
    expect(response.results[0]).toMatchObject({ port: peer.port, tcp: 'open', starttls: true });
    expect((await client.health()).lab).toBe(true);
  });

  it('turns a refusal into a "refused" error with the guard’s words', async () => {
    const client = createNativeProbeClient({ connect: () => connectToHost(false) });
    const error = await client.probe('127.0.0.1', [peer.port]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProbeClientError);
    expect(error).toMatchObject({ kind: 'refused', status: 403 });
    expect((error as Error).message).toMatch(/loopback address/);
  });

  it('says how to install the host when the browser cannot start it', async () => {
    const missing: NativePortLike = {
      postMessage: () => {},
      disconnect: () => {},
      onMessage: { addListener: () => {} },
      // As Chromium does for an unregistered host: the port closes at once.
      onDisconnect: { addListener: (listener) => queueMicrotask(listener) },
    };
    const client = createNativeProbeClient({
      connect: () => missing,
      disconnectReason: () => 'Specified native messaging host not found.',
    });
    const error = await client.health().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'not-running' });
    expect((error as Error).message).toContain('npx smtp-doctor native install');
    expect((error as Error).message).toContain('Specified native messaging host not found.');
  });
});
