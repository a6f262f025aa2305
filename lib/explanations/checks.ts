import type { CheckId } from '../rules/types';
import type { ExplainContext } from './context';
import { hostOr, portOr, portText } from './context';
import type { CheckExplanation } from './types';

interface CheckText {
  title: (c: ExplainContext) => string;
  /** How this check tells the causes apart. */
  text: (c: ExplainContext) => string;
  code?: (c: ExplainContext) => string;
}

/** The prose for every check id of lib/rules/types.ts: one source of truth. */
export const CHECK_TEXTS: Readonly<Record<CheckId, CheckText>> = {
  'probe-ports': {
    title: (c) => c.t('conn.check.probePorts.title'),
    text: (c) =>
      c.host === undefined
        ? c.t('conn.check.probePorts.textNoHost')
        : c.t('conn.check.probePorts.text', { host: c.host }),
    code: (c) => `npx smtp-doctor probe ${hostOr(c, 'smtp.example.com')} --ports 25,465,587,2525`,
  },
  'resolve-host': {
    title: (c) => c.t('conn.check.resolveHost.title'),
    text: (c) =>
      c.host === undefined
        ? c.t('conn.check.resolveHost.textNoHost')
        : c.t('conn.check.resolveHost.text', { host: c.host }),
    code: (c) => `nslookup ${hostOr(c, 'smtp.example.com')}`,
  },
  'tls-mode': {
    title: (c) => c.t('conn.check.tlsMode.title'),
    text: (c) => c.t('conn.check.tlsMode.text'),
  },
  'tls-certificate': {
    title: (c) => c.t('conn.check.tlsCertificate.title'),
    text: (c) =>
      c.host === undefined
        ? c.t('conn.check.tlsCertificate.textNoHost')
        : c.t('conn.check.tlsCertificate.text', { host: c.host }),
    code: (c) => {
      const host = hostOr(c, 'smtp.example.com');
      return portOr(c, 587) === 465
        ? `openssl s_client -connect ${host}:465 -servername ${host} </dev/null | openssl x509 -noout -subject -issuer -dates -ext subjectAltName`
        : `openssl s_client -starttls smtp -connect ${host}:${portOr(c, 587)} -servername ${host} </dev/null | openssl x509 -noout -subject -issuer -dates -ext subjectAltName`;
    },
  },
  credentials: {
    title: (c) => c.t('conn.check.credentials.title'),
    text: (c) => c.t('conn.check.credentials.text'),
  },
  'local-firewall': {
    title: (c) => c.t('conn.check.localFirewall.title'),
    text: (c) => c.t('conn.check.localFirewall.text'),
    code: () => 'getsebool httpd_can_network_connect httpd_can_sendmail',
  },
  'server-status': {
    title: (c) => c.t('conn.check.serverStatus.title'),
    text: (c) =>
      c.host === undefined
        ? c.t('conn.check.serverStatus.textNoHost', { port: portText(c) })
        : c.t('conn.check.serverStatus.text', { host: c.host, port: portText(c) }),
    code: () => "ss -ltnp | grep -E ':(25|465|587|2525)\\b'",
  },
  'sender-domain-dns': {
    title: (c) => c.t('conn.check.senderDomainDns.title'),
    text: (c) => c.t('conn.check.senderDomainDns.text'),
    code: () => 'dig +short TXT example.com; dig +short TXT _dmarc.example.com',
  },
  'ip-blocklist': {
    title: (c) => c.t('conn.check.ipBlocklist.title'),
    text: (c) => c.t('conn.check.ipBlocklist.text'),
    code: () => 'dig +short -x 203.0.113.10',
  },
  'retry-later': {
    title: (c) => c.t('conn.check.retryLater.title'),
    text: (c) => c.t('conn.check.retryLater.text'),
  },
  'server-log': {
    title: (c) => c.t('conn.check.serverLog.title'),
    text: (c) => c.t('conn.check.serverLog.text'),
  },
};

export function explainCheck(id: CheckId, c: ExplainContext): CheckExplanation {
  const check = CHECK_TEXTS[id];
  const code = check.code?.(c);
  return { id, title: check.title(c), text: check.text(c), ...(code ? { code } : {}) };
}
