import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { field } from "@/components/home/styles";
import { TeachForm } from "@/components/teach/teach-form";
import { signedInViewer } from "@/lib/auth/viewer";
import { listInstructorClasses } from "@/lib/db/classes";
import { createClassAction } from "../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teach"))("meta.teach") };
}

export default async function TeachPage() {
  const viewer = await signedInViewer();
  if (viewer?.role !== "instructor") redirect("/sign-in");
  const [classes, t] = await Promise.all([listInstructorClasses({ instructorId: viewer.id }), getTranslations("teach")]);
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">{t("classes.heading")}</h1>
      {classes.length === 0 ? (
        <p className="text-slate-600">{t("classes.empty")}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2" aria-label={t("classes.listLabel")}>
          {classes.map((taught) => (
            <li key={taught.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <Link href={`/teach/classes/${taught.id}`} className="text-lg font-semibold text-indigo-700 underline">
                {taught.name}
              </Link>
              <p className="text-sm text-slate-600">
                {t.rich("classes.code", { code: taught.code, mono: (chunks) => <span className="font-mono font-semibold">{chunks}</span> })} ·{" "}
                {t("counts.students", { count: taught._count.members })} · {t("counts.assignments", { count: taught._count.assignments })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="new-class" className="max-w-md rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="new-class" className="mb-2 text-lg font-semibold">
          {t("classes.newHeading")}
        </h2>
        <TeachForm action={createClassAction} label={t("classes.newHeading")} submit={t("classes.create")}>
          <label className="block">
            <span className="text-sm text-slate-700">{t("classes.name")}</span>
            <input name="name" required maxLength={80} className={field} />
          </label>
        </TeachForm>
      </section>
    </div>
  );
}
