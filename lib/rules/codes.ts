import { TIER, type Rule } from './rule';
import { decodeEnhanced, decodeReply, decodeReplyToMailFrom } from './decoders';
import { alt } from './refine';

/**
 * The fallback decoders as rules: a bare reply line ("550 5.1.1 …", "421 …") or an
 * enhanced status code classifies by its code when no rule with a reason matched.
 */
export const codeRules: Rule[] = [
  {
    id: 'server-reported-network-status',
    category: 'unknown',
    // RFC 3463 X.4.1 (no answer from host) and X.4.2 (bad connection) are network statuses.
    // Inside the exception a client raises for the reply of the server it talks to (MailKit
    // SmtpCommandException, JavaMail SMTPSendFailedException), or in Postfix smtpd's own
    // "4.4.2 … Error: timeout exceeded", they are that server's problem (its idle timer, its
    // onward hop): the connect worked.
    pattern:
      /(?:SmtpCommandException|SMTPSendFailedException|SMTPResponseException): (?:[45]\d\d[ -])?[45]\.4\.[12]\b|\b4\.4\.2 [\w.-]{1,253} Error: timeout exceeded/,
    confidence: 0.45,
    tier: TIER.decisive,
    context: 'self',
    alternatives: [alt('server-unreachable', 0.2, 'server-status'), alt('port-blocked', 0.1, 'probe-ports')],
  },
  {
    id: 'bare-mail-from-reply',
    category: 'sender-rejected',
    // curl's "(55) MAIL failed: 552" and nothing more: the command and the code are all the
    // text says, and read together (decodeReplyToMailFrom) they name the cause.
    pattern: /\bMAIL failed: (530|55[023])[ \t]*$/m,
    confidence: 0.5,
    tier: TIER.wrapper + 1,
    context: 'self',
    refine: (ctx) => {
      const verdict = decodeReplyToMailFrom(Number(ctx.match[1]));
      return verdict ? { category: verdict.category, confidence: verdict.confidence } : { reject: true };
    },
  },
  {
    id: 'unexpected-reply-code',
    category: 'unknown',
    // A client quoting the failure code it got instead of the one it expected: Symfony
    // Mailer 'Expected response code "250/251/252" but got code "552"' (SwiftMailer leaves
    // the expected codes unquoted: 'code 250/251/252 but got'), Nodemailer-style
    // 'Expected smtp code 250, got 552', PHP 'Invalid response code received from server (535)'.
    // The quoted code is the server's answer; an enhanced code, when present, says more.
    pattern:
      /Expected (?:response|smtp) code "?\d{3}(?:\/\d{3}){0,3}"?,? (?:but )?got(?: code)? "?[45]\d\d\b|Invalid response code received from server \((?:code: ?)?[45]\d\d\b/i,
    confidence: 0.4,
    tier: TIER.code + 1,
    context: 'self',
    refine: (ctx) => {
      const code = Number(/([45]\d\d)\D{0,2}$/.exec(ctx.match[0])?.[1]);
      const verdict = decodeReply(code);
      return verdict ? { category: verdict.category, confidence: verdict.confidence } : { reject: true };
    },
  },
  {
    id: 'enhanced-status-code',
    category: 'unknown',
    pattern: /(?<![\d.])[45]\.\d{1,3}\.\d{1,3}(?!\.?\d)/,
    confidence: 0.4,
    tier: TIER.code + 2,
    context: 'mail',
    refine: (ctx) => {
      const verdict = decodeEnhanced(ctx.match[0]);
      if (!verdict) return { reject: true };
      const reply = ctx.extracted.replyCode;
      // X.7.0 carries no reason of its own, and a code that decodes to no cause says less
      // than a reply code that names one (450 busy beside 4.3.2): the reply code decides.
      if ((ctx.match[0].endsWith('.7.0') || verdict.category === 'unknown') && reply !== undefined) {
        const byReply = decodeReply(reply);
        if (byReply && (byReply.category !== 'unknown' || verdict.category !== 'unknown'))
          return { category: byReply.category, confidence: byReply.confidence };
      }
      return { category: verdict.category, confidence: verdict.confidence };
    },
  },
  {
    id: 'reply-code',
    category: 'unknown',
    // A reply line: the code at a line or sentence start, before a space, hyphen or quote.
    pattern: /(?:^|(?<=[\s"'(>:[]))[45][0-5]\d(?=[ -][A-Z<[(#]|["')\]]|$)/im,
    confidence: 0.35,
    tier: TIER.code,
    context: 'mail',
    refine: (ctx) => {
      const code = Number(ctx.match[0]);
      const verdict = decodeReply(code);
      if (!verdict) return { reject: true };
      if (code === 454 && /\bTLS\b/.test(ctx.near)) return { category: 'tls-protocol', confidence: 0.5 };
      if (code === 550) {
        return {
          category: verdict.category,
          confidence: verdict.confidence,
          alternatives: [
            alt('sender-rejected', 0.2, 'server-log'),
            alt('ip-reputation', 0.15, 'ip-blocklist'),
          ],
        };
      }
      if (code === 554) {
        return {
          category: verdict.category,
          confidence: verdict.confidence,
          alternatives: [
            alt('ip-reputation', 0.25, 'ip-blocklist'),
            alt('sender-rejected', 0.15, 'server-log'),
          ],
        };
      }
      return { category: verdict.category, confidence: verdict.confidence };
    },
  },
];
