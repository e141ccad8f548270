"use client";

import { useActionState, useCallback, useRef, useTransition, type FormEvent } from "react";

type Outcome = { ok: boolean } | null | undefined;

/**
 * useActionState for a form that must never lose what was typed. React clears a form after
 * its `action` has run (a select or checkbox even goes back to its first default), so the
 * form is sent from `onSubmit` in a transition instead, and nothing is cleared: after a
 * refusal only the passwords are emptied, to be typed again. `onSuccess` may clear the form
 * itself. `action` stays on the form for a browser without JavaScript.
 */
export function useKeptAction<State extends Outcome>(
  action: (state: State, data: FormData) => Promise<State>,
  initial: State,
  { onSuccess }: { onSuccess?: (form: HTMLFormElement) => void } = {},
) {
  const sentFrom = useRef<HTMLFormElement | null>(null);
  const [state, formAction, pending] = useActionState<State, FormData>(async (previous, data) => {
    const result = await action(previous as State, data);
    const form = sentFrom.current;
    if (form && result?.ok === false) {
      form.querySelectorAll<HTMLInputElement>('input[type="password"]').forEach((input) => (input.value = ""));
    }
    if (form && result?.ok === true) onSuccess?.(form);
    return result;
  }, initial as Awaited<State>);
  const [, startTransition] = useTransition();
  const onSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      sentFrom.current = event.currentTarget;
      const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
      startTransition(() => formAction(data));
    },
    [formAction],
  );
  return [state, formAction, pending, onSubmit] as const;
}
