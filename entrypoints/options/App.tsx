import { useCallback, useEffect, useRef, useState } from 'react';
import { loadSettings, saveSettings, type SettingsState } from '../../components/settings-store';
import { languageOf, type Settings, type WatchedSite } from '../../components/settings';
import { useT } from '../../components/i18n';
import { LanguageSection } from './LanguageSection';
import { BackendSection } from './BackendSection';
import { BackupSection } from './BackupSection';
import { PrivacySection } from './PrivacySection';
import { ProviderSection } from './ProviderSection';
import { SendingFromSection } from './SendingFromSection';
import { SitesSection } from './SitesSection';

export function OptionsApp() {
  const translator = useT();
  const { t } = translator;
  // The repair notice is worded once, in the language the page opened in.
  const openingTranslator = useRef(translator);
  const [state, setState] = useState<SettingsState | null>(null);
  const [saved, setSaved] = useState<'idle' | 'saved' | 'failed'>('idle');
  const [suggestedSites, setSuggestedSites] = useState<WatchedSite[]>([]);
  // Sections keep drafts of their fields: an import starts them again from the new values
  // (a stale draft would show the old backend, and its blur would save it back).
  const [imports, setImports] = useState(0);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The latest state, so successive changes in one tick build on each other.
  const current = useRef<SettingsState | null>(null);

  useEffect(() => {
    let live = true;
    loadSettings(undefined, openingTranslator.current).then((loaded) => {
      if (!live) return;
      current.current = loaded;
      setState(loaded);
    });
    return () => {
      live = false;
      clearTimeout(saveTimer.current);
    };
  }, []);

  const update = useCallback((change: (old: Settings) => Settings) => {
    const old = current.current;
    if (!old) return;
    const settings = change(old.settings);
    // A repair notice stays until the page is reloaded; the stored value is valid from now on.
    // "Nothing saved yet" goes with the first change: it would stand beside "Saved".
    const next: SettingsState =
      old.status === 'missing' ? { status: 'stored', settings } : { ...old, settings };
    current.current = next;
    setState(next);
    saveSettings(settings).then(
      () => {
        setSaved('saved');
        clearTimeout(saveTimer.current);
        saveTimer.current = setTimeout(() => setSaved('idle'), 2000);
      },
      () => setSaved('failed'),
    );
  }, []);

  if (!state) return <div className="options" aria-busy="true" />;
  const { settings } = state;

  return (
    <div className="options">
      <header className="opt-header">
        <h1>{t('ui.options.title')}</h1>
        <p className="muted">{t('ui.options.autosave')}</p>
        <LanguageSection
          language={languageOf(settings)}
          onChange={(language) => update((s) => ({ ...s, language }))}
        />
        <p className="save-status" role="status" aria-live="polite">
          {saved === 'saved' ? t('ui.options.saved') : saved === 'failed' ? t('ui.options.saveFailed') : ''}
        </p>
      </header>

      {state.status === 'repaired' ? (
        <div className="notice notice-warn" role="alert">
          <strong>{t('ui.options.repaired')}</strong>
          <span>
            {t('ui.options.repairedList', {
              issues: state.issues.map((i) => `${i.field} (${i.problem})`).join(', '),
            })}
          </span>
        </div>
      ) : state.status === 'missing' ? (
        <div className="notice" role="status">
          {t('ui.options.missing')}
        </div>
      ) : null}

      <ProviderSection
        key={`ProviderSection-${imports}`}
        provider={settings.provider}
        doh={settings.privacy.doh}
        onChange={(provider) => update((s) => ({ ...s, provider }))}
      />
      <SendingFromSection
        key={`SendingFromSection-${imports}`}
        sendingFrom={settings.sendingFrom}
        onChange={(sendingFrom) => update((s) => ({ ...s, sendingFrom }))}
      />
      <SitesSection
        key={`SitesSection-${imports}`}
        sites={settings.sites}
        suggested={suggestedSites}
        onSuggestedHandled={(pattern) =>
          setSuggestedSites((list) => list.filter((s) => s.pattern !== pattern))
        }
        onChange={(sites) => update((s) => ({ ...s, sites }))}
      />
      {/* Needed only to run probes or to change how DNS is looked up: folded below the provider choice. */}
      <details className="opt-advanced">
        <summary>{t('ui.options.advanced')}</summary>
        <BackendSection
          key={`BackendSection-${imports}`}
          backend={settings.backend}
          onChange={(backend) => update((s) => ({ ...s, backend }))}
          probeVia={settings.probeVia}
          onProbeViaChange={(probeVia) => update((s) => ({ ...s, probeVia }))}
        />
        <PrivacySection
          key={`PrivacySection-${imports}`}
          doh={settings.privacy.doh}
          onChange={(doh) => update((s) => ({ ...s, privacy: { doh } }))}
        />
      </details>
      <BackupSection
        settings={settings}
        onImport={(imported, sitesToAdd) => {
          update(() => imported);
          setSuggestedSites(sitesToAdd);
          setImports((n) => n + 1);
        }}
      />
    </div>
  );
}
