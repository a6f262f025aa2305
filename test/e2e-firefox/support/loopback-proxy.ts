import net from 'node:net';

/**
 * Firefox has no host-resolver rule like Chromium's, so it reaches the fixture
 * sites through this HTTP proxy (the `network.proxy.*` prefs). Whatever host a
 * request names, the proxy connects to one place only: the fixture server on
 * 127.0.0.1. `CONNECT host:port` gets "200" and a tunnel to it (the fixture server
 * tells TLS from plain HTTP by the first byte); a plain proxied request
 * (`GET http://host/path`) is handed over as it is, with its absolute URL, which
 * the fixture server reads like a Host header. Hosts no fixture is served under
 * (Firefox's own services, say) get a 403 instead. Nothing can leave the machine.
 */

export interface LoopbackProxy {
  port: number;
  /** `host:port` of every tunnel opened to the fixture server. */
  tunnels: string[];
  /** `host:port` of every request refused (no fixture there). */
  refused: string[];
  close(): Promise<void>;
}

const HEAD_END = '\r\n\r\n';
const MAX_HEAD = 16 * 1024;

/** `host:port` of a URL, the form a CONNECT names. */
export function hostPortOf(url: URL): string {
  return `${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`;
}

export async function startLoopbackProxy(
  fixturePort: number,
  fixtureHosts: ReadonlySet<string>,
): Promise<LoopbackProxy> {
  const tunnels: string[] = [];
  const refused: string[] = [];
  const sockets = new Set<net.Socket>();

  const toFixtures = (client: net.Socket, firstBytes: Buffer | null) => {
    const upstream = net.connect({ host: '127.0.0.1', port: fixturePort });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    if (firstBytes?.length) upstream.write(firstBytes);
    client.pipe(upstream).pipe(client);
  };

  const server = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf(HEAD_END);
      if (end < 0) {
        if (head.length > MAX_HEAD) client.destroy();
        return;
      }
      client.off('data', onData);
      client.pause();
      const [requestLine = ''] = head.subarray(0, end).toString('latin1').split('\r\n');
      const [method, target = ''] = requestLine.split(' ');
      const hostPort =
        method === 'CONNECT' ? target : URL.canParse(target) ? hostPortOf(new URL(target)) : '';
      if (!fixtureHosts.has(hostPort)) {
        refused.push(hostPort || target);
        client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
        return;
      }
      if (method === 'CONNECT') {
        tunnels.push(target);
        const rest = head.subarray(end + HEAD_END.length);
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        toFixtures(client, rest);
      } else {
        toFixtures(client, head);
      }
      client.resume();
    };
    client.on('data', onData);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    port: (server.address() as net.AddressInfo).port,
    tunnels,
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
