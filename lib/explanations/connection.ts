import type { ExplainContext } from './context';
import { hostOr, listOf, portNumbers, portText, target } from './context';
import { postfixRelayhost, RELAYS_ON_2525, submissionSettings } from './snippets';
import type { CategoryText } from './template';

const isLocal = (c: ExplainContext) => c.localBlock;
const isDelivery = (c: ExplainContext) => !c.localBlock && c.world.world === 'delivery';
const isSubmission = (c: ExplainContext) => !c.localBlock && c.world.world === 'submission';
/** Submission with port 25 or no port: the fix is to move to 587/465. */
const isSubmissionOn25 = (c: ExplainContext) => isSubmission(c) && (c.port === undefined || c.port === 25);
/** Submission already on a submission port that is blocked too. */
const isSubmissionPortBlocked = (c: ExplainContext) => isSubmission(c) && !isSubmissionOn25(c);
const exampleHost = (c: ExplainContext) => hostOr(c, 'smtp.example.com');
const probe = (c: ExplainContext) => `npx smtp-doctor probe ${exampleHost(c)} --ports 25,465,587,2525`;

export const portBlocked: CategoryText = {
  title: (c) => {
    if (c.localBlock) return c.t('conn.portBlocked.title.local', { port: portText(c) });
    if (c.world.world === 'delivery') return c.t('conn.portBlocked.title.delivery');
    const ports = portNumbers(c);
    return ports === undefined
      ? c.t('conn.portBlocked.title.networkNoPort')
      : c.t('conn.portBlocked.title.network', { ports });
  },
  summary: (c) => {
    if (c.localBlock) return c.t('conn.portBlocked.summary.local', { target: target(c) });
    if (c.world.world === 'delivery')
      return c.host === undefined
        ? c.t('conn.portBlocked.summary.deliveryNoHost')
        : c.t('conn.portBlocked.summary.delivery', { host: c.host });
    return c.t('conn.portBlocked.summary.network', { target: target(c) });
  },
  why: (c) => {
    if (c.localBlock) return c.t('conn.portBlocked.why.local');
    if (c.port === undefined || c.port === 25) return c.t('conn.portBlocked.why.port25');
    return c.t('conn.portBlocked.why.otherPort', { port: portText(c) });
  },
  confirm: [
    {
      when: isLocal,
      text: (c) => c.t('conn.portBlocked.confirm.selinux'),
      code: 'getenforce\ngetsebool httpd_can_sendmail httpd_can_network_connect',
    },
    {
      when: isLocal,
      text: (c) => c.t('conn.portBlocked.confirm.auditLog'),
      code: 'ausearch -m avc -ts recent | grep -i name_connect',
    },
    {
      when: (c) => !c.localBlock,
      text: (c) => c.t('conn.portBlocked.confirm.probe'),
      detail: (c) =>
        c.t('conn.portBlocked.confirm.probeDetail', {
          port: portText(c),
          command: `Test-NetConnection ${exampleHost(c)} -Port ${c.port ?? 25}`,
        }),
      code: probe,
    },
    {
      when: isSubmission,
      scope: 'user-network',
      text: (c) => c.t('conn.portBlocked.confirm.otherNetwork'),
      detail: (c) => c.t('conn.portBlocked.confirm.otherNetworkDetail'),
    },
    {
      when: isDelivery,
      text: (c) => c.t('conn.portBlocked.confirm.hostDocs25'),
      detail: (c) => c.t('conn.portBlocked.confirm.hostDocs25Detail'),
    },
    {
      when: isSubmission,
      scope: 'server-host',
      text: (c) => c.t('conn.portBlocked.confirm.hostDocs', { port: portText(c) }),
      detail: (c) => c.t('conn.portBlocked.confirm.hostDocsDetail'),
    },
  ],
  steps: [
    // A block on this machine.
    {
      when: isLocal,
      text: (c) => c.t('conn.portBlocked.step.selinux'),
      detail: (c) => c.t('conn.portBlocked.step.selinuxDetail'),
      code: (c) =>
        `sudo setsebool -P httpd_can_sendmail 1\n# ${c.t('conn.snippet.orBroader')}\nsudo setsebool -P httpd_can_network_connect 1`,
    },
    {
      when: isLocal,
      text: (c) => c.t('conn.portBlocked.step.firewall'),
      detail: (c) => c.t('conn.portBlocked.step.firewallDetail'),
    },
    // Submission world: an app or mail client talking to its provider.
    {
      when: isSubmissionOn25,
      text: (c) =>
        c.host === undefined
          ? c.t('conn.portBlocked.step.submitNoHost')
          : c.t('conn.portBlocked.step.submit', { host: c.host }),
      detail: (c) => c.t('conn.portBlocked.step.submitDetail'),
      code: (c) => submissionSettings(exampleHost(c), c.t),
    },
    {
      when: isSubmissionPortBlocked,
      text: (c) =>
        c.port === 465
          ? c.t('conn.portBlocked.step.try587')
          : c.port === 587
            ? c.t('conn.portBlocked.step.try465')
            : c.t('conn.portBlocked.step.tryStandard'),
      detail: (c) => c.t('conn.portBlocked.step.tryDetail'),
      code: (c) => submissionSettings(exampleHost(c), c.t),
    },
    {
      when: isSubmission,
      text: (c) => c.t('conn.portBlocked.step.relay2525'),
      detail: (c) =>
        c.t('conn.portBlocked.step.relay2525Detail', { relays: listOf(c, RELAYS_ON_2525, 'and') }),
    },
    {
      when: isSubmission,
      scope: 'user-network',
      text: (c) => c.t('conn.portBlocked.step.askProvider'),
      detail: (c) => c.t('conn.portBlocked.step.askProviderDetail'),
    },
    {
      when: isSubmission,
      scope: 'server-host',
      text: (c) => c.t('conn.portBlocked.step.askHost'),
      detail: (c) => c.t('conn.portBlocked.step.askHostDetail'),
    },
    {
      when: (c) => isSubmission(c) && c.world.basis !== 'port',
      text: (c) => c.t('conn.portBlocked.step.ownServer'),
      detail: (c) => c.t('conn.portBlocked.step.ownServerDetail'),
    },
    // Delivery world: a mail server talking to the recipients' MX hosts.
    {
      when: isDelivery,
      text: (c) => c.t('conn.portBlocked.step.keepPort'),
      detail: (c) =>
        c.host === undefined
          ? c.t('conn.portBlocked.step.keepPortDetailNoHost')
          : c.t('conn.portBlocked.step.keepPortDetail', { host: c.host }),
    },
    {
      when: isDelivery,
      text: (c) => c.t('conn.portBlocked.step.smarthost'),
      detail: (c) => c.t('conn.portBlocked.step.smarthostDetail'),
      code: (c) => postfixRelayhost(c.t),
    },
    {
      when: isDelivery,
      text: (c) => c.t('conn.portBlocked.step.open25'),
      detail: (c) => c.t('conn.portBlocked.step.open25Detail'),
    },
  ],
};

