import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountForm } from "@/components/account/account-form";
import { PASSWORD_MIN } from "@/lib/auth/limits";
import { signUpInstructor } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.signUp");
  return { title: t("title") };
}

export default async function SignUpPage() {
  const t = await getTranslations("account");
  return (
    <div className="max-w-md space-y-6">
      <h1 className="text-3xl font-bold">{t("signUp.title")}</h1>
      <AccountForm
        id="your-account"
        title={t("signUp.form")}
        submit={t("signUp.submit")}
        action={signUpInstructor}
        fields={[
          { name: "name", label: t("fields.yourName"), autoComplete: "name", maxLength: 60 },
          { name: "email", label: t("fields.email"), type: "email", autoComplete: "email" },
          { name: "password", label: t("fields.password"), type: "password", autoComplete: "new-password", hint: t("fields.passwordHint", { min: PASSWORD_MIN }) },
        ]}
      />
    </div>
  );
}
