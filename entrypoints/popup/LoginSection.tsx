import { useMemo } from 'react';
import { LoginCheck } from '../../components/LoginCheck';
import { clientLogin } from '../../components/probe-runner';
import { useT } from '../../components/i18n';
import { loginTarget } from './fix-inputs';
import { probeRoute } from './probe-route';
import { usePopupSettings } from './settings-context';

/**
 * "Check the login" for a card (loaded on demand: it brings the provider data). The host
 * comes from the provider set up in the options page, never from the error text.
 */
export default function LoginSection() {
  const { settings, openOptions } = usePopupSettings();
  const translator = useT();
  const run = useMemo(() => clientLogin(probeRoute(settings), translator), [settings, translator]);
  const provider = useMemo(() => loginTarget(settings), [settings]);
  return (
    <LoginCheck
      // A provider chosen while the popup is open starts the form again with its server.
      key={provider ? `${provider.host}:${provider.port}` : 'none'}
      provider={provider}
      defaultUser={settings.provider.address}
      run={run}
      onOpenSettings={openOptions}
    />
  );
}
