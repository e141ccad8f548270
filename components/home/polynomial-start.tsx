"use client";

import { useTranslations } from "next-intl";
import { StartError } from "./start-error";
import { StartField } from "./start-field";
import { DemoList } from "./demo-list";
import { LevelForm } from "./level-form";
import { card, primaryButton } from "./styles";
import { useStart } from "./use-start";

type Props = { levels: { min: number; max: number }; demos: Array<{ id: string; input: string }> };

/** Levels with a name of their own (`home.polynomial.levels.<level>`). */
const NAMED_LEVELS = ["1", "2", "3", "4", "5"] as const;

export function PolynomialStart({ levels, demos }: Props) {
  const [state, action, pending, onSubmit] = useStart();
  const t = useTranslations("home.polynomial");
  const levelName = (level: number) => {
    const named = NAMED_LEVELS.find((name) => name === String(level));
    return named ? t(`levels.${named}`) : t("levelNumbered", { level });
  };

  return (
    <div className="space-y-4">
      {!(state && !state.ok && state.field) && <StartError state={state} />}
      <div className="grid gap-4 md:grid-cols-2">
        <LevelForm
          source="polynomial-level"
          label={t("levelLabel")}
          levels={levels}
          defaultLevel={2}
          optionLabel={(level) => t("levelOption", { level, name: levelName(level) })}
          action={action}
          pending={pending}
        />

        <form action={action} onSubmit={onSubmit} className={card}>
          <h3 className="font-semibold">{t("ownHeading")}</h3>
          <input type="hidden" name="source" value="polynomial-input" />
          <div className="flex items-start gap-2">
            <StartField name="expression" label={t("polynomial")} state={state} placeholder="3*x**2 - 5*x + 7" maxLength={200} className="flex-[3]" />
            {/* Not required: `… at x = -4` pasted into the polynomial box carries x itself. */}
            <StartField name="x" label={t("x")} state={state} inputMode="numeric" placeholder="4" maxLength={20} required={false} className="flex-1" />
          </div>
          <p className="text-xs text-slate-600">{t("limits")}</p>
          <button type="submit" disabled={pending} className={primaryButton}>
            {t("start")}
          </button>
        </form>
      </div>

      <DemoList demos={demos} show={(input) => input.replace(/^Evaluate /, "")} action={action} pending={pending} />
    </div>
  );
}
