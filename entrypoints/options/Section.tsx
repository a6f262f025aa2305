import { useId, type ReactNode } from 'react';

export function Section({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className="opt-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro ? <p className="opt-intro">{intro}</p> : null}
      {children}
    </section>
  );
}
