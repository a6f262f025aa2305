import { useEffect, useId, useState, type FormEvent } from 'react';
import { BuiltInAccessNotice } from '../../components/BuiltInAccessNotice';
import { addWatchedSite, removeWatchedSite, sitesWithoutAccess } from '../../components/site-access';
import { siteLabel, type WatchedSite } from '../../components/settings';
import { Section } from './Section';

interface Props {
  sites: readonly WatchedSite[];
  onChange: (sites: WatchedSite[]) => void;
  /** Sites from an imported file, waiting for the user to grant each. */
  suggested?: readonly WatchedSite[];
  onSuggestedHandled?: (pattern: string) => void;
}

export function SitesSection({ sites, onChange, suggested = [], onSuggestedHandled }: Props) {
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [revoked, setRevoked] = useState<Set<string>>(new Set());
  const id = useId();

  useEffect(() => {
    let live = true;
    sitesWithoutAccess(sites).then((missing) => live && setRevoked(missing));
    return () => {
      live = false;
    };
  }, [sites]);

  function add(event: FormEvent) {
    event.preventDefault();
    // addWatchedSite asks for the permission synchronously: keep it first in the handler.
    const pending = addWatchedSite(input);
    setBusy(true);
    pending
      .then((result) => {
        if (result.ok) {
          onChange([...sites.filter((s) => s.pattern !== result.site.pattern), result.site]);
          setInput('');
          setMessage({
            kind: 'ok',
            text: `Watching ${siteLabel(result.site.pattern)}. Reload its open tabs.`,
          });
        } else {
          setMessage({ kind: 'error', text: result.message });
        }
      })
      .finally(() => setBusy(false));
  }

  async function remove(site: WatchedSite) {
    const { accessReturned } = await removeWatchedSite(site);
    onChange(sites.filter((s) => s.pattern !== site.pattern));
    const label = siteLabel(site.pattern);
    setMessage({
      kind: 'ok',
      text: accessReturned
        ? `Stopped watching ${label}; its access was given back.`
        : `Stopped watching ${label}: the watcher no longer runs there. The browser keeps the site access it granted, because the extension's built-in hosting-panel patterns reach that site too.`,
    });
  }

  function acceptSuggested(site: WatchedSite) {
    const pending = addWatchedSite(siteLabel(site.pattern));
    pending.then((result) => {
      if (result.ok) {
        onChange([...sites.filter((s) => s.pattern !== result.site.pattern), result.site]);
        onSuggestedHandled?.(site.pattern);
        setMessage({ kind: 'ok', text: `Watching ${siteLabel(result.site.pattern)}.` });
      } else setMessage({ kind: 'error', text: result.message });
    });
  }

  function regrant(site: WatchedSite) {
    const pending = addWatchedSite(siteLabel(site.pattern), site.addedAt);
    pending.then((result) => {
      if (result.ok) {
        setRevoked((old) => new Set([...old].filter((p) => p !== site.pattern)));
        setMessage({ kind: 'ok', text: `Access to ${siteLabel(site.pattern)} granted again.` });
      } else setMessage({ kind: 'error', text: result.message });
    });
  }

  return (
    <Section
      title="Extra sites to watch"
      intro="Gmail, Outlook, Yahoo Mail and common webmail and hosting-panel addresses are watched already. Add a site that is not — a panel on your own domain, say. The browser asks you to allow access to that site only."
    >
      <BuiltInAccessNotice />
      <form className="inline-form" onSubmit={add}>
        <div className="field grow">
          <label htmlFor={`${id}-site`}>Host name</label>
          <input
            id={`${id}-site`}
            type="text"
            value={input}
            onChange={(e) => setInput(e.target.value)}
            placeholder="panel.example.org or *.example.org"
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <button type="submit" className="btn btn-primary" disabled={busy || !input.trim()}>
          Add site
        </button>
      </form>
      <p
        role="status"
        aria-live="polite"
        className={message ? `notice notice-${message.kind}` : 'visually-hidden'}
      >
        {message?.text ?? ''}
      </p>
      {suggested.length ? (
        <ul className="site-list suggested" aria-label="Sites from the imported file">
          {suggested.map((site) => (
            <li key={site.pattern}>
              <code>{siteLabel(site.pattern)}</code>
              <span className="badge">from the imported file</span>
              <button
                type="button"
                className="btn btn-small btn-primary"
                onClick={() => acceptSuggested(site)}
              >
                Allow and watch
              </button>
              <button
                type="button"
                className="btn btn-small"
                onClick={() => onSuggestedHandled?.(site.pattern)}
              >
                Skip
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {sites.length ? (
        <ul className="site-list" aria-label="Watched sites">
          {sites.map((site) => (
            <li key={site.pattern}>
              <code>{siteLabel(site.pattern)}</code>
              {revoked.has(site.pattern) ? (
                <>
                  <span className="badge badge-warn">access removed in the browser</span>
                  <button type="button" className="btn btn-small" onClick={() => regrant(site)}>
                    Allow again
                  </button>
                </>
              ) : null}
              <button
                type="button"
                className="btn btn-small"
                onClick={() => void remove(site)}
                aria-label={`Stop watching ${siteLabel(site.pattern)}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No extra sites.</p>
      )}
    </Section>
  );
}
