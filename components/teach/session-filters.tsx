import { field } from "@/components/home/styles";
import { KIND_NAMES } from "@/lib/practice/kinds";

type Option = { value: string; label: string };
type Values = { student?: string; kind?: string; assignment?: string; status?: string; from?: string; to?: string };

/** The class page's session filters: a plain GET form, so a filtered view is a link. */
export function SessionFilters({ values, students, assignments }: { values: Values; students: Option[]; assignments: Option[] }) {
  const kinds = (["addition", "polynomial", "python"] as const).map((kind) => ({ value: kind, label: KIND_NAMES[kind] ?? kind }));
  const statuses = [
    { value: "active", label: "In progress" },
    { value: "solved", label: "Finished" },
  ];
  return (
    <form method="get" aria-label="Filter sessions" className="flex flex-wrap items-end gap-3 text-sm">
      <FilterSelect label="Student" name="student" value={values.student} options={students} />
      <FilterSelect label="Kind" name="kind" value={values.kind} options={kinds} />
      <FilterSelect label="Assignment" name="assignment" value={values.assignment} options={assignments} />
      <FilterSelect label="Status" name="status" value={values.status} options={statuses} />
      <label>
        From
        <input type="date" name="from" defaultValue={values.from ?? ""} className={field} />
      </label>
      <label>
        To
        <input type="date" name="to" defaultValue={values.to ?? ""} className={field} />
      </label>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100">
        Filter
      </button>
    </form>
  );
}

function FilterSelect({ label, name, value, options }: { label: string; name: string; value?: string; options: Option[] }) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value ?? ""} className={field}>
        <option value="">All</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
