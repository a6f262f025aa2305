import { memo, Suspense, useEffect, useMemo, useState } from 'react';
import { MAX_EXCERPT } from '../../lib/findings';
import type { CategoryId } from '../../lib/categories';
import type { Classification } from '../../lib/rules/types';
import { explain, type Explanation } from '../../lib/explanations/index';
import { answerFirst, type AnswerInput } from '../../lib/explanations/answer';
import { adviseAuth } from '../../lib/providers/auth-advisor';
import { audienceOf } from '../../lib/audience';
import { decideVantage, type Vantage } from '../../lib/vantage';
import { FindingCard, type CardSource } from '../../components/FindingCard';
import { adjustConfidence, type ProbeAdjustment } from '../../components/probe-confidence';
import { Steps } from '../../components/Steps';
import type { ProbeResponse } from '../../lib/probe/types';
// The guided fix, the probes, the login check and the DNS checks bring the provider data and
// the probe and DNS clients: lazy chunks, loaded after the popup's first paint.
import {
  DnsChecks,
  FixSection,
  LOGIN_CATEGORIES,
  LoginSection,
  PROBE_CATEGORIES,
  ProbeSection,
} from './lazy-sections';
import { usePopupSettings } from './settings-context';
import { useT } from '../../components/i18n';
import { forgetStoredProbe, getStoredProbe, storeProbe } from '../../utils/probe-store';

interface Props {
  classification: Classification;
  excerpt: string;
  source: CardSource;
  /** Where this card's probe results are kept (findings of a tab; not pasted text). */
  persist?: { tabId: number; key: string };
}

/**
 * A classification turned into its card: the explanation text comes from lib/explanations only.
 * Memoised: a card re-renders when its own finding changes, not when the popup's settings
 * arrive or another card is added (the parts that read settings subscribe to them).
 */
export const Diagnosis = memo(function Diagnosis({ classification, excerpt, source, persist }: Props) {
  const vantage = useVantage(classification, excerpt, source);
  const translator = useT();
  const explanation = useMemo(
    () => explain(classification, { text: excerpt, vantage, translator }),
    [classification, excerpt, vantage, translator],
  );
  const answer = useAnswer(explanation, classification, excerpt, source, vantage);
  // Probes and the login check repeat the failing connection: not for a bounce.
  const { probes: probesOffered, probesFrom } = audienceOf(vantage, translator);
  const [probed, setProbed] = useState<ProbeAdjustment | null>(null);
  const [probe, setProbe] = useState<{ response: ProbeResponse; at: Date } | undefined>(undefined);
  /** A run from an earlier opening of the popup, shown as it was (the panel remounts once for it). */
  const [restored, setRestored] = useState<ProbeResponse | undefined>(undefined);
  const category = explanation.category;
  const tabId = persist?.tabId;
  const findingKey = persist?.key;

  useEffect(() => {
    if (tabId === undefined || findingKey === undefined || !category) return;
    let live = true;
    getStoredProbe(tabId, findingKey).then((stored) => {
      if (!live || !stored) return;
      setRestored(stored.response);
      setProbe({ response: stored.response, at: new Date(stored.at) });
      setProbed(adjustConfidence(category, explanation.confidence, stored.response));
    });
    return () => {
      live = false;
    };
  }, [tabId, findingKey, category, explanation.confidence]);
  return (
    <FindingCard
      explanation={explanation}
      answer={answer}
      vantage={vantage}
      excerpt={excerpt}
      source={source}
      confirmed={probed ?? undefined}
      guidedFix={
        <Suspense fallback={<Steps steps={explanation.steps} label={translator.t('ui.card.fixSteps')} />}>
          <FixSection
            explanation={explanation}
            classification={classification}
            excerpt={excerpt}
            frameUrl={source.url}
            probe={probe}
            vantage={vantage}
          />
        </Suspense>
      }
      probes={
        category ? (
          <>
            {probesOffered && PROBE_CATEGORIES.has(category) ? (
              <ProbeSection
                key={restored ? 'restored' : 'fresh'}
                classification={classification}
                previous={restored}
                from={probesFrom}
                onResponse={(response) => {
                  const at = new Date();
                  setProbe({ response, at });
                  setProbed(adjustConfidence(category, explanation.confidence, response));
                  if (tabId !== undefined && findingKey !== undefined) {
                    void storeProbe(tabId, findingKey, { response, at: at.getTime() }).catch(() => {});
                  }
                }}
                onClear={() => {
                  setRestored(undefined);
                  setProbe(undefined);
                  setProbed(null);
                  if (tabId !== undefined && findingKey !== undefined) {
                    void forgetStoredProbe(tabId, findingKey).catch(() => {});
                  }
                }}
              />
            ) : null}
            {probesOffered && LOGIN_CATEGORIES.has(category) ? (
              <Suspense fallback={null}>
                <LoginSection />
              </Suspense>
            ) : null}
            <DnsSection category={category} host={classification.extracted.host} />
          </>
        ) : undefined
      }
    />
  );
});

