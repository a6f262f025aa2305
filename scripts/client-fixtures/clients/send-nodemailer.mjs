// Nodemailer with its defaults, printing the error the way most apps log it.
import { readFileSync } from 'node:fs';
import nodemailer from 'nodemailer';
const spec = JSON.parse(process.env.CG_SPEC);
const transport = nodemailer.createTransport({
  host: spec.host,
  port: spec.port,
  secure: spec.mode === 'implicit',
  requireTLS: spec.mode === 'starttls',
  ignoreTLS: spec.mode === 'plain',
  auth: spec.user ? { user: spec.user, pass: spec.pass } : undefined,
  connectionTimeout: 10000,
  greetingTimeout: 10000,
  tls: { ca: readFileSync(spec.ca) },
});
transport
  .sendMail({ from: spec.from, to: spec.to, subject: 'Test', text: 'x'.repeat(spec.bodyBytes) })
  .then(() => console.log('sent'))
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
