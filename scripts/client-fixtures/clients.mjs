// The clients: how each one is run for a scenario (argv, extra env, stdin file) and how its
// version is read. `ctx` carries the paths the generator made (CA file, message file, Go binary).
import { join } from 'node:path';

const here = import.meta.dirname;

function swaks(s, ctx) {
  const argv = [
    'swaks',
    '--server',
    s.host,
    '--port',
    String(s.port),
    '--from',
    s.from,
    '--to',
    s.to,
    '--timeout',
    '10',
  ];
  if (s.mode !== 'plain')
    argv.push(s.mode === 'implicit' ? '--tlsc' : '--tls', '--tls-verify', '--tls-ca-path', ctx.ca);
  if (s.user) argv.push('--auth', '--auth-user', s.user, '--auth-password', s.pass);
  argv.push('--body', `@${ctx.body}`);
  return { argv };
}

function msmtp(s, ctx) {
  const argv = [
    'msmtp',
    `--host=${s.host}`,
    `--port=${s.port}`,
    `--from=${s.from}`,
    '--timeout=10',
    `--tls=${s.mode === 'plain' ? 'off' : 'on'}`,
    `--tls-starttls=${s.mode === 'implicit' ? 'off' : 'on'}`,
    `--tls-trust-file=${ctx.ca}`,
  ];
  if (s.user) argv.push('--auth=on', `--user=${s.user}`, `--passwordeval=echo ${s.pass}`);
  else argv.push('--auth=off');
  argv.push(s.to);
  return { argv, stdin: ctx.message };
}

function curl(s, ctx, verbose) {
  const scheme = s.mode === 'implicit' ? 'smtps' : 'smtp';
  const argv = ['curl'];
  if (verbose) argv.push('-v');
  argv.push('--url', `${scheme}://${s.host}:${s.port}`, '--mail-from', s.from, '--mail-rcpt', s.to);
  argv.push('--upload-file', ctx.message, '--cacert', ctx.ca, '--connect-timeout', '10', '--max-time', '30');
  if (s.mode === 'starttls') argv.push('--ssl-reqd');
  if (s.user) argv.push('--user', `${s.user}:${s.pass}`);
  return { argv };
}

function mutt(s, ctx) {
  const scheme = s.mode === 'implicit' ? 'smtps' : 'smtp';
  const user = s.user ? `${s.user}@` : '';
  const settings = [
    `set smtp_url="${scheme}://${user}${s.host}:${s.port}/"`,
    s.user ? `set smtp_pass="${s.pass}"` : '',
    `set ssl_starttls=${s.mode === 'starttls' ? 'yes' : 'no'}`,
    `set ssl_force_tls=${s.mode === 'plain' ? 'no' : 'yes'}`,
    `set ssl_ca_certificates_file="${ctx.ca}"`,
    'set connect_timeout=10',
    `set from="${s.from}"`,
    'set copy=no',
  ].filter(Boolean);
  const argv = ['mutt', '-n', '-F', '/dev/null'];
  for (const line of settings) argv.push('-e', line);
  argv.push('-s', 'Test', s.to);
  return { argv, stdin: ctx.body };
}

const specEnv = (s, ctx) => ({
  CG_SPEC: JSON.stringify({
    host: s.host,
    port: s.port,
    mode: s.mode,
    user: s.user ?? '',
    pass: s.pass ?? '',
    from: s.from,
    to: s.to,
    bodyBytes: s.bodyBytes,
    ca: ctx.ca,
  }),
});

export const CLIENTS = {
  swaks: { run: swaks, version: ['swaks', '--version'], translated: true },
  msmtp: { run: msmtp, version: ['msmtp', '--version'], translated: true },
  curl: { run: (s, ctx) => curl(s, ctx, false), version: ['curl', '--version'], translated: true },
  'curl-v': { run: (s, ctx) => curl(s, ctx, true), version: ['curl', '--version'], translated: true },
  mutt: { run: mutt, version: ['mutt', '-v'], translated: true },
  'python-smtplib': {
    run: (s, ctx) => ({ argv: ['python3', join(here, 'clients', 'send.py')], env: specEnv(s, ctx) }),
    version: ['python3', '--version'],
  },
  nodemailer: {
    run: (s, ctx) => ({
      argv: [process.execPath, join(here, 'clients', 'send-nodemailer.mjs')],
      env: specEnv(s, ctx),
    }),
    version: [
      process.execPath,
      '-p',
      "'nodemailer ' + require('nodemailer/package.json').version + ', Node.js ' + process.version",
    ],
  },
  phpmailer: {
    run: (s, ctx) => ({ argv: ['php', join(here, 'clients', 'send.php')], env: specEnv(s, ctx) }),
    version: [
      'sh',
      '-c',
      "echo \"PHPMailer $(cat /usr/share/php/libphp-phpmailer/VERSION 2>/dev/null || dpkg-query -W -f='${Version}' libphp-phpmailer), PHP $(php -r 'echo PHP_VERSION;')\"",
    ],
  },
  'phpmailer-debug': {
    run: (s, ctx) => ({
      argv: ['php', join(here, 'clients', 'send.php')],
      env: { ...specEnv(s, ctx), CG_DEBUG: '1' },
    }),
    version: [
      'sh',
      '-c',
      "echo \"PHPMailer $(cat /usr/share/php/libphp-phpmailer/VERSION 2>/dev/null || dpkg-query -W -f='${Version}' libphp-phpmailer), PHP $(php -r 'echo PHP_VERSION;')\"",
    ],
  },
  'go-net-smtp': {
    run: (s, ctx) => ({ argv: [ctx.goBinary], env: specEnv(s, ctx) }),
    version: ['go', 'version'],
  },
};
