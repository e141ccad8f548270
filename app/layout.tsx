import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { AccountNav } from "@/components/account/account-nav";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Scratchpad Tutor", template: "%s · Scratchpad Tutor" },
  description: "Practice multi-step computation line by line on a scratchpad, with every line checked.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          Skip to content
        </a>
        <header className="border-b border-slate-200 bg-white">
          <nav className="mx-auto flex max-w-5xl items-center gap-6 px-4 py-3" aria-label="Main">
            <Link href="/" className="text-lg font-semibold text-indigo-700">
              Scratchpad Tutor
            </Link>
            <Link href="/" className="text-slate-700 hover:text-slate-900">
              Practice
            </Link>
            <Link href="/lab" className="text-slate-700 hover:text-slate-900">
              Lab
            </Link>
            <AccountNav />
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
