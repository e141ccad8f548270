"use client";

import { useActionState } from "react";
import type { TeachState } from "@/app/(teach)/actions";

type Props = {
  action: (state: TeachState, data: FormData) => Promise<TeachState>;
  label: string;
  children: React.ReactNode;
  submit: string;
  className?: string;
};

/** A Server Action form for instructors, with the action's message under the button. */
export function TeachForm({ action, label, children, submit, className = "space-y-3" }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} aria-label={label} className={className}>
      {children}
      <button type="submit" disabled={pending} className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 disabled:opacity-60">
        {submit}
      </button>
      {state && (
        <p role={state.ok ? "status" : "alert"} className={state.ok ? "text-emerald-800" : "text-rose-800"}>
          {state.ok ? state.message : state.error}
        </p>
      )}
    </form>
  );
}
