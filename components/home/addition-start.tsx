"use client";

import { StartError } from "./start-error";
import { card, chipButton, field, primaryButton } from "./styles";
import { useStart } from "./use-start";

type Props = { levels: { min: number; max: number }; demos: Array<{ id: string; input: string }> };

export function AdditionStart({ levels, demos }: Props) {
  const [state, action, pending] = useStart();
  const options = Array.from({ length: levels.max - levels.min + 1 }, (_, i) => levels.min + i);

  return (
    <div className="space-y-4">
      <StartError state={state} />
      <div className="grid gap-4 md:grid-cols-2">
        <form action={action} className={card}>
          <h3 className="font-semibold">By level</h3>
          <input type="hidden" name="source" value="addition-level" />
          <label className="block">
            <span className="text-sm text-slate-700">Digits in the larger number</span>
            <select name="level" defaultValue="3" className={field}>
              {options.map((level) => (
                <option key={level} value={level}>
                  {level} {level === 1 ? "digit" : "digits"}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={pending} className={primaryButton}>
            Start practice
          </button>
        </form>

        <form action={action} className={card}>
          <h3 className="font-semibold">Your own numbers</h3>
          <input type="hidden" name="source" value="addition-numbers" />
          <div className="flex items-end gap-2">
            <label className="block flex-1">
              <span className="text-sm text-slate-700">First number</span>
              <input name="a" inputMode="numeric" autoComplete="off" required maxLength={200} className={`${field} font-mono`} />
            </label>
            <span className="pb-2 font-mono text-lg" aria-hidden="true">
              +
            </span>
            <label className="block flex-1">
              <span className="text-sm text-slate-700">Second number</span>
              <input name="b" inputMode="numeric" autoComplete="off" required maxLength={200} className={`${field} font-mono`} />
            </label>
          </div>
          <button type="submit" disabled={pending} className={primaryButton}>
            Start with these numbers
          </button>
        </form>
      </div>

      {demos.length > 0 && (
        <form action={action} className="space-y-2">
          <input type="hidden" name="source" value="problem" />
          <h3 className="font-semibold">Or try a worked example</h3>
          <div className="flex flex-wrap gap-2">
            {demos.map((demo) => (
              <button key={demo.id} type="submit" name="problemId" value={demo.id} disabled={pending} aria-label={`Practice ${demo.input}`} className={chipButton}>
                {demo.input}
              </button>
            ))}
          </div>
        </form>
      )}
    </div>
  );
}
