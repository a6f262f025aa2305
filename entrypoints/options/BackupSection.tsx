import { useId, useRef, useState, type ChangeEvent } from 'react';
import {
  exportSettings,
  importSettings,
  siteLabel,
  type Settings,
  type WatchedSite,
} from '../../components/settings';
import { Section } from './Section';

interface Props {
  settings: Settings;
  /** Apply imported settings (watched sites excluded: each needs its own grant). */
  onImport: (settings: Settings, sitesToAdd: WatchedSite[]) => void;
}

export function BackupSection({ settings, onImport }: Props) {
  const [message, setMessage] = useState<{ kind: 'ok' | 'error' | 'warn'; text: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const id = useId();

  function download() {
    const blob = new Blob([exportSettings(settings)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'smtp-doctor-settings.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage({ kind: 'ok', text: 'Settings exported. The file holds your probe token: keep it private.' });
  }

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > 200_000) {
      setMessage({ kind: 'error', text: 'That file is too large to be a settings file.' });
      return;
    }
    const result = importSettings(await file.text());
    if (!result.ok) {
      setMessage({ kind: 'error', text: result.error });
      return;
    }
    const known = new Set(settings.sites.map((s) => s.pattern));
    const sitesToAdd = result.settings.sites.filter((s) => !known.has(s.pattern));
    onImport({ ...result.settings, sites: settings.sites }, sitesToAdd);
    const parts = ['Settings imported.'];
    if (result.issues.length)
      parts.push(
        `Some values were not valid and kept their defaults: ${result.issues.map((i) => i.field).join(', ')}.`,
      );
    if (sitesToAdd.length)
      parts.push(
        `Add ${sitesToAdd.map((s) => siteLabel(s.pattern)).join(', ')} under “Extra sites to watch” to grant access.`,
      );
    setMessage({ kind: result.issues.length ? 'warn' : 'ok', text: parts.join(' ') });
  }

  return (
    <Section title="Back up and restore" intro="Save your settings to a JSON file, or load them from one.">
      <div className="row">
        <button type="button" className="btn" onClick={download}>
          Export settings
        </button>
        <button type="button" className="btn" onClick={() => fileInput.current?.click()}>
          Import settings…
        </button>
        <input
          ref={fileInput}
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Settings file to import"
          onChange={(e) => void upload(e)}
        />
      </div>
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
