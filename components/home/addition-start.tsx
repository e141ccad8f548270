"use client";

import { useActionState } from "react";
import { startPractice, type StartState } from "@/app/(practice)/actions";

type Props = { minLevel: number; maxLevel: number; demos: Array<{ id: string; input: string }> };

export function StartForms({ minLevel, maxLevel, demos }: Props) {
  const [state, action, pending] = useActionState<StartState, FormData>(startPractice, null);
  const levels = Array.from({ length: maxLevel - minLevel + 1 }, (_, i) => minLevel + i);

  return (
    <section aria-labelledby="start-heading" className="space-y-4">
      <h2 id="start-heading" className="text-xl font-semibold">
        Start practising long addition
      </h2>
      {state && !state.ok && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {state.error}
        </p>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <form action={action} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h3 className="font-semibold">By level</h3>
          <input type="hidden" name="source" value="level" />
          <label className="block">
            <span className="text-sm text-slate-700">Digits in the larger number</span>
            <select name="digits" defaultValue="3" className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5">
              {levels.map((level) => (
                <option key={level} value={level}>
                  {level} {level === 1 ? "digit" : "digits"}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={pending} className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 disabled:opacity-60">
            Start practice
          </button>
        </form>

        <form action={action} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h3 className="font-semibold">Your own numbers</h3>
          <input type="hidden" name="source" value="numbers" />
          <div className="flex items-end gap-2">
            <label className="block flex-1">
              <span className="text-sm text-slate-700">First number</span>
              <input name="a" inputMode="numeric" autoComplete="off" required maxLength={200} className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 font-mono" />
            </label>
            <span className="pb-2 font-mono text-lg" aria-hidden="true">+</span>
            <label className="block flex-1">
              <span className="text-sm text-slate-700">Second number</span>
              <input name="b" inputMode="numeric" autoComplete="off" required maxLength={200} className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 font-mono" />
            </label>
          </div>
          <button type="submit" disabled={pending} className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 disabled:opacity-60">
            Start with these numbers
          </button>
        </form>
      </div>

      {demos.length > 0 && (
        <form action={action} className="space-y-2">
          <input type="hidden" name="source" value="demo" />
          <h3 className="font-semibold">Or try a worked example</h3>
          <div className="flex flex-wrap gap-2">
            {demos.map((demo) => (
              <button
                key={demo.id}
                type="submit"
                name="problemId"
                value={demo.id}
                disabled={pending}
                aria-label={`Practice ${demo.input}`}
                className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-mono hover:bg-slate-100 disabled:opacity-60"
              >
                {demo.input}
              </button>
            ))}
          </div>
        </form>
      )}
    </section>
  );
}
