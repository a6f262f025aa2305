import { TIER, type Rule } from './rule';
import { alt } from './refine';

/**
 * The SMTP host name does not resolve. Sources: Node.js dns errors (ENOTFOUND,
 * EAI_AGAIN, `queryA` resolver errors), Nodemailer code EDNS, PHP
 * php_network_getaddresses, glibc gai_strerror ("Name or service not known",
 * "Temporary failure in name resolution"), Java UnknownHostException, .NET
 * "No such host is known", Go "no such host", curl (6) "Could not resolve host".
 */
export const dnsRules: Rule[] = [
  {
    id: 'dns-not-found',
    category: 'dns-failure',
    pattern:
      /\bgetaddrinfo (?:ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_FAIL)\b|\bENOTFOUND\b|php_network_getaddresses|getaddrinfo failed|getaddrinfow?: No such host|gaierror|Name or service not known|nodename nor servname provided|No address associated with hostname|Temporary failure in name resolution|No such host is known|UnknownHostException|: no such host\b|Could not resolve host|Couldn't resolve host|Unknown host|Host not found|could not be resolved|Name does not resolve|cannot locate host|dnssec-invalid|invalid DNSSEC/i,
    confidence: 0.8,
    tier: TIER.specific,
    context: 'error-shaped',
    alternatives: [alt('server-unreachable', 0.1, 'resolve-host')],
  },
  {
    id: 'go-dns-lookup-failed',
    category: 'dns-failure',
    // Go's resolver: "dial tcp: lookup smtp.example.com: i/o timeout" (or "on 127.0.0.53:53:
    // server misbehaving"). The timeout is the DNS query's, not the SMTP connection's, so
    // this outranks the bare "i/o timeout". Whatever follows "lookup H on R:53:" happened to
    // the query to the resolver R (its "read udp …: connection refused" included).
    pattern:
      /\blookup [\w.-]{1,253}(?: on \[?[\d.:a-f]{1,60}\]?:53: | on [\d.:[\]a-f]{1,60}: (?:i\/o timeout|no such host|server misbehaving)|: (?:i\/o timeout|no such host|server misbehaving))/,
    confidence: 0.8,
    tier: TIER.specific + 5,
    context: 'error-shaped',
    alternatives: [alt('server-unreachable', 0.1, 'resolve-host')],
  },
  {
    id: 'dns-resolver-error',
    category: 'dns-failure',
    // The resolver itself failed (queryA/queryAaaa ECONNREFUSED / ETIMEDOUT), reported by
    // Nodemailer as code 'EDNS' — not the SMTP server refusing.
    pattern:
      /\bquery(?:A|Aaaa|Mx|Any) (?:ECONNREFUSED|ETIMEDOUT|ESERVFAIL|ENOTFOUND|EREFUSED)\b|\bcode: ?'EDNS'|"code": ?"EDNS"|\bcode: ?"EDNS"/,
    confidence: 0.8,
    tier: TIER.decisive,
    context: 'self',
    alternatives: [alt('server-unreachable', 0.1, 'resolve-host')],
  },
];
