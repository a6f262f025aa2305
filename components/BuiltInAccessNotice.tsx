import { browser } from '#imports';
import { useEffect, useState } from 'react';
import { useT } from './i18n';
import { hasBuiltInAccess, requestBuiltInAccess } from './site-access';

/** Some of the sites watched by default, by the names their users know. */
const EXAMPLE_SITES = 'Gmail, Outlook, Yahoo Mail, Roundcube, cPanel';

/**
 * Shown when the browser no longer lets the extension on the sites it watches by
 * default (Firefox: the user withdrew the access in about:addons): it then finds no
 * error there, and says so instead of staying silent. Gone as soon as access is back.
 */
export function BuiltInAccessNotice() {
  const { t } = useT();
  const [missing, setMissing] = useState(false);
  const [denied, setDenied] = useState(false);

  useEffect(() => {
    let live = true;
    const refresh = () => void hasBuiltInAccess().then((has) => live && setMissing(!has));
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);

  if (!missing) return null;

  function allow() {
    // The request first, while the click still counts as a user gesture.
    void requestBuiltInAccess().then((granted) => {
      setDenied(!granted);
      if (granted) setMissing(false);
    });
  }

  return (
    <div className="notice notice-warn" role="alert">
      <p>{t('options.builtIn.missing', { sites: EXAMPLE_SITES })}</p>
      {denied ? <p>{t('options.builtIn.denied')}</p> : null}
      <button type="button" className="btn btn-primary" onClick={allow}>
        {t('options.builtIn.allow')}
      </button>
    </div>
  );
}
