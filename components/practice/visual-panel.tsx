import { useId, type ReactNode } from "react";

/** A titled region beside the scratchpad that shows the same work another way. */
export function VisualPanel({ title, framed = false, children }: { title: string; framed?: boolean; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h2 id={headingId} className="text-lg font-semibold">
        {title}
      </h2>
      {framed ? <div className="inline-block rounded-lg border border-slate-200 bg-white p-4">{children}</div> : children}
    </section>
  );
}
