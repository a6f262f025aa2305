import { defineContentScript } from '#imports';
// Only the prefilter: the rule table stays in the background, which classifies.
import { mayContainSendError, mayContainSendErrorInSubtree } from '../../lib/rules/prefilter';
import { sendMessage } from '../../utils/messaging';
import { CONTENT_MATCHES } from '../../utils/site-patterns';
import { isUserSite } from '../../utils/user-site-flag';
import { recogniseSite } from './confirm';
import { createSession, type Session } from './session';
import { createStats, type WatcherStats } from './stats';

declare global {
  // Read by the benchmark from this isolated world (see stats.ts).
  var __smtpDoctorStats: WatcherStats | undefined;
}

export default defineContentScript({
  // wxt.config.ts adds a second manifest entry for the same file: panels known by their port.
  matches: CONTENT_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  // No window.postMessage into the page: some webmail listeners choke on foreign messages.
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (!recogniseSite(window, isUserSite())) return;
    // A second copy in this frame (two manifest entries matching, an update) takes
    // over: WXT has already invalidated the first one's ctx, which stopped its session.
    const stats = globalThis.__smtpDoctorStats ?? createStats();
    globalThis.__smtpDoctorStats = stats;
    const session: Session = createSession({
      window,
      prefilter: mayContainSendError,
      subtreePrefilter: mayContainSendErrorInSubtree,
      classifyTexts: (batch) => sendMessage('classifyTexts', batch),
      openExplanation: () => sendMessage('openExplanation', undefined),
      documentGone: (info) => sendMessage('documentGone', info),
      // Plain timers: ctx.setTimeout keeps an abort listener per call for the page's
      // life, and the stopped session (ctx.onInvalidated below) ignores its timers.
      stats,
    });
    session.start();
    ctx.onInvalidated(() => session.stop());
    // Single-page apps change views without a new document: keep watching only while
    // the page is still one we recognise.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (!recogniseSite(window, isUserSite())) session.stop();
      else session.start();
    });
  },
});
