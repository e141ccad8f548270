"use client";

import { useActionState, useCallback, useState, useTransition, type FormEvent } from "react";

/** Fields whose values are never given back after a refusal. */
const SECRET = /password/i;

/**
 * useActionState for a form that must never lose what was typed. React clears a form after
 * its `action` has run, and a select or checkbox comes back at its first default whatever
 * `defaultValue` says now; so the form is sent from `onSubmit` in a transition (no clearing),
 * while `action` stays for a browser without JavaScript. `typed` is what was sent (passwords
 * excepted), for fields that are rendered anew.
 */
export function useKeptAction<State>(action: (state: State, data: FormData) => Promise<State>, initial: State) {
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [state, formAction, pending] = useActionState<State, FormData>(async (previous, data) => {
    const kept: Record<string, string> = {};
    for (const [name, value] of data) {
      if (typeof value === "string" && !SECRET.test(name) && !name.startsWith("$ACTION")) kept[name] = value;
    }
    setTyped(kept);
    return action(previous as State, data);
  }, initial as Awaited<State>);
  const [, startTransition] = useTransition();
  const onSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
      startTransition(() => formAction(data));
    },
    [formAction],
  );
  return [state, formAction, pending, typed, onSubmit] as const;
}
