"use client";

import { useActionState } from "react";
import type { AccountState } from "@/app/(account)/actions";
import { card, field, primaryButton } from "@/components/home/styles";

export type AccountField = {
  name: string;
  label: string;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  hint?: string;
  maxLength?: number;
};

type Props = {
  /** Names the form's heading (and its fields' hints): unique on the page, the same in every language. */
  id: string;
  title: string;
  fields: AccountField[];
  submit: string;
  action: (state: AccountState, data: FormData) => Promise<AccountState>;
  children?: React.ReactNode;
};

/** One account form (sign in, sign up, join): labelled fields, one button, the server's message. */
export function AccountForm({ id, title, fields, submit, action, children }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className={card} aria-labelledby={id}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {fields.map((input) => (
        <div key={input.name}>
          <label className="block">
          <span className="text-sm text-slate-700">{input.label}</span>
          <input
            aria-describedby={input.hint ? `${id}-${input.name}-hint` : undefined}
            name={input.name}
            type={input.type ?? "text"}
            autoComplete={input.autoComplete}
            maxLength={input.maxLength ?? 200}
            required
            aria-invalid={state?.fields?.[input.name] ? true : undefined}
            className={field}
          />
          </label>
          {input.hint && (
            <p id={`${id}-${input.name}-hint`} className="mt-1 text-xs text-slate-500">
              {input.hint}
            </p>
          )}
        </div>
      ))}
      {state && !state.ok && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {state.error}
        </p>
      )}
      <button type="submit" disabled={pending} className={primaryButton}>
        {submit}
      </button>
      {children}
    </form>
  );
}
