import { useTranslations } from "next-intl";
import { field } from "@/components/home/styles";
import { kindName } from "./names";

type Option = { value: string; label: string };
type Values = { student?: string; kind?: string; assignment?: string; status?: string; from?: string; to?: string };

/** The class page's session filters: a plain GET form, so a filtered view is a link. */
export function SessionFilters({ values, students, assignments }: { values: Values; students: Option[]; assignments: Option[] }) {
  const t = useTranslations("teach");
  const kinds = (["addition", "polynomial", "python"] as const).map((kind) => ({ value: kind, label: kindName(t, kind) }));
  const statuses = [
    { value: "active", label: t("status.active") },
    { value: "solved", label: t("status.solved") },
    { value: "watched", label: t("status.watched") },
  ];
  const all = t("filters.all");
  return (
    <form method="get" aria-label={t("filters.label")} className="flex flex-wrap items-end gap-3 text-sm">
      <FilterSelect label={t("filters.student")} all={all} name="student" value={values.student} options={students} />
      <FilterSelect label={t("filters.kind")} all={all} name="kind" value={values.kind} options={kinds} />
      <FilterSelect label={t("filters.assignment")} all={all} name="assignment" value={values.assignment} options={assignments} />
      <FilterSelect label={t("filters.status")} all={all} name="status" value={values.status} options={statuses} />
      <label>
        {t("filters.from")}
        <input type="date" name="from" defaultValue={values.from ?? ""} className={field} />
      </label>
      <label>
        {t("filters.to")}
        <input type="date" name="to" defaultValue={values.to ?? ""} className={field} />
      </label>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100">
        {t("filters.submit")}
      </button>
    </form>
  );
}

function FilterSelect({ label, all, name, value, options }: { label: string; all: string; name: string; value?: string; options: Option[] }) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value ?? ""} className={field}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
