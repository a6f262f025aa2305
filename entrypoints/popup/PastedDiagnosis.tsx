import { useMemo } from 'react';
import { classify } from '../../lib/rules/index';
import { Diagnosis, NotASendError, excerptOf } from './Diagnosis';

/** Longest pasted text classified; error messages are short, logs are cut to their tail. */
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
  const classification = useMemo(() => classify(input, { mode: 'explain' }), [input]);
  const source = useMemo(() => ({ kind }), [kind]);
  return (
    <div className="pasted">
      {classification.match ? (
        <Diagnosis classification={classification} excerpt={excerptOf(input)} source={source} />
      ) : (
        <NotASendError />
      )}
      {onClear ? (
        <button type="button" className="btn-link clear-pasted" onClick={onClear}>
          Clear
        </button>
      ) : null}
    </div>
  );
}
