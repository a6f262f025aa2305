import { useId } from 'react';
import { LANGUAGE_CHOICES, type LanguageSetting } from '../../components/settings';
import { browserLocale, useT } from '../../components/i18n';
import { LOCALE_NAMES } from '../../lib/i18n/locales';

/** The UI language, in the options page's header: the browser's, or one of the six, each named in its own language. */
export function LanguageSection({
  language,
  onChange,
}: {
  language: LanguageSetting;
  onChange: (language: LanguageSetting) => void;
}) {
  const { t } = useT();
  const id = useId();
  // A small row in the page's header: found at once, without pushing the provider choice down.
  return (
    <p className="opt-language">
      <label htmlFor={id}>{t('ui.options.language.label')}</label>{' '}
      <select
        id={id}
        name="language"
        value={language}
        onChange={(e) => onChange(e.target.value as LanguageSetting)}
      >
        {LANGUAGE_CHOICES.map((choice) => (
          <option key={choice} value={choice} lang={choice === 'auto' ? undefined : choice}>
            {choice === 'auto'
              ? t('ui.options.language.auto', { language: LOCALE_NAMES[browserLocale()] })
              : LOCALE_NAMES[choice]}
          </option>
        ))}
      </select>
    </p>
  );
}
