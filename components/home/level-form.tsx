import { useTranslations } from "next-intl";
import { card, field, primaryButton } from "./styles";

type Props = {
  source: string;
  label: string;
  levels: { min: number; max: number };
  defaultLevel: number;
  optionLabel: (level: number) => string;
  action: (formData: FormData) => void;
  pending: boolean;
};

/** "By level": one select and a start button, for every kind that generates problems. */
export function LevelForm({ source, label, levels, defaultLevel, optionLabel, action, pending }: Props) {
  const t = useTranslations("home.level");
  const options = Array.from({ length: levels.max - levels.min + 1 }, (_, i) => levels.min + i);
  return (
    <form action={action} className={card}>
      <h3 className="font-semibold">{t("heading")}</h3>
      <input type="hidden" name="source" value={source} />
      <label className="block">
        <span className="text-sm text-slate-700">{label}</span>
        <select name="level" defaultValue={String(defaultLevel)} className={field}>
          {options.map((level) => (
            <option key={level} value={level}>
              {optionLabel(level)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={pending} className={primaryButton}>
        {t("start")}
      </button>
    </form>
  );
}
