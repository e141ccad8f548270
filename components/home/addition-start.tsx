"use client";

import { useTranslations } from "next-intl";
import { StartError } from "./start-error";
import { DemoList } from "./demo-list";
import { LevelForm } from "./level-form";
import { card, field, primaryButton } from "./styles";
import { useStart } from "./use-start";

type Props = { levels: { min: number; max: number }; demos: Array<{ id: string; input: string }> };

export function AdditionStart({ levels, demos }: Props) {
  const [state, action, pending] = useStart();
  const t = useTranslations("home.addition");

  return (
    <div className="space-y-4">
      <StartError state={state} />
      <div className="grid gap-4 md:grid-cols-2">
        <LevelForm
          source="addition-level"
          label={t("levelLabel")}
          levels={levels}
          defaultLevel={3}
          optionLabel={(level) => t("digits", { count: level })}
          action={action}
          pending={pending}
        />

        <form action={action} className={card}>
          <h3 className="font-semibold">{t("ownHeading")}</h3>
          <input type="hidden" name="source" value="addition-numbers" />
          <div className="flex items-end gap-2">
            <label className="block flex-1">
              <span className="text-sm text-slate-700">{t("first")}</span>
              <input name="a" inputMode="numeric" autoComplete="off" required maxLength={200} className={`${field} font-mono`} />
            </label>
            <span className="pb-2 font-mono text-lg" aria-hidden="true">
              +
            </span>
            <label className="block flex-1">
              <span className="text-sm text-slate-700">{t("second")}</span>
              <input name="b" inputMode="numeric" autoComplete="off" required maxLength={200} className={`${field} font-mono`} />
            </label>
          </div>
          <button type="submit" disabled={pending} className={primaryButton}>
            {t("start")}
          </button>
        </form>
      </div>

      <DemoList demos={demos} action={action} pending={pending} />
    </div>
  );
}
