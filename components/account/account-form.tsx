"use client";

import { useEffect, useRef } from "react";
import type { AccountState } from "@/app/(account)/actions";
import { useKeptAction } from "@/components/forms/use-kept-action";
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

/**
 * One account form (sign in, sign up, join): labelled fields, one button, the server's message.
 * A refusal keeps what was typed (useKeptAction), shows the message beside the field it is about and moves the focus there.
 */
export function AccountForm({ id, title, fields, submit, action, children }: Props) {
  const [state, formAction, pending, onSubmit] = useKeptAction<AccountState>(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const errorFields = state && !state.ok ? Object.keys(state.fields ?? {}) : [];
  const focusName = errorFields.find((name) => fields.some((input) => input.name === name));

  useEffect(() => {
    if (!state || state.ok) return;
    const target = focusName ? formRef.current?.elements.namedItem(focusName) : null;
    if (target instanceof HTMLInputElement) target.focus();
  }, [state, focusName]);

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className={card} aria-labelledby={id}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {fields.map((input) => {
        const problem = state && !state.ok ? state.fields?.[input.name] : undefined;
        const described = [problem && `${id}-${input.name}-error`, input.hint && `${id}-${input.name}-hint`].filter(Boolean).join(" ");
        return (
          <div key={input.name}>
            <label className="block">
              <span className="text-sm text-slate-700">{input.label}</span>
              <input
                aria-describedby={described || undefined}
                name={input.name}
                type={input.type ?? "text"}
                autoComplete={input.autoComplete}
                maxLength={input.maxLength ?? 200}
                required
                aria-invalid={problem ? true : undefined}
                className={field}
              />
            </label>
            {problem && (
              <p id={`${id}-${input.name}-error`} className="mt-1 text-sm text-red-800">
                {problem}
              </p>
            )}
            {input.hint && (
              <p id={`${id}-${input.name}-hint`} className="mt-1 text-xs text-slate-500">
                {input.hint}
              </p>
            )}
          </div>
        );
      })}
      {state && !state.ok && !focusName && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {state.error}
        </p>
      )}
      {state && !state.ok && focusName && (
        // Said once, for screen readers; the words stand beside the field for everyone else.
        <p role="alert" className="sr-only">
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
