import { useTranslations } from "next-intl";
import { chipButton } from "./styles";

type Props = {
  demos: Array<{ id: string; input: string }>;
  show?: (input: string) => string;
  action: (formData: FormData) => void;
  pending: boolean;
};

/** Worked examples to start with one click. */
export function DemoList({ demos, show = (input) => input, action, pending }: Props) {
  const t = useTranslations("home.demos");
  if (demos.length === 0) return null;
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="source" value="problem" />
      <h3 className="font-semibold">{t("heading")}</h3>
      <div className="flex flex-wrap gap-2">
        {demos.map((demo) => (
          <button key={demo.id} type="submit" name="problemId" value={demo.id} disabled={pending} aria-label={t("practice", { problem: demo.input })} className={chipButton}>
            {show(demo.input)}
          </button>
        ))}
      </div>
    </form>
  );
}
