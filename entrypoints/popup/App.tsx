import { useEffect, useState } from 'react';
import { browser } from '#imports';
import type { Finding } from '../../lib/findings';
import { getTabFindings, watchTabFindings } from '../../utils/findings-store';
import { getExplained, watchExplained, type ExplainedText } from '../../utils/explain-store';
import { PasteBox } from '../../components/PasteBox';
import { loadSettings } from '../../components/settings-store';
import { defaultSettings, type Settings } from '../../components/settings';
import { Diagnosis, NotASendError, PastedDiagnosis, excerptOf } from './Diagnosis';
import { PopupSettings } from './settings-context';
import { resolveTabId } from './tab';

interface TabState {
  tabId: number | null;
  findings: Finding[];
  /** Text sent here by the context menu "Explain this email error". */
  explained: ExplainedText | null;
}

type Load = { status: 'loading' } | ({ status: 'ready' } & TabState);

export function PopupApp({ search }: { search: string }) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [pasted, setPasted] = useState<string | null>(null);
  const [settings, setSettings] = useState<Settings>(defaultSettings);

  useEffect(() => {
    const unwatch: (() => void)[] = [];
    let cancelled = false;
    // Settings only shape the fix and probe details: they never hold up the first paint.
    loadSettings().then((state) => !cancelled && setSettings(state.settings));
    (async () => {
      // Storage only, no network: the diagnosis is on screen in the first paint.
      const tabId = await resolveTabId(search);
      const [findings, explained] =
        tabId === null
          ? [[], null]
          : await Promise.all([getTabFindings(tabId).catch(() => []), getExplained(tabId).catch(() => null)]);
      if (cancelled) return;
      setLoad({ status: 'ready', tabId, findings, explained });
      if (tabId !== null) {
        unwatch.push(
          watchTabFindings(tabId, (next) =>
            setLoad((old) => (old.status === 'ready' ? { ...old, findings: next } : old)),
          ),
          watchExplained(tabId, (next) =>
            setLoad((old) => (old.status === 'ready' ? { ...old, explained: next } : old)),
          ),
        );
      }
    })();
    return () => {
      cancelled = true;
      unwatch.forEach((stop) => stop());
    };
  }, [search]);

  const ready = load.status === 'ready' ? load : null;
  const findings = ready?.findings ?? [];
  const explained = ready?.explained ?? null;
  const explainedIsError = explained?.classification.match === true;
  const openOptions = () => void browser.runtime.openOptionsPage();

  return (
    <PopupSettings.Provider value={{ settings, openOptions }}>
      <div className="app">
        <header className="topbar">
          <Logo />
          <h1>SMTP Doctor</h1>
          {findings.length ? (
            <span className="count" aria-label={`${findings.length} send errors on this page`}>
              {findings.length}
            </span>
          ) : null}
          <button type="button" className="btn btn-small topbar-settings" onClick={openOptions}>
            Settings
          </button>
        </header>

        <main aria-busy={!ready}>
          {!ready ? null : (
            <>
              {explained ? (
                <section className="explained" aria-label="The text you selected">
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
                  <p className="lead">
                    {findings.length === 1
                      ? 'One email send error on this page.'
                      : `${findings.length} email send errors on this page.`}
                  </p>
                  <div className="cards">
                    {findings.map((finding) => (
                      <Diagnosis
                        key={finding.key}
                        classification={finding.classification}
                        excerpt={finding.excerpt}
                        source={{ kind: 'page', url: finding.frameUrl, seenAt: finding.firstSeen }}
                        persist={ready.tabId === null ? undefined : { tabId: ready.tabId, key: finding.key }}
                      />
                    ))}
                  </div>
                </>
              ) : !explained && pasted === null ? (
                <p className="lead">No email send errors seen on this page.</p>
              ) : null}

              {pasted !== null ? <PastedDiagnosis text={pasted} onClear={() => setPasted(null)} /> : null}

              {findings.length || explainedIsError ? (
                <details className="more-paste">
                  <summary>Explain another error message</summary>
                  <PasteBox onExplain={setPasted} heading="Paste an error" />
                </details>
              ) : (
                <section className="empty" aria-label="Explain an error message">
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

export function WatchesLine() {
  return (
    <p className="watches">
      Watches Gmail, Outlook, Yahoo Mail, self-hosted webmail (Roundcube, SOGo, Zimbra …) and hosting panels
      (cPanel, Plesk, DirectAdmin, WordPress) for send errors. Anywhere else: select the error, right-click,
      “Explain this email error”.
    </p>
  );
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
