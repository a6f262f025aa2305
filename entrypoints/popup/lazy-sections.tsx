import { lazy, Suspense, type ComponentProps, type ComponentType, type ReactNode } from 'react';
import type { ProbeSection as EagerProbeSection } from './ProbeSection';
import { Steps } from '../../components/Steps';
import { useFirstPaintDone } from './first-paint';
import { useT } from '../../components/i18n';

export { LOGIN_CATEGORIES, PROBE_CATEGORIES } from './section-categories';

/**
 * A card's section from its own chunk: nothing (or `fallback`) until the popup's first
 * frame is painted, then the chunk is fetched and the section shown. The first frame
 * needs only the cards' summaries; the guided fix brings the provider catalog, the
 * probe panel the probe client, the DNS checks the DoH client.
 */
function afterFirstPaint<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  fallback?: (props: P) => ReactNode,
): (props: P) => ReactNode {
  const Lazy = lazy(load);
  return function Section(props: P) {
    const shown = useFirstPaintDone();
    // The hidden marker says "a section is still to come" (tests and screenshots wait for none).
    const placeholder = (
      <>
        {fallback ? fallback(props) : null}
        <span className="section-loading" hidden />
      </>
    );
    if (!shown) return placeholder;
    return (
      <Suspense fallback={placeholder}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

export const ProbeSection = afterFirstPaint<ComponentProps<typeof EagerProbeSection>>(() =>
  import('./ProbeSection').then((m) => ({ default: m.ProbeSection })),
);
export const LoginSection = afterFirstPaint(() => import('./LoginSection'));
export const DnsChecks = afterFirstPaint<
  ComponentProps<typeof import('../../components/DnsChecks').DnsChecks>
>(() => import('../../components/DnsChecks').then((m) => ({ default: m.DnsChecks })));

type FixProps = ComponentProps<typeof import('./FixSection').default>;
/** Until the guided fix is there, the card shows its generic fix steps. */
export const FixSection = afterFirstPaint<FixProps>(
  () => import('./FixSection'),
  ({ explanation }) => <FixStepsFallback steps={explanation.steps} />,
);

function FixStepsFallback({ steps }: { steps: FixProps['explanation']['steps'] }) {
  return <Steps steps={steps} label={useT().t('ui.card.fixSteps')} />;
}
