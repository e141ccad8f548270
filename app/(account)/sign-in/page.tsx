import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AccountForm } from "@/components/account/account-form";
import { signInInstructor, signInStudent } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.signIn");
  return { title: t("title") };
}

export default async function SignInPage() {
  const t = await getTranslations("account");
  const link = (href: "/join" | "/sign-up") => (chunks: React.ReactNode) => (
    <Link href={href} className="text-indigo-700 underline">
      {chunks}
    </Link>
  );
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("signIn.title")}</h1>
      <div className="grid gap-6 md:grid-cols-2">
        <AccountForm
          id="students"
          title={t("signIn.students")}
          submit={t("signIn.studentSubmit")}
          action={signInStudent}
          fields={[
            { name: "code", label: t("fields.classCode"), autoComplete: "off", maxLength: 12 },
            { name: "name", label: t("fields.nameInClass"), autoComplete: "username", maxLength: 60 },
            { name: "password", label: t("fields.password"), type: "password", autoComplete: "current-password" },
          ]}
        >
          <p className="text-sm text-slate-600">{t.rich("signIn.newInClass", { link: link("/join") })}</p>
        </AccountForm>
        <AccountForm
          id="instructors"
          title={t("signIn.instructors")}
          submit={t("signIn.instructorSubmit")}
          action={signInInstructor}
          fields={[
            { name: "email", label: t("fields.email"), type: "email", autoComplete: "email" },
            { name: "password", label: t("fields.password"), type: "password", autoComplete: "current-password" },
          ]}
        >
          <p className="text-sm text-slate-600">{t.rich("signIn.noAccount", { link: link("/sign-up") })}</p>
        </AccountForm>
      </div>
      <p className="text-sm text-slate-600">{t("signIn.withoutAccount")}</p>
    </div>
  );
}
