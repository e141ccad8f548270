import { useId, type ReactNode } from "react";

/** A titled region beside the scratchpad that shows the same work another way. */
export function VisualPanel({ title, framed = false, children }: { title: string; framed?: boolean; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h2 id={headingId} className="text-lg font-semibold">
        {title}
      </h2>
      {/* Wide work (a 60-digit sum) scrolls inside its own box; the page never scrolls sideways. */}
      {framed ? (
        <div tabIndex={0} aria-label={title} className="w-fit max-w-full overflow-x-auto rounded-lg border border-slate-200 bg-white p-4">
          {children}
        </div>
      ) : (
        children
      )}
    </section>
  );
}
