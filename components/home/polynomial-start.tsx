"use client";

import { StartError } from "./start-error";
import { DemoList } from "./demo-list";
import { LevelForm } from "./level-form";
import { card, field, primaryButton } from "./styles";
import { useStart } from "./use-start";

type Props = { levels: { min: number; max: number }; demos: Array<{ id: string; input: string }> };

const LEVEL_NAMES = ["Two small terms", "With a square", "Negative coefficients", "Negative x", "Cubes, any signs"];

export function PolynomialStart({ levels, demos }: Props) {
  const [state, action, pending] = useStart();

  return (
    <div className="space-y-4">
      <StartError state={state} />
      <div className="grid gap-4 md:grid-cols-2">
        <LevelForm
          source="polynomial-level"
          label="Level"
          levels={levels}
          defaultLevel={2}
          optionLabel={(level) => `${level}. ${LEVEL_NAMES[level - 1] ?? `Level ${level}`}`}
          action={action}
          pending={pending}
        />

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

      <DemoList demos={demos} show={(input) => input.replace(/^Evaluate /, "")} action={action} pending={pending} />
    </div>
  );
}
