import type { ExplainContext } from './context';
import { hostOr, target } from './context';
import { implicitTlsSettings, startTlsSettings } from './snippets';
import type { CategoryText } from './template';

const host = (c: ExplainContext) => hostOr(c, 'smtp.example.com');
/** The STARTTLS port in play: the one in the text, else 587. */
const startTlsPort = (c: ExplainContext) => (c.port !== undefined && c.port !== 465 ? c.port : 587);

/** An openssl handshake with the server on its port, in the right TLS mode. */
const openssl = (c: ExplainContext, extra = '') => {
  const mode =
    c.port === 465 ? `-connect ${host(c)}:465` : `-starttls smtp -connect ${host(c)}:${startTlsPort(c)}`;
  return `openssl s_client ${mode} -servername ${host(c)}${extra} </dev/null`;
};

export const tlsMismatch: CategoryText = {
  title: (c) => c.t('conn.tlsMismatch.title'),
  summary: (c) => {
    if (c.port === 465) return c.t('conn.tlsMismatch.summary.465');
    if (c.port !== undefined) return c.t('conn.tlsMismatch.summary.port', { port: c.port });
    return c.t('conn.tlsMismatch.summary.noPort');
  },
  why: (c) => c.t('conn.tlsMismatch.why'),
  confirm: [
    {
      text: (c) => c.t('conn.tlsMismatch.confirm.mode'),
      detail: (c) => c.t('conn.tlsMismatch.confirm.modeDetail'),
      code: (c) =>
        `openssl s_client -connect ${host(c)}:465 </dev/null\nopenssl s_client -starttls smtp -connect ${host(c)}:587 </dev/null`,
    },
  ],
  steps: [
    {
      when: (c) => c.port === 465 || c.port === undefined,
      text: (c) => c.t('conn.tlsMismatch.step.implicit'),
      code: (c) => implicitTlsSettings(host(c), c.t),
    },
    {
      when: (c) => c.port !== 465,
      text: (c) => c.t('conn.tlsMismatch.step.startTls', { port: startTlsPort(c) }),
      code: (c) => startTlsSettings(host(c), startTlsPort(c), c.t),
    },
    {
      when: (c) => c.port === 465,
      text: (c) => c.t('conn.tlsMismatch.step.switch587'),
      detail: (c) => c.t('conn.tlsMismatch.step.switch587Detail'),
      code: (c) => startTlsSettings(host(c), 587, c.t),
    },
  ],
};

export const tlsCertificate: CategoryText = {
  title: (c) => c.t('conn.tlsCertificate.title'),
  summary: (c) => c.t('conn.tlsCertificate.summary', { target: target(c) }),
  why: (c) => c.t('conn.tlsCertificate.why'),
  confirm: [
    {
      text: (c) => c.t('conn.tlsCertificate.confirm.look'),
      detail: (c) => c.t('conn.tlsCertificate.confirm.lookDetail'),
      code: (c) => `${openssl(c)} | openssl x509 -noout -subject -issuer -dates -ext subjectAltName`,
    },
  ],
  steps: [
    {
      text: (c) => c.t('conn.tlsCertificate.step.hostName'),
      detail: (c) => c.t('conn.tlsCertificate.step.hostNameDetail'),
    },
    {
      text: (c) => c.t('conn.tlsCertificate.step.renew'),
      detail: (c) => c.t('conn.tlsCertificate.step.renewDetail'),
    },
    {
      text: (c) => c.t('conn.tlsCertificate.step.update'),
      detail: (c) => c.t('conn.tlsCertificate.step.updateDetail'),
    },
    {
      text: (c) => c.t('conn.tlsCertificate.step.keepChecks'),
      detail: (c) => c.t('conn.tlsCertificate.step.keepChecksDetail'),
    },
  ],
};

export const tlsProtocol: CategoryText = {
  title: (c) => c.t('conn.tlsProtocol.title'),
  summary: (c) => c.t('conn.tlsProtocol.summary', { target: target(c) }),
  why: (c) => c.t('conn.tlsProtocol.why'),
  confirm: [
    {
      text: (c) => c.t('conn.tlsProtocol.confirm.versions'),
      detail: (c) => c.t('conn.tlsProtocol.confirm.versionsDetail'),
      code: (c) => openssl(c, ' -tls1_2'),
    },
  ],
  steps: [
    {
      text: (c) => c.t('conn.tlsProtocol.step.update'),
      detail: (c) => c.t('conn.tlsProtocol.step.updateDetail'),
      code: 'ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12;',
    },
    { text: (c) => c.t('conn.tlsProtocol.step.server') },
    {
      text: (c) => c.t('conn.tlsProtocol.step.relay'),
      detail: (c) => c.t('conn.tlsProtocol.step.relayDetail'),
    },
  ],
};
