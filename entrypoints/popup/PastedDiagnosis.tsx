import { useMemo } from 'react';
import { explainPasted } from '../../lib/bounce/explain';
import { Diagnosis, NotASendError, excerptOf } from './Diagnosis';
import { useT } from '../../components/i18n';

/** Longest pasted text quoted; error messages are short, logs are cut to their tail. */
const MAX_PASTE = 20_000;

/**
 * Text the user pasted: classified here, with the same rules as the page watcher. Its own
 * chunk, loaded on the first paste: the rule table is not needed to show stored findings.
 */
export default function PastedDiagnosis({
  text,
  onClear,
  kind = 'pasted',
}: {
  text: string;
  onClear?: () => void;
  kind?: 'pasted' | 'selection';
}) {
  const input = text.length > MAX_PASTE ? text.slice(-MAX_PASTE) : text;
  // A bounce's reason is near its head, a log's near its tail: the reader looks at both.
  const classification = useMemo(() => explainPasted(text), [text]);
  const source = useMemo(() => ({ kind }), [kind]);
  const { t } = useT();
  return (
    <div className="pasted">
      {classification.match ? (
        <Diagnosis classification={classification} excerpt={excerptOf(input)} source={source} />
      ) : (
        <NotASendError />
      )}
      {onClear ? (
        <button type="button" className="btn-link clear-pasted" onClick={onClear}>
          {t('ui.paste.clear')}
        </button>
      ) : null}
    </div>
  );
}