export const serverUnreachable: CategoryText = {
  title: (c) => (c.hostIsLocal ? c.t('conn.unreachable.title.local') : c.t('conn.unreachable.title.remote')),
  summary: (c) =>
    c.hostIsLocal
      ? c.t('conn.unreachable.summary.local', { host: c.host ?? '', port: portText(c) })
      : c.t('conn.unreachable.summary.remote', { target: target(c) }),
  why: (c) => c.t('conn.unreachable.why'),
  confirm: [
    {
      text: (c) => c.t('conn.unreachable.confirm.probe'),
      detail: (c) => c.t('conn.unreachable.confirm.probeDetail'),
      code: probe,
    },
    {
      text: (c) => c.t('conn.unreachable.confirm.listens'),
      code: "ss -ltnp | grep -E ':(25|465|587|2525)\\b'",
    },
  ],
  steps: [
    {
      scope: 'app-settings',
      text: (c) => c.t('conn.unreachable.step.settings'),
      detail: (c) => c.t('conn.unreachable.step.settingsDetail'),
    },
    {
      when: (c) => c.hostIsLocal,
      text: (c) => c.t('conn.unreachable.step.local'),
      detail: (c) => c.t('conn.unreachable.step.localDetail'),
      code: 'sudo systemctl status postfix\nsudo systemctl start postfix',
    },
    {
      when: (c) => !c.hostIsLocal,
      text: (c) => c.t('conn.unreachable.step.start'),
      code: 'sudo systemctl status postfix',
    },
    {
      text: (c) => c.t('conn.unreachable.step.otherPort'),
      detail: (c) => c.t('conn.unreachable.step.otherPortDetail'),
    },
  ],
};

export const dnsFailure: CategoryText = {
  title: (c) => c.t('conn.dns.title'),
  summary: (c) =>
    c.host === undefined ? c.t('conn.dns.summaryNoHost') : c.t('conn.dns.summary', { host: c.host }),
  why: (c) => c.t('conn.dns.why'),
  confirm: [
    {
      text: (c) => c.t('conn.dns.confirm.lookup'),
      detail: (c) => c.t('conn.dns.confirm.lookupDetail'),
      code: (c) => `nslookup ${exampleHost(c)}\nnslookup ${exampleHost(c)} 1.1.1.1`,
    },
  ],
  steps: [
    { text: (c) => c.t('conn.dns.step.copy') },
    {
      text: (c) => c.t('conn.dns.step.fixDns'),
      detail: (c) => c.t('conn.dns.step.fixDnsDetail'),
    },
    {
      when: (c) => c.errno?.toUpperCase() === 'EAI_AGAIN',
      text: (c) => c.t('conn.dns.step.retry'),
    },
  ],
};
