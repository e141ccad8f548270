import type { Metadata } from "next";
import { NewProgramForm } from "@/components/problems/new-program-form";
import { MAX_STUDENT_STEPS } from "@/lib/practice/python-limits";

export const metadata: Metadata = { title: "Add a Python program" };

export default function NewProgramPage() {
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">Add a Python program</h1>
      <p className="text-slate-700">
        The program is run once, in a sandbox, to record its reference trace; then you (and anyone you
        share the session with later) trace it line by line. End it with a call such as{" "}
        <code className="rounded bg-slate-100 px-1">output = f(3)</code>. Programs that fail, run forever
        or take more than {MAX_STUDENT_STEPS} steps are refused with the reason.
      </p>
      <NewProgramForm />
    </div>
  );
}
