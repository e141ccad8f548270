"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { StartError } from "./start-error";
import { chipButton } from "./styles";
import { useStart } from "./use-start";

type Program = { id: string; title: string; difficulty: number };

export function PythonStart({ programs, own }: { programs: Program[]; own: Program[] }) {
  const [state, action, pending] = useStart();
  const t = useTranslations("home.python");
  const byDifficulty = group(programs);

  return (
    <div className="space-y-4">
      <StartError state={state} />
      <p className="text-slate-700">
        {t.rich("intro", {
          add: (chunks) => (
            <Link href="/problems/new" className="text-indigo-700 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <form action={action} className="space-y-4">
        <input type="hidden" name="source" value="problem" />
        {own.length > 0 && <ProgramList heading={t("own")} programs={own} pending={pending} />}
        {[...byDifficulty.entries()]
          .sort(([a], [b]) => a - b)
          .map(([difficulty, list]) => (
            <ProgramList key={difficulty} heading={t("difficulty", { level: difficulty })} programs={list} pending={pending} />
          ))}
      </form>
    </div>
  );
}

function ProgramList({ heading, programs, pending }: { heading: string; programs: Program[]; pending: boolean }) {
  return (
    <fieldset className="space-y-2">
      <legend className="font-semibold">{heading}</legend>
      <div className="flex flex-wrap gap-2">
        {programs.map((program) => (
          <button key={program.id} type="submit" name="problemId" value={program.id} disabled={pending} className={`${chipButton} font-sans`}>
            {program.title}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

function group(programs: Program[]): Map<number, Program[]> {
  const groups = new Map<number, Program[]>();
  for (const program of programs) groups.set(program.difficulty, [...(groups.get(program.difficulty) ?? []), program]);
  return groups;
}
