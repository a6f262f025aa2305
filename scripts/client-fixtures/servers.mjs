// Runs inside the server namespace: the SMTP peers the scenarios need (everything but Postfix),
// a DNS server that answers NXDOMAIN to every question, and listeners that never greet.
// Prints "ready" once all listen; the generator stops it by its pid.
import { createSocket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { SMTPServer } from 'smtp-server';

const config = JSON.parse(process.argv[2]);
const held = [];

function listen(server, port, host) {
  // A client that gives up mid-handshake is part of the scenario, not a reason to stop.
  server.on('error', (err) => console.error(`${host}:${port} ${err.code ?? err.message}`));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
}

/** An SMTP server that takes any message: STARTTLS on 25/587, implicit TLS on 465. */
function smtpPeers(ip, tls) {
  const base = {
    name: 'smtp.example.test',
    authOptional: true,
    key: readFileSync(tls.key),
    cert: readFileSync(tls.cert),
    ...tls.extra,
    logger: false,
    onAuth: (auth, session, done) => done(null, { user: auth.username }),
    onData: (stream, session, done) => stream.on('end', () => done()).resume(),
  };
  return [
    listen(new SMTPServer({ ...base }), 25, ip),
    listen(new SMTPServer({ ...base }), 587, ip),
    listen(new SMTPServer({ ...base, secure: true }), 465, ip),
  ];
}

/** Accepts the connection and then says nothing, holding it open. */
function silent(ip) {
  return [25, 465, 587].map((port) =>
    listen(
      createServer((socket) => held.push(socket.on('error', () => {}))),
      port,
      ip,
    ),
  );
}

/** Answers every query with NXDOMAIN (RCODE 3), echoing the question. */
function nxdomainDns(ip) {
  const socket = createSocket('udp4');
  socket.on('message', (query, peer) => {
    if (query.length < 12) return;
    const reply = Buffer.from(query);
    reply[2] = 0x80 | (query[2] & 0x01); // QR=1, opcode 0, RD copied
    reply[3] = 0x80 | 0x03; // RA=1, RCODE=NXDOMAIN
    reply.writeUInt16BE(0, 6); // no answers
    reply.writeUInt16BE(0, 8);
    reply.writeUInt16BE(0, 10); // and no EDNS record echoed
    const questionEnd = endOfQuestion(query);
    socket.send(reply.subarray(0, questionEnd), peer.port, peer.address);
  });
  return [new Promise((resolve) => socket.bind(53, ip, resolve))];
}

function endOfQuestion(query) {
  let i = 12;
  while (i < query.length && query[i] !== 0) i += query[i] + 1;
  return Math.min(i + 5, query.length);
}

const waits = [];
for (const peer of config.smtp) waits.push(...smtpPeers(peer.ip, peer.tls));
for (const ip of config.silent) waits.push(...silent(ip));
waits.push(...nxdomainDns(config.dns));
await Promise.all(waits);
console.log('ready');
