import { useId, useState, type FormEvent } from 'react';
import { domainOf, findProviderByDomain } from '../../lib/providers/index';
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
    const domain = domainOf(address);
    if (!domain || !domain.includes('.')) {
      setStatus({ kind: 'error', text: 'Enter an email address such as ana@example.org.' });
      return;
    }
    const preset = findProviderByDomain(domain);
    if (preset) {
      const { provider: record, variant } = preset;
      onChange({
        ...provider,
        id: record.id,
        variant: variant?.id ?? null,
        discovered: null,
        address: address.trim(),
      });
      setStatus({ kind: 'ok', text: `${domain} is ${record.name}${variant ? ` (${variant.label})` : ''}.` });
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
