"use client";

import { useActionState, useState } from "react";

/** Fields whose values are never given back after a refusal. */
const SECRET = /password/i;

/**
 * useActionState that remembers what was sent. React resets a form once its action has run;
 * a form that renders `defaultValue={typed.name}` is reset to what the person typed, so a
 * refusal never loses their work (passwords excepted: they are typed again).
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
  return [state, formAction, pending, typed] as const;
}
