import { useMemo } from 'react';
import { audienceOf, clientsToOffer } from '../../lib/audience';
import { CONNECTION_CATEGORIES, type CategoryId } from '../../lib/categories';
import type { Explanation } from '../../lib/explanations/index';
import { buildClientGuides, buildPort25Guide, buildWalkthrough } from '../../lib/fix/index';
import { adviseAuth } from '../../lib/providers/index';
import type { ProbeResponse } from '../../lib/probe/types';
import type { Classification } from '../../lib/rules/types';
import type { Vantage } from '../../lib/vantage';
import { AuthAdviceView, ClientTabs, Port25View, WalkthroughView } from '../../components/GuidedFix';
import { Steps } from '../../components/Steps';
import { fixRecord, guessClient, probeEvidence, senderPolicy } from './fix-inputs';
import { usePopupSettings } from './settings-context';
import { useT } from '../../components/i18n';

/** Causes that the right submission settings fix. */
const SETTINGS_FIX: ReadonlySet<CategoryId> = new Set([
  ...CONNECTION_CATEGORIES,
  'auth-failed',
  'auth-required',
  'auth-disabled',
  'sender-rejected',
]);

const AUTH: ReadonlySet<CategoryId> = new Set(['auth-failed', 'auth-disabled', 'auth-required']);

export interface FixSectionProps {
  explanation: Explanation;
  classification: Classification;
  excerpt: string;
  frameUrl?: string;
  probe?: { response: ProbeResponse; at: Date };
  /** Where the failing connection was made: whom the steps, guides and request address. */
  vantage: Vantage;
}

/**
 * The guided fix (loaded on demand: it brings the provider data). Every value, step and
 * snippet comes from lib/fix, generated from one settings record; which parts are offered,
 * and to whom they speak, comes from the vantage's audience (lib/audience).
 */
export default function FixSection({
  explanation,
  classification,
  excerpt,
  frameUrl,
  probe,
  vantage,
}: FixSectionProps) {
  const { settings, openOptions } = usePopupSettings();
  const translator = useT();
  const { t } = translator;
  const fixSteps = t('ui.card.fixSteps');
  const audience = audienceOf(vantage, translator);
  const category = explanation.category;
  // The provider the error's own wording names (Google's BadCredentials page, Microsoft's 5.7.139).
  const named = useMemo(
    () =>
      adviseAuth({ enhancedCode: classification.extracted.enhancedCode, text: excerpt })[0]?.advisory
        .providerIds[0],
    [classification, excerpt],
  );
  const record = useMemo(
    () => fixRecord(settings, classification, named, translator),
    [settings, classification, named, translator],
  );
  const context = `${excerpt}\n${frameUrl ?? ''}`;
  const port25 = useMemo(() => {
    if (category !== 'port-blocked') return null;
    const port = classification.extracted.port ?? classification.assumedPorts?.[0] ?? 25;
    return buildPort25Guide({
      port,
      policy: senderPolicy(settings, classification, context),
      probes: probeEvidence(probe?.response),
      probedAt: probe?.at,
      settings: record?.fix,
      vantage,
      translator,
    });
  }, [category, classification, settings, context, probe, record, vantage, translator]);
  const walkthrough = useMemo(
    () => (record && audience.walkthrough ? buildWalkthrough(record.fix, vantage, translator) : null),
    [record, audience, vantage, translator],
  );
  const guides = useMemo(
    () =>
      record
        ? clientsToOffer(vantage, buildClientGuides(record.fix, translator), guessClient(excerpt, frameUrl))
        : [],
    [record, vantage, excerpt, frameUrl, translator],
  );
  const advice = useMemo(
    () =>
      category && AUTH.has(category)
        ? adviseAuth({
            providerId: record?.providerId,
            enhancedCode: classification.extracted.enhancedCode,
            text: excerpt,
            translator,
          })
        : [],
    [category, record, classification, excerpt, translator],
  );

  if (!category || !SETTINGS_FIX.has(category)) return <Steps steps={explanation.steps} label={fixSteps} />;

  return (
    <div className="guided-fix" data-provider={record?.providerId ?? ''}>
      {/* The provider's own answer comes before the general steps. */}
      <AuthAdviceView advice={advice} />
      {port25 ? (
        <>
          <Port25View guide={port25} valuesBelow={walkthrough !== null} />
          <details className="general-steps">
            <summary>{t('ui.fix.general')}</summary>
            <Steps steps={explanation.steps} label={fixSteps} />
          </details>
        </>
      ) : (
        <Steps steps={explanation.steps} label={fixSteps} />
      )}
      {walkthrough ? (
        <>
          {record?.origin === 'error-host' || record?.origin === 'error-text' ? (
            <p className="note">
              {t(record.origin === 'error-host' ? 'ui.fix.forServerNamed' : 'ui.fix.forProviderNamed', {
                name: record.fix.providerName,
              })}{' '}
              <button type="button" className="btn-link" onClick={openOptions}>
                {t('ui.fix.notYours')}
              </button>
            </p>
          ) : null}
          <WalkthroughView walkthrough={walkthrough} />
          {guides.length ? <ClientTabs guides={guides} initial={guessClient(excerpt, frameUrl)} /> : null}
        </>
      ) : audience.providerPrompt ? (
        <p className="provider-prompt">
          <button type="button" className="btn btn-small" onClick={openOptions}>
            {t('ui.fix.choose')}
          </button>{' '}
          <span className="muted">{t('ui.fix.chooseWhy')}</span>
        </p>
      ) : null}
    </div>
  );
}
