import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AccountNav } from "@/components/account/account-nav";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("description") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common")]);
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider>
          <header className="border-b border-slate-200 bg-white">
            <nav className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3" aria-label={t("nav.main")}>
              <Link href="/" className="text-lg font-semibold text-indigo-700">
                {t("appName")}
              </Link>
              <Link href="/" className="text-slate-700 hover:text-slate-900">
                {t("nav.practice")}
              </Link>
              <Link href="/progress" className="text-slate-700 hover:text-slate-900">
                {t("nav.progress")}
              </Link>
              <Link href="/lab" className="text-slate-700 hover:text-slate-900">
                {t("nav.lab")}
              </Link>
              <AccountNav />
              <LanguageSwitcher />
            </nav>
          </header>
          <main id="main" className="mx-auto max-w-5xl px-4 py-8">
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
