// Postfix and Dovecot (SASL only) configured in a temp dir, run inside the server namespace
// in the foreground, so the generator can stop them by pid.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADDR, HOST } from './scenarios.mjs';

const GREYLIST_TEXT = '450 4.2.0 Greylisted, see http://postgrey.schweikert.ch/help/example.test.html';

export function writeMailStack(dir, certs) {
  const pf = join(dir, 'postfix');
  const dv = join(dir, 'dovecot');
  for (const d of [pf, join(pf, 'queue'), join(pf, 'data'), dv, join(dv, 'run'), join(dv, 'state')])
    mkdirSync(d, { recursive: true });
  execFileSync('chown', ['postfix', join(pf, 'data')]); // master's lock file lives there
  const auth = join(dv, 'auth-client');
  writeFileSync(join(pf, 'greylist'), `greylist@example.test ${GREYLIST_TEXT}\n`);
  writeFileSync(
    join(pf, 'main.cf'),
    [
      'compatibility_level = 3.6',
      `queue_directory = ${join(pf, 'queue')}`,
      `data_directory = ${join(pf, 'data')}`,
      'command_directory = /usr/sbin',
      'daemon_directory = /usr/lib/postfix/sbin',
      'meta_directory = /etc/postfix',
      'shlib_directory = /usr/lib/postfix',
      'mail_owner = postfix',
      'setgid_group = postdrop',
      `myhostname = mail.example.test`,
      'mydomain = example.test',
      'mydestination = example.test, mail.example.test',
      'inet_interfaces = all',
      'inet_protocols = ipv4',
      'mynetworks = 127.0.0.0/8',
      'alias_maps =',
      'alias_database =',
      'local_recipient_maps = unix:passwd.byname',
      'smtpd_banner = $myhostname ESMTP Postfix (Debian/GNU)',
      'biff = no',
      'smtputf8_enable = no',
      `smtpd_tls_cert_file = ${certs.good.cert}`,
      `smtpd_tls_key_file = ${certs.good.key}`,
      'smtpd_tls_security_level = may',
      'smtpd_sasl_type = dovecot',
      `smtpd_sasl_path = ${auth}`,
      'smtpd_sasl_auth_enable = no',
      'smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination',
      `smtpd_recipient_restrictions = check_recipient_access texthash:${join(pf, 'greylist')}`,
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(pf, 'master.cf'),
    [
      `${ADDR.postfix}:smtp inet n - n - - smtpd`,
      `${ADDR.postfixSmallSize}:smtp inet n - n - - smtpd -o message_size_limit=2048`,
      `${ADDR.postfix}:submission inet n - n - - smtpd -o smtpd_sasl_auth_enable=yes -o smtpd_tls_auth_only=yes -o smtpd_client_restrictions=permit_sasl_authenticated,reject`,
      `${ADDR.postfixEncrypt}:submission inet n - n - - smtpd -o smtpd_tls_security_level=encrypt -o smtpd_sasl_auth_enable=yes`,
      'pickup unix n - n 60 1 pickup',
      'cleanup unix n - n - 0 cleanup',
      'qmgr unix n - n 300 1 qmgr',
      'tlsmgr unix - - n 1000? 1 tlsmgr',
      'rewrite unix - - n - - trivial-rewrite',
      'bounce unix - - n - 0 bounce',
      'defer unix - - n - 0 bounce',
      'trace unix - - n - 0 bounce',
      'verify unix - - n - 1 verify',
      'flush unix n - n 1000? 0 flush',
      'proxymap unix - - n - - proxymap',
      'smtp unix - - n - - smtp',
      'relay unix - - n - - smtp',
      'showq unix n - n - - showq',
      'error unix - - n - - error',
      'retry unix - - n - - error',
      'discard unix - - n - - discard',
      'local unix - n n - - local',
      'anvil unix - - n - 1 anvil',
      'scache unix - - n - 1 scache',
      'postlog unix-dgram n - n - 1 postlogd',
      '',
    ].join('\n'),
  );
  writeFileSync(join(dv, 'users'), 'alice:{PLAIN}correct-horse-battery\n');
  writeFileSync(
    join(dv, 'dovecot.conf'),
    [
      `base_dir = ${join(dv, 'run')}`,
      `state_dir = ${join(dv, 'state')}`,
      'protocols =',
      'ssl = no',
      'log_path = /dev/stderr',
      'auth_mechanisms = plain login',
      'passdb {',
      '  driver = passwd-file',
      `  args = ${join(dv, 'users')}`,
      '}',
      'userdb {',
      '  driver = static',
      '  args = uid=nobody gid=nogroup home=/nonexistent',
      '}',
      'service auth {',
      `  unix_listener ${auth} {`,
      '    mode = 0666',
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  return {
    postfix: ['postfix', '-c', pf, 'start-fg'],
    dovecot: ['dovecot', '-F', '-c', join(dv, 'dovecot.conf')],
    postfixDir: pf,
  };
}

export { HOST };
