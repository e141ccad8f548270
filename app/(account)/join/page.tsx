import type { Metadata } from "next";
import { AccountForm } from "@/components/account/account-form";
import { PASSWORD_MIN } from "@/lib/auth/limits";
import { joinClass } from "../actions";

export const metadata: Metadata = { title: "Join a class" };

export default function JoinPage() {
  return (
    <div className="max-w-md space-y-6">
      <h1 className="text-3xl font-bold">Join a class</h1>
      <p className="text-slate-700">Your instructor gives you the class code. No email is needed: you sign in later with the code, your name and your password.</p>
      <AccountForm
        title="Join"
        submit="Join the class"
        action={joinClass}
        fields={[
          { name: "code", label: "Class code", autoComplete: "off", maxLength: 12 },
          { name: "name", label: "Your name", autoComplete: "username", maxLength: 60, hint: "As your instructor will know you." },
          { name: "password", label: "Choose a password", type: "password", autoComplete: "new-password", hint: `At least ${PASSWORD_MIN} characters.` },
        ]}
      />
    </div>
  );
}
