import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function SessionNotFound() {
  const t = await getTranslations("practice.notFound");
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("body")}</p>
      <Link href="/" className="text-indigo-700 underline">
        {t("start")}
      </Link>
    </div>
  );
}
