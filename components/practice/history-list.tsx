"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { HistoryItem } from "@/lib/practice/practice-view";
import { CodeText } from "../text/code-text";

/** Everything submitted in this session, oldest first: nothing a student writes is hidden. */
export function HistoryList({ history }: { history: HistoryItem[] }) {
  const t = useTranslations("practice.history");
  const listRef = useRef<HTMLOListElement>(null);
  const newest = history.at(-1)?.seq;
  // The newest entry stays in view as entries arrive; scrolling the box moves no focus.
  useEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [newest]);
  if (history.length === 0) return null;
  return (
    <section aria-labelledby="history-heading" className="space-y-2">
      <h2 id="history-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <ol ref={listRef} tabIndex={0} aria-labelledby="history-heading" className="max-h-96 space-y-1 overflow-y-auto text-sm">
        {history.map((item) => (
          <li key={item.seq} className="rounded border border-slate-200 bg-white px-2 py-1">
            {item.type === "hint" ? (
              <span className="text-amber-800">{t.rich("hint", { level: item.hintLevel ?? 0, text: () => <CodeText text={item.text} /> })}</span>
            ) : (
              <>
                <span className={item.ok ? "text-emerald-700" : "text-rose-700"}>{item.ok ? "✓" : "✗"}</span>{" "}
                {item.by === "model" && <span className="text-indigo-700">{t("byModel")} </span>}
                <code className="break-words">{item.text || t("emptyLine")}</code>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
