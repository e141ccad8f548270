/**
 * Students' most frequent misconceptions: each diagnosis with how many wrong lines it
 * explains and a few examples of what was written and what was expected. Plain markup, so
 * it renders on the server as well as in the browser.
 */
import { useTranslations } from "next-intl";
import type { Misconception } from "@/lib/review/analytics";

type Props = {
  misconceptions: Misconception[];
  /** How many to list (most frequent first); the rest are counted in one line. */
  limit?: number;
  /** Where an example's session can be reviewed, if there is such a page. */
  sessionHref?: (sessionId: string) => string;
};

export function MisconceptionList({ misconceptions, limit = 10, sessionHref }: Props) {
  const t = useTranslations("review.misconceptions");
  if (misconceptions.length === 0) {
    return <p className="text-sm text-slate-600">{t("empty")}</p>;
  }
  const shown = misconceptions.slice(0, limit);
  const rest = misconceptions.slice(limit);
  return (
    <div className="space-y-2">
      <ol className="space-y-3">
        {shown.map((item) => (
          <li key={item.id} className="rounded-lg border border-slate-200 bg-white p-3">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <span className="font-medium">{item.title}</span>
              <span className="text-sm text-slate-700">{t("wrongLines", { count: item.count })}</span>
            </div>
            {item.examples.length > 0 && (
              <ul className="mt-2 space-y-1 text-sm" aria-label={t("examples", { title: item.title })}>
                {item.examples.map((example, i) => (
                  <li key={`${example.sessionId}-${i}`} className="text-slate-700">
                    {t.rich("example", {
                      name: example.studentName,
                      text: example.text,
                      expected: example.expected,
                      student: (chunks) =>
                        sessionHref ? (
                          <a href={sessionHref(example.sessionId)} className="text-indigo-700 underline">
                            {chunks}
                          </a>
                        ) : (
                          chunks
                        ),
                      wrote: (chunks) => <code className="rounded bg-rose-50 px-1 font-mono break-all text-rose-900">{chunks}</code>,
                      right: (chunks) => <code className="rounded bg-emerald-50 px-1 font-mono break-all text-emerald-900">{chunks}</code>,
                    })}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {rest.length > 0 && (
        <p className="text-sm text-slate-600">
          {t("more", { count: rest.length, lines: rest.reduce((sum, item) => sum + item.count, 0) })}
        </p>
      )}
    </div>
  );
}
