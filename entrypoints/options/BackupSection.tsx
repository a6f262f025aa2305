import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import {
  exportSettings,
  importSettings,
  siteLabel,
  type Settings,
  type SettingsIssue,
  type WatchedSite,
} from '../../components/settings';
import { Section } from './Section';
import { useT } from '../../components/i18n';

interface Props {
  settings: Settings;
  /** Apply imported settings (watched sites excluded: each needs its own grant). */
  onImport: (settings: Settings, sitesToAdd: WatchedSite[]) => void;
}

/** A read file waiting for the user to accept a change of probe backend. */
interface PendingImport {
  settings: Settings;
  issues: SettingsIssue[];
  urlChanges: boolean;
  tokenChanges: boolean;
}

export function BackupSection({ settings, onImport }: Props) {
  const translator = useT();
  const { t } = translator;
  const [message, setMessage] = useState<{ kind: 'ok' | 'error' | 'warn'; text: string } | null>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  useEffect(() => {
    if (pending) confirmHeading.current?.focus();
  }, [pending]);

  function apply(imported: Settings, issues: SettingsIssue[], note?: string) {
    const known = new Set(settings.sites.map((s) => s.pattern));
    const sitesToAdd = imported.sites.filter((s) => !known.has(s.pattern));
    onImport({ ...imported, sites: settings.sites }, sitesToAdd);
    const parts = [t('ui.backup.imported')];
    if (note) parts.push(note);
    if (issues.length)
      parts.push(
        t('ui.backup.issues', { issues: issues.map((i) => `${i.field} (${i.problem})`).join(', ') }),
      );
    if (sitesToAdd.length)
      parts.push(
        t('ui.backup.addSites', {
          sites: sitesToAdd.map((s) => siteLabel(s.pattern)).join(', '),
          section: t('ui.sites.title'),
        }),
      );
    setMessage({ kind: issues.length ? 'warn' : 'ok', text: parts.join(' ') });
  }

  function decide(choice: 'new' | 'keep' | 'cancel') {
    const file = pending;
    setPending(null);
    if (!file) return;
    if (choice === 'cancel') {
      setMessage({ kind: 'ok', text: t('ui.backup.nothing') });
    } else if (choice === 'new') {
      apply(file.settings, file.issues);
    } else {
      apply({ ...file.settings, backend: settings.backend }, file.issues, t('ui.backup.kept'));
    }
  }

  function download() {
    const blob = new Blob([exportSettings(settings)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'smtp-doctor-settings.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage({ kind: 'ok', text: t('ui.backup.exported') });
  }

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > 200_000) {
      setMessage({ kind: 'error', text: t('ui.backup.tooLarge') });
      return;
    }
    const result = importSettings(await file.text(), translator);
    if (!result.ok) {
      setMessage({ kind: 'error', text: result.error });
      return;
    }
    // Probes, and the login check with a password, go to the backend: a file must not
    // move them elsewhere without the user saying so.
    const urlChanges = result.settings.backend.url !== settings.backend.url;
    const tokenChanges = result.settings.backend.token !== settings.backend.token;
    if (urlChanges || tokenChanges) {
      setMessage(null);
      setPending({ settings: result.settings, issues: result.issues, urlChanges, tokenChanges });
      return;
    }
    apply(result.settings, result.issues);
  }

  return (
    <Section title={t('ui.backup.title')} intro={t('ui.backup.intro')}>
      <div className="row">
        <button type="button" className="btn" onClick={download}>
          {t('ui.backup.export')}
        </button>
        <button type="button" className="btn" onClick={() => fileInput.current?.click()}>
          {t('ui.backup.import')}
        </button>
        <input
          ref={fileInput}
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('ui.backup.file')}
          onChange={(e) => void upload(e)}
        />
      </div>
      {pending ? (
        <div
          className="notice notice-warn import-confirm"
          data-confirm="backend"
          role="group"
          aria-labelledby={`${id}-confirm`}
        >
          <h3 id={`${id}-confirm`} ref={confirmHeading} tabIndex={-1}>
            {t('ui.backup.confirmTitle')}
          </h3>
          <p>{t('ui.backup.confirmText')}</p>
          <dl className="import-changes">
            {pending.urlChanges ? (
              <>
                <dt>{t('ui.backup.address')}</dt>
                <dd>
                  <code>{settings.backend.url}</code> → <code>{pending.settings.backend.url}</code>
                </dd>
              </>
            ) : null}
            {pending.tokenChanges ? (
              <>
                <dt>{t('ui.backup.token')}</dt>
                <dd>
                  {t(pending.settings.backend.token ? 'ui.backup.tokenReplaced' : 'ui.backup.tokenRemoved')}
                </dd>
              </>
            ) : null}
          </dl>
          <div className="row">
            <button type="button" className="btn" onClick={() => decide('keep')}>
              {t('ui.backup.keep')}
            </button>
            <button type="button" className="btn" onClick={() => decide('new')}>
              {t('ui.backup.useNew')}
            </button>
            <button type="button" className="btn-link" onClick={() => decide('cancel')}>
              {t('ui.backup.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <p
        role="status"
        aria-live="polite"
        className={message ? `notice notice-${message.kind}` : 'visually-hidden'}
      >
        {message?.text ?? ''}
      </p>
    </Section>
  );
}
