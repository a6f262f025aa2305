import { TIER, type Rule, type RuleContext } from './rule';
import { alt } from './refine';

/**
 * Replies that refuse the envelope or the message for a stated reason: relaying,
 * sender and recipient addresses, mailbox quota, size, content, blocklists,
 * reverse DNS, SPF/DKIM/DMARC, greylisting and rate limits. Sources: RFC 5321
 * reply texts, RFC 3463/7372 enhanced codes, Postfix and Exim reject wording
 * (postconf(5) reject_* restrictions, Exim ACL defaults), Spamhaus/RBL reply
 * conventions ("blocked using zen.spamhaus.org"), Google Workspace and Microsoft
 * NDR references, Nodemailer EENVELOPE ("all recipients were rejected"),
 * PHPMailer lang "recipients_failed"/"data_not_accepted".
 */
/** Retry advice with no server reply around it: no reply or enhanced code, no closing session. */
function isAppAdvice(ctx: RuleContext): boolean {
  return (
    ctx.extracted.replyCode === undefined &&
    ctx.extracted.enhancedCode === undefined &&
    !/closing connection|deferr?(?:ed|al)|temporar/i.test(ctx.near)
  );
}

export const envelopeRules: Rule[] = [
  {
    id: 'relay-denied',
    category: 'sender-rejected',
    pattern:
      /Relay(?:ing)? (?:access )?(?:denied|not permitted|disallowed|prohibited|not allowed)|Unable to relay|we do not relay|not permitted to relay|is not permitted to relay|not allowed to relay|isn't in my list of allowed rcpthosts|5\.7\.64 TenantAttribution/i,
    confidence: 0.75,
    tier: TIER.reply + 2,
    context: 'self',
    // Most often the client did not authenticate.
    alternatives: [alt('auth-required', 0.35, 'credentials')],
  },
  {
    id: 'sender-not-allowed',
    category: 'sender-rejected',
    pattern:
      /not owned by (?:the )?(?:auth(?:enticated)? )?user|SendAsDenied|not allowed to send as|not authorized to send (?:as|on behalf|from)|not authori[sz]ed to use (?:this|the) (?:From|sender)|does not have permissions? to send as|From address is not|from address does not match|does not match a verified Sender Identity|Email address is not verified|identities failed the check|Sender (?:is )?not (?:allowed|authorized|permitted)|Invalid sender|Sender verify failed|sender verification failed|Sender domain (?:must exist|not found|does not exist)|Domain of sender address (?:\S{1,254} )?does not exist|Verification failed for <|MAIL FROM (?:command )?(?:failed|rejected)|Mail command failed|Failed to set sender|originator not accepted|Sender address is not allowed|5\.7\.60\b|5\.2\.252\b|invalid DNS MX or A\/AAAA resource record|Sender unknown|unknown sender|Incorrect sender|sending from unregistered domains|Sender was not authenticated by organization|Blacklisted user|user (?:is )?blacklisted|Sender address has null MX|is not allowed to send|not in allowed-senders list/i,
    confidence: 0.75,
    tier: TIER.reply,
    context: 'mail',
    alternatives: [alt('auth-failed', 0.1, 'credentials')],
  },
  {
    id: 'recipient-unknown',
    category: 'recipient-rejected',
    pattern:
      /User unknown|Unknown user|No such user|mailbox (?:not found|does not exist|is disabled|inactive)|recipient (?:rejected|not found|unknown|does not exist)|Invalid recipient|no mailbox here|email account that you tried to reach (?:does not exist|is disabled)|Address not found|user doesn't exist|user doesn't have an? |unrouteable address|(?<!sender (?:address|domain)(?: \S{1,254})? )does not exist|no such recipient|not a valid (?:mailbox|recipient)|RESOLVER\.ADR\.RecipNotFound|5\.1\.10 RESOLVER|Undeliverable address|bad destination mailbox|mailbox name not allowed|banned recipient|no valid recipients|Recipient address rejected: Access denied|does not accept mail/i,
    confidence: 0.75,
    tier: TIER.reply,
    context: 'mail',
  },
  {
    id: 'recipients-rejected-wrapper',
    category: 'recipient-rejected',
    // The client's summary; a reason inside (relay, blocklist, …) wins over it.
    pattern:
      /all recipients were rejected|The following recipients failed|recipients discarded|all recipients discarded|Invalid recipients|No recipients defined|\bEENVELOPE\b|Can't send mail - no recipients defined|Failed to add recipient/i,
    confidence: 0.5,
    tier: TIER.wrapper,
    context: 'self',
    refine: (ctx) =>
      /No recipients defined|no recipients defined/.test(ctx.near) && !/\b5\d\d\b/.test(ctx.near)
        ? {
            category: 'unknown',
            confidence: 0.5,
            alternatives: [alt('recipient-rejected', 0.3, 'server-log')],
          }
        : undefined,
  },
  {
    id: 'mailbox-full',
    category: 'mailbox-full',
    pattern:
      /(?:mailbox|mail ?folder|folder) (?:is )?full|Mailbox size limit exceeded|over (?:the |their |his |her )?quota|quota exceeded|exceeded (?:the |their |his |her )?(?:storage|quota)|user is over quota|out of storage|OverQuota|mailbox has exceeded|Mailbox quota|storage (?:quota|limit) (?:exceeded|reached)|inbox is full|sem espaço de armazenamento|storage space/i,
    confidence: 0.8,
    tier: TIER.reply,
    context: 'mail',
    refine: (ctx) =>
      /sending|daily|send limit|per day|per hour|rate|submission/i.test(
        ctx.match.input.slice(Math.max(0, ctx.match.index - 60), ctx.match.index + ctx.match[0].length + 20),
      )
        ? { category: 'rate-limit', confidence: 0.7 }
        : undefined,
  },
  {
    id: 'message-too-large',
    category: 'message-rejected',
    pattern:
      /message (?:size )?(?:exceeds|is too (?:big|large))|exceeds (?:fixed|the maximum|maximum|the size|size) (?:message )?(?:size|limit)|Message too (?:big|large)|message size limit|size limit exceeded|MessageSizeExceeded|message file too big|exceeded the maximum message size|message length exceeds|too large for this system|size larger than allowed/i,
    confidence: 0.8,
    tier: TIER.reply,
    context: 'mail',
  },
  {
    id: 'message-content-rejected',
    category: 'message-rejected',
    pattern:
      /(?:message|mail|content|email) (?:was |has been |is )?(?:rejected|blocked|identified|detected|flagged|classified) (?:as|due to|because of|for) (?:spam|junk|possible spam|suspected spam)|likely unsolicited (?:e-?)?mail|looks like spam|suspected spam|spam (?:message|content) (?:rejected|detected)|Message content rejected|content rejected|rejected for policy reasons|Message not allowed|contains a virus|virus (?:found|detected)|infected|malware detected|blocked because it contains|Message rejected due to local policy|high probability of being spam|message looked like spam|URL in this message|\[PH01\]|\[CS01\]|5\.7\.1 Message rejected|554 5\.7\.1 \[P\d\]|prohibited attachment|attachment not allowed|rejected: spam|suspicious due to the nature of the content|policy violation|must be RFC 5322|not accepted for policy reasons/i,
    confidence: 0.75,
    tier: TIER.reply,
    context: 'mail',
    alternatives: [
      alt('domain-authentication', 0.15, 'sender-domain-dns'),
      alt('ip-reputation', 0.1, 'ip-blocklist'),
    ],
  },
  {
    id: 'ip-blocklisted',
    category: 'ip-reputation',
    pattern:
      /blocked using|listed (?:on|in|at|by) (?:the )?(?:[a-z0-9.-]{1,40} )?(?:RBL|DNSBL|blocklist|blacklist|block list|black list|Spamhaus|SpamCop|Barracuda|SORBS)|blacklisted|blocklisted|\bblacklist\b|\bblocklist\b|on our block list|spamhaus|bl\.spamcop|barracudacentral|\bb\.barracuda|\bSORBS\b|\bRBLs?\b|\bDNSBLs?\b|poor reputation|bad reputation|low reputation|IP reputation|sender reputation|reputation of (?:your|the sending) IP|banned sending IP|traffic not accepted from this IP|IP address (?:has been |is )?(?:blocked|blacklisted|listed|banned)|your IP (?:address )?(?:is|has been) (?:blocked|listed|blacklisted)|\[BL2\d\]|\[RL0\d\]|Client host \[[0-9a-f.:]{3,45}\] blocked|5\.7\.708\b|5\.7\.606\b|5\.7\.511\b|unusual rate of unsolicited mail originating from your IP|originating from your IP address|blocked by (?:our )?(?:anti-?spam|spam filter)|Service unavailable; Client host|Connection refused by [a-z0-9.-]{1,60} due to|\bPBL\b|\bSBL\b|\bXBL\b|dynamic (?:IP|address|pool|range)|dynamically[- ]assigned|residential (?:IP|address|range)|dial-?up|\bDUL\b|Connections will not be accepted from|part of their network is on our block list/i,
    confidence: 0.8,
    tier: TIER.reply + 5,
    context: 'mail',
    alternatives: [alt('reverse-dns', 0.1, 'ip-blocklist')],
    refine: (ctx) => {
      // Denied, or only guessed at right there ("they may be blacklisted"): no listing is
      // reported. A bounce's boilerplate elsewhere ("further mail may be blocked") is not.
      const before = ctx.text.slice(Math.max(0, ctx.match.index - 8), ctx.match.index);
      if (
        /\bnot (?:be )?(?:blacklisted|blocklisted|listed|blocked)\b/i.test(ctx.near) ||
        /\bmay be $/i.test(before)
      )
        return { reject: true };
      // Spamhaus answers a lookup through a public resolver with an error code (127.255.255.25x,
      // "Error: open resolver"): the receiver's DNS setup failed, the sender's IP is not listed.
      if (/Error: open resolver|\/returnc\/|127\.255\.255\.25[2-5]/.test(ctx.near)) {
        return {
          category: 'unknown',
          confidence: 0.5,
          alternatives: [alt('ip-reputation', 0.3, 'ip-blocklist')],
        };
      }
      return undefined;
    },
  },
  {
    id: 'reverse-dns-missing',
    category: 'reverse-dns',
    pattern:
      /PTR record|reverse DNS|\brDNS\b|cannot find your (?:reverse )?hostname|no PTR|reverse lookup (?:failed|mismatch)|does not have a PTR|5\.7\.25\b|IP name lookup failed|Client host rejected: cannot find your|reverse mapping|reverse hostname|hostname does not resolve to/i,
    confidence: 0.8,
    tier: TIER.reply + 8,
    context: 'mail',
    alternatives: [alt('ip-reputation', 0.2, 'ip-blocklist')],
  },
  {
    id: 'domain-authentication-failed',
    category: 'domain-authentication',
    // Not "dmarc=pass": the Authentication-Results header of a mail that was delivered.
    pattern:
      /5\.7\.26\b|5\.7\.2[0-4]\b|SPF (?:check )?(?:fail|validation|softfail)|SPF (?:record|policy)|Sender Policy Framework|DKIM (?:signature|validation|check|fail)|DMARC(?![=:] ?pass\b)|unauthenticated (?:e-?mail|mail)|sender is unauthenticated|not pass authentication checks|fails? to pass authentication checks|does not have authentication information|authenticate with either SPF or DKIM|5\.7\.509\b|5\.7\.515\b|does not designate|is not allowed to send mail from|not authorized by the domain|ARC validation|5\.7\.29\b/i,
    confidence: 0.8,
    tier: TIER.reply + 8,
    context: 'mail',
    alternatives: [alt('sender-rejected', 0.15, 'sender-domain-dns')],
  },
  {
    id: 'greylisted',
    category: 'greylisted',
    pattern:
      /gr[ae]y-?list(?:ed|ing)?|postgrey|temporarily rejected|please retry later|Resources? temporarily unavailable|Service temporarily unavailable|Try again in a few minutes|come back later|deferred recipient/i,
    confidence: 0.85,
    tier: TIER.decisive,
    context: 'mail',
    refine: (ctx) =>
      /gr[ae]y-?list|postgrey/i.test(ctx.match[0])
        ? { category: 'greylisted', confidence: 0.9 }
        : {
            category: 'greylisted',
            confidence: 0.55,
            alternatives: [alt('rate-limit', 0.25, 'retry-later'), alt('ip-reputation', 0.1, 'ip-blocklist')],
          },
  },
  {
    id: 'try-again-later',
    category: 'greylisted',
    // A deferral with no reason: 421 closes the session (a throttle), 450/451 defer the message.
    pattern: /try again later|Please try again|retry later/i,
    confidence: 0.45,
    tier: TIER.reply - 5,
    context: 'mail',
    refine: (ctx) =>
      // Greylisting defers with 4xx (RFC 6647 §2.1): beside a 5xx the retry advice is prose,
      // and with no reply code at all it is the application's own advice ("Failed to send
      // email, please try again later").
      (ctx.extracted.replyCode ?? 0) >= 500 || isAppAdvice(ctx)
        ? { reject: true }
        : ctx.extracted.replyCode === 421 || /closing connection/i.test(ctx.near)
          ? {
              category: 'rate-limit',
              confidence: 0.5,
              alternatives: [
                alt('greylisted', 0.3, 'retry-later'),
                alt('ip-reputation', 0.15, 'ip-blocklist'),
              ],
            }
          : {
              category: 'greylisted',
              confidence: 0.45,
              alternatives: [
                alt('rate-limit', 0.3, 'retry-later'),
                alt('ip-reputation', 0.1, 'ip-blocklist'),
              ],
            },
  },
  {
    id: 'temporary-server-problem',
    category: 'unknown',
    // The receiving server's own trouble: nothing the sender can fix but wait.
    pattern:
      /Temporary local problem|Temporary System Problem|local error in processing|Routing loop detected|Hop count exceeded|Message expired|Server configuration problem/i,
    confidence: 0.45,
    tier: TIER.reply + 4,
    context: 'mail',
    alternatives: [alt('greylisted', 0.25, 'retry-later')],
  },
  {
    id: 'helo-rejected',
    category: 'unknown',
    // The HELO/EHLO name was refused: a server configuration matter, near reverse DNS.
    pattern:
      /Helo command rejected|Need fully-qualified hostname|HELO\/EHLO requires|invalid HELO|Bad HELO|HELO (?:name|hostname) (?:is )?(?:invalid|rejected)/i,
    confidence: 0.45,
    tier: TIER.reply + 9,
    context: 'mail',
    alternatives: [alt('reverse-dns', 0.3, 'ip-blocklist')],
  },
  {
    id: 'postfix-client-access-denied',
    category: 'auth-required',
    // Postfix's bare `reject` after permit_sasl_authenticated (smtpd_client/relay/recipient
    // restrictions on submission) answers "Client host rejected: Access denied": the client
    // is neither in mynetworks nor logged in. An access(5) REJECT of the address reads the
    // same, hence the runner-up.
    pattern: /Client host rejected: Access denied/,
    confidence: 0.55,
    tier: TIER.reply,
    context: 'self',
    alternatives: [alt('ip-reputation', 0.25, 'ip-blocklist'), alt('sender-rejected', 0.1, 'credentials')],
  },
  {
    id: 'postfix-reject-prefix',
    category: 'recipient-rejected',
    // Postfix's restriction prefixes say which address was refused, not why; the reason
    // after the colon (or the status code) decides when it is known.
    pattern: /Recipient address rejected|Sender address rejected|Client host rejected/,
    confidence: 0.35,
    tier: TIER.code + 1,
    context: 'self',
    refine: (ctx) =>
      ctx.match[0].startsWith('Sender')
        ? { category: 'sender-rejected', confidence: 0.4 }
        : ctx.match[0].startsWith('Client')
          ? {
              category: 'ip-reputation',
              confidence: 0.35,
              alternatives: [alt('reverse-dns', 0.25, 'ip-blocklist')],
            }
          : undefined,
  },
  {
    id: 'rate-limited',
    category: 'rate-limit',
    pattern:
      /sending limit|sending quota|daily (?:user )?sending|Daily message quota|message quota exceeded|Maximum sending rate exceeded|Throttling failure|throttl(?:ed|ing)|rate limit|rate-limited|ratelimit|too many (?:messages|connections|recipients|emails|mails|concurrent)|exceeded (?:the )?(?:daily|hourly|sending|message)|limit exceeded|messages per (?:day|hour|minute)|unusual (?:sending )?activity|5\.4\.5\b|4\.7\.500\b|Mail flood|Maximum messages sent|temporarily blocked for sending|Email Outgoing Blocked|outgoing mail (?:has been )?(?:blocked|suspended)|exceeded your|limit reached|Maximum credits exceeded|quota for this account|too much mail|receiving mail at a rate|receiving mail too quickly|reached your daily limit|daily limit|receive limit|exceeded permitted limits|exceeded threshold|limits for your account are exceeded|submission ?quota|Max message per connection/i,
    confidence: 0.75,
    tier: TIER.reply + 3,
    context: 'mail',
    alternatives: [alt('ip-reputation', 0.15, 'ip-blocklist'), alt('greylisted', 0.1, 'retry-later')],
  },
  {
    id: 'mail-flood-code',
    category: 'rate-limit',
    // X.7.28 "Mail flood detected" (IANA registry): the code decides over its wording.
    pattern: /(?<![\d.])[45]\.7\.28(?![\d.])/,
    confidence: 0.75,
    tier: TIER.decisive + 2,
    context: 'self',
    alternatives: [alt('ip-reputation', 0.3, 'ip-blocklist')],
  },
  {
    id: 'sender-account-blocked',
    category: 'sender-rejected',
    // The provider blocked the sending account itself (not its IP).
    pattern:
      /Blacklisted user|user (?:is )?blacklisted|account (?:has been )?(?:blocked|suspended) for sending/i,
    confidence: 0.6,
    tier: TIER.decisive,
    context: 'mail',
    alternatives: [alt('ip-reputation', 0.25, 'ip-blocklist')],
  },
  {
    id: 'rfc-mailbox-unavailable',
    category: 'recipient-rejected',
    // RFC 5321's own reply text for 450/550: busy or blocked (450), not found or no access (550).
    pattern: /Requested (?:mail )?action not taken: mailbox unavailable/i,
    confidence: 0.45,
    tier: TIER.code + 3,
    context: 'self',
    refine: (ctx) =>
      ctx.extracted.replyCode === 450
        ? {
            category: 'greylisted',
            confidence: 0.4,
            alternatives: [alt('recipient-rejected', 0.3, 'server-log')],
          }
        : {
            category: 'recipient-rejected',
            confidence: 0.45,
            alternatives: [alt('sender-rejected', 0.2, 'server-log')],
          },
  },
];
