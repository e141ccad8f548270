import { getTranslations } from "next-intl/server";
import type { ClassMastery } from "@/lib/progress/class-mastery";

/** Students × skills for each kind practised: mastery in percent, mastered cells marked. */
export async function ClassMasteryTable({ mastery }: { mastery: ClassMastery }) {
  const [t, names, kinds] = await Promise.all([getTranslations("progress.classMastery"), getTranslations("skills"), getTranslations("progress.kinds")]);
  if (mastery.students.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <div className="space-y-6">
      {mastery.kinds.map(({ kind, skills }) => (
        <div key={kind} className="overflow-x-auto">
          <table className="min-w-full text-sm">
            <caption className="mb-2 text-left font-semibold">{t("caption", { kind: kinds(kind) })}</caption>
            <thead>
              <tr className="text-left align-bottom">
                <th scope="col" className="pr-4">
                  {t("student")}
                </th>
                {skills.map((skill) => (
                  <th key={skill} scope="col" className="px-2 font-medium">
                    {names(`names.${skill}` as Parameters<typeof names>[0])}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {mastery.students.map((student) => (
                <tr key={student.id} className="border-t border-slate-200">
                  <th scope="row" className="pr-4 text-left font-medium">
                    {student.name}
                  </th>
                  {skills.map((skill) => {
                    const cell = student.skills[skill];
                    const percent = Math.round((cell?.pKnown ?? 0) * 100);
                    return (
                      <td key={skill} className={`px-2 py-1 text-center ${cell?.mastered ? "bg-emerald-100 font-semibold text-emerald-900" : cell?.attempts ? "" : "text-slate-500"}`}>
                        {cell?.attempts ? t("cell", { percent, attempts: cell.attempts }) : t("untried")}
                        {cell?.mastered && <span className="sr-only"> {t("mastered")}</span>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      <p className="text-xs text-slate-600">{t("legend")}</p>
    </div>
  );
}
