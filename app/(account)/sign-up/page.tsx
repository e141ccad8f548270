import type { Metadata } from "next";
import { AccountForm } from "@/components/account/account-form";
import { PASSWORD_MIN } from "@/lib/auth/limits";
import { signUpInstructor } from "../actions";

export const metadata: Metadata = { title: "Create an instructor account" };

export default function SignUpPage() {
  return (
    <div className="max-w-md space-y-6">
      <h1 className="text-3xl font-bold">Create an instructor account</h1>
      <AccountForm
        title="Your account"
        submit="Create account"
        action={signUpInstructor}
        fields={[
          { name: "name", label: "Your name", autoComplete: "name", maxLength: 60 },
          { name: "email", label: "Email", type: "email", autoComplete: "email" },
          { name: "password", label: "Password", type: "password", autoComplete: "new-password", hint: `At least ${PASSWORD_MIN} characters.` },
        ]}
      />
    </div>
  );
}
