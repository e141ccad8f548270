import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountForm } from "@/components/account/account-form";
import { PASSWORD_MIN } from "@/lib/auth/limits";
import { joinClass } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.join");
  return { title: t("title") };
}

export default async function JoinPage() {
  const t = await getTranslations("account");
  return (
    <div className="max-w-md space-y-6">
      <h1 className="text-3xl font-bold">{t("join.title")}</h1>
      <p className="text-slate-700">{t("join.intro")}</p>
      <AccountForm
        id="join"
        title={t("join.form")}
        submit={t("join.submit")}
        action={joinClass}
        fields={[
          { name: "code", label: t("fields.classCode"), autoComplete: "off", maxLength: 12 },
          { name: "name", label: t("fields.yourName"), autoComplete: "username", maxLength: 60, hint: t("join.nameHint") },
          { name: "password", label: t("fields.choosePassword"), type: "password", autoComplete: "new-password", hint: t("fields.passwordHint", { min: PASSWORD_MIN }) },
        ]}
      />
    </div>
  );
}
