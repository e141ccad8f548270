"use client";

import { useTranslations } from "next-intl";
import { StartError } from "./start-error";
import { StartField } from "./start-field";
import { DemoList } from "./demo-list";
import { LevelForm } from "./level-form";
import { card, primaryButton } from "./styles";
import { useStart } from "./use-start";

type Props = { levels: { min: number; max: number }; demos: Array<{ id: string; input: string }> };

export function AdditionStart({ levels, demos }: Props) {
  const [state, action, pending, onSubmit] = useStart();
  const t = useTranslations("home.addition");

  return (
    <div className="space-y-4">
      {/* A refusal about one box is shown beside that box instead. */}
      {!(state && !state.ok && state.field) && <StartError state={state} />}
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

        <form action={action} onSubmit={onSubmit} className={card}>
          <h3 className="font-semibold">{t("ownHeading")}</h3>
          <input type="hidden" name="source" value="addition-numbers" />
          <div className="flex items-start gap-2">
            <StartField name="a" label={t("first")} state={state} inputMode="numeric" maxLength={200} className="flex-1" />
            <span className="pt-7 font-mono text-lg" aria-hidden="true">
              +
            </span>
            <StartField name="b" label={t("second")} state={state} inputMode="numeric" maxLength={200} className="flex-1" />
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
