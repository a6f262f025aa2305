import { useId, useState, type FormEvent } from 'react';
import { ALL_PROVIDERS } from '../../components/provider-catalog';
import type { Settings } from '../../components/settings';

type Provider = Settings['provider'];

/** "Detect from my address": presets first, then network discovery when it is available. */
export function DetectProvider({
  provider,
  onChange,
}: {
  provider: Provider;
  onChange: (p: Provider) => void;
}) {
  const [address, setAddress] = useState(provider.address);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error' | 'busy'; text: string } | null>(null);
  const id = useId();

  async function detect(event: FormEvent) {
    event.preventDefault();
    const domain = address.trim().toLowerCase().split('@').pop() ?? '';
    if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(domain)) {
      setStatus({ kind: 'error', text: 'Enter an email address such as ana@example.org.' });
      return;
    }
    const preset = ALL_PROVIDERS.find((p) => p.domains.includes(domain));
    if (preset) {
      onChange({ ...provider, id: preset.id, variant: null, discovered: null, address: address.trim() });
      setStatus({ kind: 'ok', text: `${domain} is ${preset.name}.` });
      return;
    }
    onChange({ ...provider, address: address.trim() });
    setStatus({
      kind: 'error',
      text: `${domain} is not one of the known providers. Choose it from the list below.`,
    });
  }

  return (
    <form className="inline-form" onSubmit={(e) => void detect(e)}>
      <div className="field grow">
        <label htmlFor={`${id}-a`}>Your email address</label>
        <input
          id={`${id}-a`}
          type="email"
          value={address}
          onChange={(e) => setAddress(e.target.value)}
          placeholder="ana@example.org"
          autoComplete="email"
        />
      </div>
      <button type="submit" className="btn" disabled={!address.trim() || status?.kind === 'busy'}>
        Detect settings
      </button>
      <p
        role="status"
        aria-live="polite"
        className={status ? `detect-status status-${status.kind}` : 'visually-hidden'}
      >
        {status?.text ?? ''}
      </p>
    </form>
  );
}
