"use client";

import { useActionState, useEffect, useRef, useTransition, type FormEvent } from "react";
import type { TeachState } from "@/app/(teach)/actions";

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
 * A Server Action form for instructors, with the action's message under the button. Submitted
 * from onSubmit, not through the form's action, because React clears a form after its action
 * runs: a refusal must leave every field (title, due date, every problem) as typed. Only a
 * success clears the form. Without JavaScript the plain form action still works.
 */
export function TeachForm({ action, label, children, submit, className = "space-y-3", onDone }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const [, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const onDoneRef = useRef(onDone);
  onDoneRef.current = onDone;

  useEffect(() => {
    if (!state) return;
    if (state.ok) {
      formRef.current?.reset();
      onDoneRef.current?.();
    } else {
      // Passwords are typed again; the focus goes to the message that says what to change.
      formRef.current?.querySelectorAll<HTMLInputElement>('input[type="password"]').forEach((input) => (input.value = ""));
      messageRef.current?.focus();
    }
  }, [state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(data));
  }

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} aria-label={label} className={className}>
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
