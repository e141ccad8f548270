import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOut } from "@/app/(account)/actions";
import { signedInViewer } from "@/lib/auth/viewer";

/** The header's account links: who is signed in, and the way in or out. */
export async function AccountNav() {
  const [viewer, t] = await Promise.all([signedInViewer(), getTranslations("common.nav")]);
  if (!viewer) {
    return (
      <div className="ml-auto flex items-center gap-4">
        <Link href="/join" className="text-slate-700 hover:text-slate-900">
          {t("join")}
        </Link>
        <Link href="/sign-in" className="text-slate-700 hover:text-slate-900">
          {t("signIn")}
        </Link>
      </div>
    );
  }
  return (
    <div className="ml-auto flex items-center gap-4">
      {viewer.role === "instructor" && (
        <Link href="/teach" className="text-slate-700 hover:text-slate-900">
          {t("teach")}
        </Link>
      )}
      <span className="text-sm text-slate-600">{viewer.name}</span>
      <form action={signOut}>
        <button type="submit" className="text-slate-700 underline hover:text-slate-900">
          {t("signOut")}
        </button>
      </form>
    </div>
  );
}
