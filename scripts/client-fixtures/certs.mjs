// The certificates of the TLS scenarios, made with openssl: a trusted test CA and a good
// certificate, a self-signed one, an expired one (signed under faketime), one for another
// host name, and one from a CA the clients do not trust.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function makeCertificates(dir) {
  mkdirSync(dir, { recursive: true });
  const run = (args, prefix = []) =>
    execFileSync(prefix[0] ?? 'openssl', prefix.length ? [...prefix.slice(1), 'openssl', ...args] : args, {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const p = (name) => join(dir, name);
  const ca = (name, cn) => {
    run([
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      p(`${name}.key`),
      '-out',
      p(`${name}.pem`),
      '-days',
      '3650',
      '-subj',
      `/O=Example Test/CN=${cn}`,
    ]);
  };
  const leaf = (name, cn, issuer, faketime) => {
    writeFileSync(p(`${name}.ext`), `subjectAltName=DNS:${cn}\nextendedKeyUsage=serverAuth\n`);
    run([
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      p(`${name}.key`),
      '-out',
      p(`${name}.csr`),
      '-subj',
      `/CN=${cn}`,
    ]);
    const sign = [
      'x509',
      '-req',
      '-in',
      p(`${name}.csr`),
      '-CA',
      p(`${issuer}.pem`),
      '-CAkey',
      p(`${issuer}.key`),
      '-CAcreateserial',
      '-days',
      faketime ? '30' : '825',
      '-extfile',
      p(`${name}.ext`),
      '-out',
      p(`${name}.pem`),
    ];
    run(sign, faketime ? ['faketime', faketime] : []);
    return { key: p(`${name}.key`), cert: p(`${name}.pem`) };
  };
  ca('ca', 'Example Test Root CA');
  ca('other-ca', 'Other Root CA');
  writeFileSync(p('self.ext'), 'subjectAltName=DNS:smtp.example.test\n');
  run([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    p('self.key'),
    '-out',
    p('self.pem'),
    '-days',
    '825',
    '-subj',
    '/CN=smtp.example.test',
    '-addext',
    'subjectAltName=DNS:smtp.example.test',
  ]);
  return {
    ca: p('ca.pem'),
    good: leaf('good', 'smtp.example.test', 'ca'),
    expired: leaf('expired', 'smtp.example.test', 'ca', '2024-01-01 00:00:00'),
    wrongHost: leaf('wrong-host', 'other.example.test', 'ca'),
    unknownCa: leaf('unknown-ca', 'smtp.example.test', 'other-ca'),
    selfSigned: { key: p('self.key'), cert: p('self.pem') },
  };
}
