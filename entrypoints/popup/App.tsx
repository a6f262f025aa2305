import {
  lazy,
  memo,
  Suspense,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { browser } from '#imports';
import type { Finding } from '../../lib/findings';
import { EarlierFindings, useFindingsNow } from '../../components/EarlierFindings';
import { PasteBox } from '../../components/PasteBox';
import { Diagnosis, NotASendError, excerptOf } from './Diagnosis';
import { startPopupState, type PopupStateSource } from './popup-state';
import { PopupSettings } from './settings-context';
import { useFirstPaintDone } from './first-paint';
import { useT } from '../../components/i18n';

// Classifying pasted text needs the rule table: loaded on the first paste, not to show stored findings.
const PastedDiagnosis = lazy(() => import('./PastedDiagnosis'));

/**
 * Cards in the first paint: one, as the first card's answer alone fills the 600 px popup's first
 * screen; the rest follow once it is painted, in a render that yields.
 */
const FIRST_CARDS = 1;

/**
 * The popup. `source` is the state main.tsx started reading before React loaded; without
 * it (tests) the popup starts its own and stops it when unmounted.
 */
export function PopupApp({ search, source: given }: { search: string; source?: PopupStateSource }) {
  const [owned] = useState(() => (given ? null : startPopupState(search)));
  const source = given ?? owned!;
  useEffect(() => () => owned?.stop(), [owned]);
  const { tab: load, settings } = useSyncExternalStore(source.subscribe, source.getSnapshot);
  const [pasted, setPasted] = useState<string | null>(null);
  const { t } = useT();

  const ready = load.status === 'ready' ? load : null;
  // Cards and the count: what is on the page now; what left it a while ago is listed apart.
  const { current: findings, earlier } = useFindingsNow(ready?.findings ?? null, ready?.tabId ?? null);
  const explained = ready?.explained ?? null;
  const explainedIsError = explained?.classification.match === true;
  const context = useMemo(
    () => ({ settings, openOptions: () => void browser.runtime.openOptionsPage() }),
    [settings],
  );
  const { openOptions } = context;

  return (
    <PopupSettings.Provider value={context}>
      <div className="app">
        <header className="topbar">
          <Logo />
          <h1>SMTP Doctor</h1>
          {findings.length ? (
            <span className="count" aria-label={t('ui.popup.count', { count: findings.length })}>
              {findings.length}
            </span>
          ) : null}
          <button type="button" className="btn btn-small topbar-settings" onClick={openOptions}>
            {t('ui.popup.settings')}
          </button>
        </header>

        <main aria-busy={!ready}>
          {!ready ? null : (
            <>
              {explained ? (
                <section className="explained" aria-label={t('ui.popup.selected')}>
                  {explainedIsError ? (
                    <Diagnosis
                      classification={explained.classification}
                      excerpt={excerptOf(explained.text)}
                      source={{ kind: 'selection', seenAt: explained.at }}
                    />
                  ) : (
                    <>
                      <NotASendError />
                      <blockquote className="evidence selected-text">{excerptOf(explained.text)}</blockquote>
                    </>
                  )}
                </section>
              ) : null}

              {findings.length ? (
                <>
                  <p className="lead">{t('ui.popup.lead', { count: findings.length })}</p>
                  <Cards findings={findings} tabId={ready.tabId} />
                </>
              ) : !explained && pasted === null ? (
                <p className="lead">{t('ui.popup.none')}</p>
              ) : null}

              <EarlierFindings findings={earlier} />

              {pasted !== null ? (
                <Suspense fallback={null}>
                  <PastedDiagnosis text={pasted} onClear={() => setPasted(null)} />
                </Suspense>
              ) : null}

              {findings.length || explainedIsError ? (
                <details className="more-paste">
                  <summary>{t('ui.popup.another')}</summary>
                  <PasteBox onExplain={setPasted} heading={t('ui.popup.pasteHeading')} />
                </details>
              ) : (
                <section className="empty" aria-label={t('ui.paste.heading')}>
                  <PasteBox
                    key={explained?.at ?? 0}
                    onExplain={setPasted}
                    initialText={explained && !explainedIsError ? explained.text : ''}
                  />
                  <WatchesLine />
                </section>
              )}
            </>
          )}
        </main>
      </div>
    </PopupSettings.Provider>
  );
}

/**
 * The tab's findings as cards. A page may hold dozens and each card is a large tree: the
 * first is committed and painted alone; the rest are rendered after that paint, in a deferred
 * (interruptible) render, so no slice of theirs runs between the first card and its frame.
 */
function Cards({ findings, tabId }: { findings: Finding[]; tabId: number | null }) {
  const painted = useFirstPaintDone();
  const wanted = useMemo(() => (painted ? findings : findings.slice(0, FIRST_CARDS)), [painted, findings]);
  const shown = useDeferredValue(wanted);
  return (
    <div className="cards">
      {shown.map((finding) => (
        <FindingDiagnosis key={finding.key} finding={finding} tabId={tabId} />
      ))}
    </div>
  );
}

const FindingDiagnosis = memo(function FindingDiagnosis({
  finding,
  tabId,
}: {
  finding: Finding;
  tabId: number | null;
}) {
  const source = useMemo(
    () => ({ kind: 'page' as const, url: finding.frameUrl, seenAt: finding.firstSeen, page: finding.page }),
    [finding.frameUrl, finding.firstSeen, finding.page],
  );
  const persist = useMemo(
    () => (tabId === null ? undefined : { tabId, key: finding.key }),
    [tabId, finding.key],
  );
  return (
    <Diagnosis
      classification={finding.classification}
      excerpt={finding.excerpt}
      source={source}
      persist={persist}
    />
  );
});

export function WatchesLine() {
  const { t } = useT();
  return <p className="watches">{t('ui.popup.watches', { menu: t('ui.menu.explain') })}</p>;
}

function Logo() {
  return (
    <svg className="logo" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
      <rect x="2" y="5" width="20" height="14" rx="3" fill="currentColor" opacity="0.16" />
      <path
        d="M3.5 7.5 12 13l8.5-5.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
      />
      <path d="M17 15.5h4M19 13.5v4" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}
