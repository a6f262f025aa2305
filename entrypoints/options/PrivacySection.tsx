import { DOH_CHOICES, type DohChoice } from '../../components/settings';
import { Section } from './Section';

const LABELS: Record<DohChoice, { name: string; detail: string }> = {
  cloudflare: { name: 'Cloudflare', detail: 'cloudflare-dns.com' },
  google: { name: 'Google Public DNS', detail: 'dns.google' },
  off: { name: 'Off', detail: 'no DNS checks (MX, SPF, DMARC, SRV) from the extension' },
};

export function PrivacySection({ doh, onChange }: { doh: DohChoice; onChange: (doh: DohChoice) => void }) {
  return (
    <Section
      title="Privacy"
      intro="Errors are recognised on this device. Nothing is sent anywhere unless you start a probe or a DNS check yourself."
    >
      <fieldset className="radio-group">
        <legend>DNS-over-HTTPS resolver for DNS checks</legend>
        {DOH_CHOICES.map((choice) => (
          <label key={choice} className="radio">
            <input
              type="radio"
              name="doh"
              value={choice}
              checked={doh === choice}
              onChange={() => onChange(choice)}
            />
            <span>
              {LABELS[choice].name} <span className="muted">— {LABELS[choice].detail}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <p className="muted small">
        Stored on this device only: these settings; and, until the browser closes, the send errors found on
        each tab, the text you asked about and your last probe results. Passwords typed for a login check are
        never stored.
      </p>
    </Section>
  );
}
