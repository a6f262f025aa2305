import { browser, defineContentScript } from '#imports';
import { sendMessage } from '../../utils/messaging';
import { CONTENT_MATCHES } from '../../utils/site-patterns';
import { isUserSite } from '../../utils/user-site-flag';
import { recogniseSite } from './confirm';
import { watchLocation } from './location-watch';
// Only the prefilters: the rule table stays in the background, which classifies.
import { gatesFor, pageLanguage } from './page-language';
import { createSession, type Session } from './session';
import { createStats, type WatcherStats } from './stats';
import { SAMPLE_PAUSE_MS } from './watcher';

declare global {
  // Read by the benchmark from this isolated world (see stats.ts).
  var __smtpDoctorStats: WatcherStats | undefined;
  // The running session of this frame. The isolated world is shared by every copy of
  // this extension's scripts in the frame and unreachable from the page.
  var __smtpDoctorSession: Session | undefined;
}

export default defineContentScript({
  // wxt.config.ts adds a second manifest entry for the same file: panels known by their port.
  matches: CONTENT_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  // No window.postMessage into the page: some webmail listeners choke on foreign messages.
  noScriptStartedPostMessage: true,
  // WXT's ctx is not used: it invalidates itself on a DOM event named after the
  // extension's public id, which any page can dispatch. Copies hand over through the
  // isolated world instead, and a copy whose extension went away stops by itself.
  main() {
    const page = recogniseSite(window, isUserSite());
    if (!page) return;
    const stats = globalThis.__smtpDoctorStats ?? createStats();
    globalThis.__smtpDoctorStats = stats;
    // A page in a language the catalog of translated errors knows gets its gate too.
    const language = pageLanguage(document, navigator.language);
    const session: Session = createSession({
      window,
      page,
      ...(language ? { language } : {}),
      ...gatesFor(language),
      classifyTexts: (batch) => sendMessage('classifyTexts', batch),
      openExplanation: () => sendMessage('openExplanation', undefined),
      documentGone: (info) => sendMessage('documentGone', info),
      findingsGone: (info) => sendMessage('findingsGone', info),
      alive: () => browser.runtime?.id !== undefined,
      stats,
      samplePauseMs: SAMPLE_PAUSE_MS,
    });
    // A second copy in this frame (two manifest entries matching, a site the user
    // added, an update) takes over from the first.
    globalThis.__smtpDoctorSession?.stop();
    globalThis.__smtpDoctorSession = session;
    session.start();
    // Single-page apps change views without a new document: keep watching only while
    // the page is still one we recognise.
    const unwatch = watchLocation(window, () => {
      if (globalThis.__smtpDoctorSession !== session) return unwatch();
      if (!recogniseSite(window, isUserSite())) session.stop();
      else session.start();
    });
  },
});
