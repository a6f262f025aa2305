import { DOH_CHOICES, type DohChoice } from '../../components/settings';
import { Section } from './Section';
import { useT } from '../../components/i18n';

export function PrivacySection({ doh, onChange }: { doh: DohChoice; onChange: (doh: DohChoice) => void }) {
  const { t } = useT();
  const LABELS: Record<DohChoice, { name: string; detail: string }> = {
    cloudflare: { name: 'Cloudflare', detail: 'cloudflare-dns.com' },
    google: { name: 'Google Public DNS', detail: 'dns.google' },
    off: { name: t('ui.privacy.off'), detail: t('ui.privacy.offDetail') },
  };
  return (
    <Section title={t('ui.privacy.title')} intro={t('ui.privacy.intro')}>
      <fieldset className="radio-group">
        <legend>{t('ui.privacy.resolver')}</legend>
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
      <p className="muted small">{t('ui.privacy.stored')}</p>
    </Section>
  );
}
