"use client";

import { useEffect, useRef } from "react";
import type { TeachState } from "@/app/(teach)/actions";
import { useKeptAction } from "@/components/forms/use-kept-action";

type Props = {
  action: (state: TeachState, data: FormData) => Promise<TeachState>;
  label: string;
  children: React.ReactNode;
  submit: string;
  className?: string;
  /** After a success, once the form is cleared (e.g. to put its choices back to their defaults). */
  onDone?: () => void;
};

/**
 * A Server Action form for instructors, with the action's message under the button. A refusal
 * leaves every field (title, due date, every problem) as typed and moves the focus to the
 * message; only a success clears the form.
 */
export function TeachForm({ action, label, children, submit, className = "space-y-3", onDone }: Props) {
  const [state, formAction, pending, onSubmit] = useKeptAction<TeachState>(action, null, {
    onSuccess: (form) => {
      form.reset();
      onDone?.();
    },
  });
  const messageRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state && !state.ok) messageRef.current?.focus();
  }, [state]);

  return (
    <form action={formAction} onSubmit={onSubmit} aria-label={label} className={className}>
      {children}
      <button type="submit" disabled={pending} className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 disabled:opacity-60">
        {submit}
      </button>
      {state && (
        <p ref={messageRef} tabIndex={-1} role={state.ok ? "status" : "alert"} className={state.ok ? "text-emerald-800" : "text-rose-800"}>
          {state.ok ? state.message : state.error}
        </p>
      )}
    </form>
  );
}
