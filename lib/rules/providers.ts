import { TIER, type Rule } from './rule';
import { alt } from './refine';

/**
 * Provider replies whose wording names a cause the generic rules would misread.
 * Sources: Google Workspace "SMTP error reference" (support.google.com/a/answer/3726730):
 * 550-5.7.1 "The IP you're using to send mail is not authorized to send email
 * directly to our servers"; 421-4.7.0 "unusual rate of unsolicited mail";
 * 550-5.7.1 "likely unsolicited mail". Microsoft Exchange Online NDR reference
 * (5.7.708, 5.7.606-649, 5.7.60 SendAsDenied, 4.7.500-699). Yahoo Sender Hub
 * SMTP error codes ([TSS04], [TSS09], [BL21], [PH01]). Amazon SES SMTP response
 * codes ("Email address is not verified", "Throttling failure", "Daily message
 * quota exceeded"). Zoho Mail ("553 Relaying disallowed"). Gmail's bounce when the
 * recipient's MX cannot be reached ("The recipient server did not accept our requests to
 * connect. Learn more at https://support.google.com/mail/answer/7720").
 */
export const providerRules: Rule[] = [
  {
    id: 'direct-to-mx-from-dynamic-ip',
    category: 'ip-reputation',
    // A home or cloud IP delivering straight to the MX: the receiver wants a relay.
    pattern:
      /not authorized to send email directly to our servers|use the SMTP relay at your service provider|not allowed to send mail directly|Please use your ISP's (?:mail server|SMTP server|relay)|dynamic IP addresses? (?:is|are) not allowed|end-user IP|direct-to-MX/i,
    confidence: 0.85,
    tier: TIER.decisive,
    context: 'self',
    alternatives: [alt('reverse-dns', 0.1, 'ip-blocklist')],
  },
  {
    id: 'yahoo-deferred-reputation',
    category: 'ip-reputation',
    pattern:
      /\[TSS0\d\]|\[TS0\d\]|temporarily deferred due to unexpected volume or user complaints|Messages? from \S{1,60} temporarily deferred|temporarily deferred - 4\.16\.\d{1,3}/,
    confidence: 0.75,
    tier: TIER.decisive,
    context: 'self',
    alternatives: [alt('rate-limit', 0.3, 'retry-later')],
  },
  {
    id: 'ses-identity-not-verified',
    category: 'sender-rejected',
    pattern: /Email address is not verified|identities failed the check in region/i,
    confidence: 0.8,
    tier: TIER.decisive,
    context: 'self',
    alternatives: [alt('recipient-rejected', 0.15, 'server-log')],
  },
  {
    id: 'gmail-recipient-mx-unreachable',
    category: 'server-unreachable',
    // Gmail's own bounce when it cannot reach the recipient's MX (timed out, refused):
    // the receiving server is down or unreachable, not the sender's setup.
    pattern: /recipient server did not accept our requests? to connect/i,
    confidence: 0.75,
    tier: TIER.decisive,
    context: 'self',
    alternatives: [alt('dns-failure', 0.1, 'resolve-host')],
  },
];
