import { useId, useState, type FormEvent } from 'react';
import { useT } from './i18n';

interface Props {
  onExplain: (text: string) => void;
  initialText?: string;
  /** Heading text above the box. */
  heading?: string;
}

/** Paste an error message, get the same diagnosis the page watcher gives. Local only. */
export function PasteBox({ onExplain, initialText = '', heading }: Props) {
  const { t } = useT();
  const [text, setText] = useState(initialText);
  const id = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim()) onExplain(text);
  }

  return (
    <form className="paste-box" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{heading ?? t('ui.paste.heading')}</h2>
      <label htmlFor={`${id}-t`} className="hint">
        {t('ui.paste.hint')}
      </label>
      <textarea
        id={`${id}-t`}
        rows={5}
        value={text}
        placeholder={t('ui.paste.placeholder', {
          example: 'SMTP Error: Could not connect to SMTP host. Connection timed out (110)',
        })}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
        }}
        spellCheck={false}
      />
      <div className="paste-actions">
        <button type="submit" className="btn btn-primary" disabled={!text.trim()}>
          {t('ui.paste.explain')}
        </button>
        <span className="hint">Ctrl+Enter</span>
      </div>
    </form>
  );
}