/** Where the failing connection was made; the settings' "where mail is sent from" refines it. */
function useVantage(classification: Classification, excerpt: string, source: CardSource): Vantage {
  const { settings } = usePopupSettings();
  const sendingFrom = settings.sendingFrom.kind;
  return useMemo(
    () =>
      decideVantage({
        source: source.kind,
        page: source.page,
        text: excerpt,
        sendingFrom,
        category: classification.match ? classification.category : null,
      }),
    [classification, excerpt, source, sendingFrom],
  );
}

/** The first screen's answer. Reads the settings: the chosen provider brings its own answer first. */
function useAnswer(
  explanation: Explanation,
  classification: Classification,
  excerpt: string,
  source: CardSource,
  vantage: Vantage,
) {
  const { settings } = usePopupSettings();
  const translator = useT();
  const providerId = settings.provider.id ?? undefined;
  return useMemo(() => {
    const [advice] = adviseAuth({
      providerId,
      enhancedCode: classification.extracted.enhancedCode,
      text: excerpt,
      translator,
    });
    const input: AnswerInput = {
      explanation,
      classification,
      vantage,
      text: excerpt,
      page: source.page,
      translator,
    };
    const pageHost = hostOf(source.url);
    if (pageHost) input.pageHost = pageHost;
    if (source.seenAt !== undefined) input.seenAt = source.seenAt;
    if (advice)
      input.providerStep = {
        title: advice.advisory.title,
        provider: advice.advisory.provider,
        steps: advice.advisory.steps,
        keyStep: advice.advisory.keyStep,
        helpUrl: advice.advisory.helpUrl,
      };
    return answerFirst(input);
  }, [explanation, classification, excerpt, source, vantage, providerId, translator]);
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}

/** The DNS checks read the popup's settings themselves, so the card around them need not. */
function DnsSection({ category, host }: { category: CategoryId; host?: string }) {
  const { settings, openOptions } = usePopupSettings();
  return (
    <Suspense fallback={null}>
      <DnsChecks
        category={category}
        host={host}
        domain={domainOfAddress(settings.provider.address)}
        doh={settings.privacy.doh}
        onOpenSettings={openOptions}
      />
    </Suspense>
  );
}

/** The friendly answer for text that is no send error (prose from lib/explanations). */
export function NotASendError() {
  const { t } = useT();
  return (
    <div className="notice not-an-error" role="status">
      <p>
        <strong>{t('conn.notSendError.title')}.</strong>
      </p>
      <p className="muted">{t('conn.notSendError.summary')}</p>
      <p className="muted">{t('conn.notSendError.hint')}</p>
    </div>
  );
}

export function excerptOf(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > MAX_EXCERPT ? `…${trimmed.slice(-MAX_EXCERPT)}` : trimmed;
}

function domainOfAddress(address: string): string | undefined {
  const at = address.lastIndexOf('@');
  return at > 0
    ? address
        .slice(at + 1)
        .trim()
        .toLowerCase() || undefined
    : undefined;
}
