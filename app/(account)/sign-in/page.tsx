import type { Metadata } from "next";
import Link from "next/link";
import { AccountForm } from "@/components/account/account-form";
import { signInInstructor, signInStudent } from "../actions";

export const metadata: Metadata = { title: "Sign in" };

export default function SignInPage() {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Sign in</h1>
      <div className="grid gap-6 md:grid-cols-2">
        <AccountForm
          title="Students"
          submit="Sign in to my class"
          action={signInStudent}
          fields={[
            { name: "code", label: "Class code", autoComplete: "off", maxLength: 12 },
            { name: "name", label: "Your name in the class", autoComplete: "username", maxLength: 60 },
            { name: "password", label: "Password", type: "password", autoComplete: "current-password" },
          ]}
        >
          <p className="text-sm text-slate-600">
            New in a class? <Link href="/join" className="text-indigo-700 underline">Join it with its code</Link>.
          </p>
        </AccountForm>
        <AccountForm
          title="Instructors"
          submit="Sign in as instructor"
          action={signInInstructor}
          fields={[
            { name: "email", label: "Email", type: "email", autoComplete: "email" },
            { name: "password", label: "Password", type: "password", autoComplete: "current-password" },
          ]}
        >
          <p className="text-sm text-slate-600">
            No account yet? <Link href="/sign-up" className="text-indigo-700 underline">Create an instructor account</Link>.
          </p>
        </AccountForm>
      </div>
      <p className="text-sm text-slate-600">You can also practise without an account; that practice is not stored against a class.</p>
    </div>
  );
}
