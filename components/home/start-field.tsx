"use client";

import { useEffect, useId, useRef } from "react";
import type { StartState } from "@/app/(practice)/actions";
import { CodeText } from "../text/code-text";
import { field } from "./styles";

type Props = {
  name: "a" | "b" | "expression" | "x";
  label: string;
  state: StartState;
  className?: string;
  inputMode?: "numeric" | "text";
  placeholder?: string;
  maxLength: number;
  required?: boolean;
};

/**
 * One box of a start form (sent without React's reset, so it keeps what was typed): when the
 * server's refusal is about this box, it says so beside it and takes the focus.
 */
export function StartField({ name, label, state, className = "", inputMode, placeholder, maxLength, required = true }: Props) {
  const errorId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const problem = state && !state.ok && state.field === name ? state.error : null;
  useEffect(() => {
    if (problem) inputRef.current?.focus();
  }, [problem, state]);
  return (
    <label className={`block ${className}`}>
      <span className="text-sm text-slate-700">{label}</span>
      <input
        ref={inputRef}
        name={name}
        inputMode={inputMode}
        placeholder={placeholder}
        autoComplete="off"
        required={required}
        maxLength={maxLength}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        className={`${field} font-mono`}
      />
      {problem && (
        <span id={errorId} role="alert" className="mt-1 block text-sm text-red-800">
          <CodeText text={problem} />
        </span>
      )}
    </label>
  );
}
