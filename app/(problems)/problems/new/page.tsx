import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NewProgramForm } from "@/components/problems/new-program-form";
import { MAX_STUDENT_STEPS } from "@/lib/practice/python-limits";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("problems.page");
  return { title: t("title") };
}

export default async function NewProgramPage() {
  const t = await getTranslations("problems.page");
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">
        {t.rich("intro", {
          example: "output = f(3)",
          steps: MAX_STUDENT_STEPS,
          code: (chunks) => <code className="rounded bg-slate-100 px-1">{chunks}</code>,
        })}
      </p>
      <NewProgramForm />
    </div>
  );
}
