/**
 * Start SMTP peers in their own process: `node --import tsx peers-main.ts KIND:PORT …`
 * (PORT 0 for an ephemeral one). Prints one line `{"ready":{"<requested>":<bound>,…}}`
 * once all listen, and stops them on SIGTERM/SIGINT. Used where a test needs the peers
 * elsewhere: inside a network namespace, or away from a benchmark's event loop.
 */
import { startPeer, type Peer, type PeerKind } from './peers.ts';

const host = process.env.PEER_HOST ?? '127.0.0.1';
const peers: Peer[] = [];
const ready: Record<string, number> = {};
for (const spec of process.argv.slice(2)) {
  const [kind, port] = spec.split(':');
  const peer = await startPeer(kind as PeerKind, Number(port ?? 0), host);
  peers.push(peer);
  ready[`${kind}:${port ?? 0}`] = peer.port;
}
process.stdout.write(`${JSON.stringify({ ready })}\n`);

const stop = async () => {
  await Promise.all(peers.map((p) => p.close()));
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
