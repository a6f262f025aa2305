/**
 * A tiny authoritative DNS server on loopback UDP for tests: answers A and AAAA from a fixed
 * zone, NXDOMAIN for other names, SERVFAIL or nothing at all (a server that hangs) for names
 * the test picks. It records every query, so a test can wait until a lookup is in flight.
 */
import { createSocket } from 'node:dgram';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

export interface DnsQuery {
  name: string;
  type: 'A' | 'AAAA' | number;
}

export interface DnsPeer {
  port: number;
  queries: DnsQuery[];
  close(): Promise<void>;
}

const TYPES: Record<number, 'A' | 'AAAA'> = { 1: 'A', 28: 'AAAA' };

/** The question of a query: name, type, and where the question section ends. */
function question(message: Buffer): { name: string; type: number; end: number } | undefined {
  if (message.length < 12 || message.readUInt16BE(4) !== 1) return undefined;
  const labels: string[] = [];
  let at = 12;
  while (at < message.length && message[at] !== 0) {
    const length = message[at]!;
    labels.push(message.subarray(at + 1, at + 1 + length).toString('latin1'));
    at += 1 + length;
  }
  if (at + 5 > message.length) return undefined;
  return { name: labels.join('.').toLowerCase(), type: message.readUInt16BE(at + 1), end: at + 5 };
}

function answer(
  query: Buffer,
  q: { type: number; end: number },
  addresses: string[] | undefined,
  servfail: boolean,
): Buffer {
  const family = q.type === 1 ? 4 : q.type === 28 ? 6 : 0;
  const records = (addresses ?? []).filter((a) => isIP(a) === family);
  const header = Buffer.alloc(12);
  header.writeUInt16BE(query.readUInt16BE(0), 0); // id
  // QR, AA, the query's RD, RA; rcode 2 (SERVFAIL) when asked, 3 (NXDOMAIN) for a name outside the zone.
  const rcode = servfail ? 2 : addresses ? 0 : 3;
  header.writeUInt16BE(0x8400 | (query.readUInt16BE(2) & 0x0100) | 0x0080 | rcode, 2);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(records.length, 6);
  const rrs = records.map((address) => {
    const data = Buffer.from(ipaddr.parse(address).toByteArray());
    const rr = Buffer.alloc(12);
    rr.writeUInt16BE(0xc00c, 0); // the name: a pointer to the question's
    rr.writeUInt16BE(q.type, 2);
    rr.writeUInt16BE(1, 4); // class IN
    rr.writeUInt32BE(60, 6); // TTL
    rr.writeUInt16BE(data.length, 10);
    return Buffer.concat([rr, data]);
  });
  return Buffer.concat([header, query.subarray(12, q.end), ...rrs]);
}

/** Start the server on `host:port` (port 0: an ephemeral one). */
export async function startDnsPeer(
  zone: Record<string, string[]>,
  failure: (name: string) => 'silent' | 'servfail' | undefined = () => undefined,
  port = 0,
  host = '127.0.0.1',
): Promise<DnsPeer> {
  const socket = createSocket(isIP(host) === 6 ? 'udp6' : 'udp4');
  const queries: DnsQuery[] = [];
  socket.on('message', (message, from) => {
    const q = question(message);
    if (!q) return;
    queries.push({ name: q.name, type: TYPES[q.type] ?? q.type });
    const fails = failure(q.name);
    if (fails === 'silent') return;
    socket.send(answer(message, q, zone[q.name], fails === 'servfail'), from.port, from.address);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(port, host, () => {
      socket.off('error', reject);
      resolve();
    });
  });
  return {
    port: socket.address().port,
    queries,
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}
