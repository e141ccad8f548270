"use client";

import { StartError } from "./start-error";
import { card, chipButton, field, primaryButton } from "./styles";
import { useStart } from "./use-start";

type Props = { levels: { min: number; max: number }; demos: Array<{ id: string; input: string }> };

const LEVEL_NAMES = ["Two small terms", "With a square", "Negative coefficients", "Negative x", "Cubes, any signs"];

export function PolynomialStart({ levels, demos }: Props) {
  const [state, action, pending] = useStart();
  const options = Array.from({ length: levels.max - levels.min + 1 }, (_, i) => levels.min + i);

  return (
    <div className="space-y-4">
      <StartError state={state} />
      <div className="grid gap-4 md:grid-cols-2">
        <form action={action} className={card}>
          <h3 className="font-semibold">By level</h3>
          <input type="hidden" name="source" value="polynomial-level" />
          <label className="block">
            <span className="text-sm text-slate-700">Level</span>
            <select name="level" defaultValue="2" className={field}>
              {options.map((level) => (
                <option key={level} value={level}>
                  {level}. {LEVEL_NAMES[level - 1] ?? `Level ${level}`}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={pending} className={primaryButton}>
            Start practice
          </button>
        </form>

        <form action={action} className={card}>
          <h3 className="font-semibold">Your own polynomial</h3>
          <input type="hidden" name="source" value="polynomial-input" />
          <div className="flex items-end gap-2">
            <label className="block flex-[3]">
              <span className="text-sm text-slate-700">Polynomial</span>
              <input name="expression" placeholder="3*x**2 - 5*x + 7" autoComplete="off" required maxLength={200} className={`${field} font-mono`} />
            </label>
            <label className="block flex-1">
              <span className="text-sm text-slate-700">x</span>
              <input name="x" inputMode="numeric" placeholder="4" autoComplete="off" required maxLength={20} className={`${field} font-mono`} />
            </label>
          </div>
          <p className="text-xs text-slate-600">1–3 terms, powers 0–3, whole coefficients from -10 to 10; x from -10 to 10.</p>
          <button type="submit" disabled={pending} className={primaryButton}>
            Start with this polynomial
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
                {demo.input.replace(/^Evaluate /, "")}
              </button>
            ))}
          </div>
        </form>
      )}
    </div>
  );
}
