import { useEffect, useId, useState, type FormEvent } from 'react';
import { BuiltInAccessNotice } from '../../components/BuiltInAccessNotice';
import { addWatchedSite, removeWatchedSite, sitesWithoutAccess } from '../../components/site-access';
import { siteLabel, type WatchedSite } from '../../components/settings';
import { Section } from './Section';
import { useT } from '../../components/i18n';

interface Props {
  sites: readonly WatchedSite[];
  onChange: (sites: WatchedSite[]) => void;
  /** Sites from an imported file, waiting for the user to grant each. */
  suggested?: readonly WatchedSite[];
  onSuggestedHandled?: (pattern: string) => void;
}

export function SitesSection({ sites, onChange, suggested = [], onSuggestedHandled }: Props) {
  const translator = useT();
  const { t } = translator;
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
    const pending = addWatchedSite(input, undefined, translator);
    setBusy(true);
    pending
      .then((result) => {
        if (result.ok) {
          onChange([...sites.filter((s) => s.pattern !== result.site.pattern), result.site]);
          setInput('');
          setMessage({
            kind: 'ok',
            text: t('ui.sites.watchingReload', { site: siteLabel(result.site.pattern) }),
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
        ? t('ui.sites.stopped', { site: label })
        : t('ui.sites.stoppedKept', { site: label }),
    });
  }

  function acceptSuggested(site: WatchedSite) {
    const pending = addWatchedSite(siteLabel(site.pattern), undefined, translator);
    pending.then((result) => {
      if (result.ok) {
        onChange([...sites.filter((s) => s.pattern !== result.site.pattern), result.site]);
        onSuggestedHandled?.(site.pattern);
        setMessage({ kind: 'ok', text: t('ui.sites.watching', { site: siteLabel(result.site.pattern) }) });
      } else setMessage({ kind: 'error', text: result.message });
    });
  }

  function regrant(site: WatchedSite) {
    const pending = addWatchedSite(siteLabel(site.pattern), site.addedAt, translator);
    pending.then((result) => {
      if (result.ok) {
        setRevoked((old) => new Set([...old].filter((p) => p !== site.pattern)));
        setMessage({ kind: 'ok', text: t('ui.sites.regranted', { site: siteLabel(site.pattern) }) });
      } else setMessage({ kind: 'error', text: result.message });
    });
  }

  return (
    <Section title={t('ui.sites.title')} intro={t('ui.sites.intro')}>
      <BuiltInAccessNotice />
      <form className="inline-form" onSubmit={add}>
        <div className="field grow">
          <label htmlFor={`${id}-site`}>{t('ui.sites.host')}</label>
          <input
            id={`${id}-site`}
            type="text"
            value={input}
            onChange={(e) => setInput(e.target.value)}
            placeholder={t('ui.sites.placeholder', { host: 'panel.example.org', wildcard: '*.example.org' })}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <button type="submit" className="btn btn-primary" disabled={busy || !input.trim()}>
          {t('ui.sites.add')}
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
        <ul className="site-list suggested" aria-label={t('ui.sites.suggested')}>
          {suggested.map((site) => (
            <li key={site.pattern}>
              <code>{siteLabel(site.pattern)}</code>
              <span className="badge">{t('ui.sites.fromFile')}</span>
              <button
                type="button"
                className="btn btn-small btn-primary"
                onClick={() => acceptSuggested(site)}
              >
                {t('ui.sites.allowWatch')}
              </button>
              <button
                type="button"
                className="btn btn-small"
                onClick={() => onSuggestedHandled?.(site.pattern)}
              >
                {t('ui.sites.skip')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {sites.length ? (
        <ul className="site-list" aria-label={t('ui.sites.watched')}>
          {sites.map((site) => (
            <li key={site.pattern}>
              <code>{siteLabel(site.pattern)}</code>
              {revoked.has(site.pattern) ? (
                <>
                  <span className="badge badge-warn">{t('ui.sites.revoked')}</span>
                  <button type="button" className="btn btn-small" onClick={() => regrant(site)}>
                    {t('ui.sites.allowAgain')}
                  </button>
                </>
              ) : null}
              <button
                type="button"
                className="btn btn-small"
                onClick={() => void remove(site)}
                aria-label={t('ui.sites.stop', { site: siteLabel(site.pattern) })}
              >
                {t('ui.sites.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('ui.sites.none')}</p>
      )}
    </Section>
  );
}
