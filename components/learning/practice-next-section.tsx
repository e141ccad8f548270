import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PracticeNextForm } from "./practice-next-form";

/** "Practice next" as a page section: the home page links on to the progress page, which it is. */
export async function PracticeNextSection({ linkToProgress = false }: { linkToProgress?: boolean }) {
  const t = await getTranslations("progress.next");
  return (
    <section aria-labelledby="next-heading" className="space-y-3 rounded-lg border border-indigo-200 bg-indigo-50 p-4">
      <h2 id="next-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="text-slate-700">
        {t("intro")}
        {linkToProgress && (
          <>
            {" "}
            <Link href="/progress" className="text-indigo-700 underline">
              {t("seeProgress")}
            </Link>
          </>
        )}
      </p>
      <PracticeNextForm />
    </section>
  );
}
