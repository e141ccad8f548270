import { chipButton } from "./styles";

type Props = {
  demos: Array<{ id: string; input: string }>;
  show?: (input: string) => string;
  action: (formData: FormData) => void;
  pending: boolean;
};

/** Worked examples to start with one click. */
export function DemoList({ demos, show = (input) => input, action, pending }: Props) {
  if (demos.length === 0) return null;
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="source" value="problem" />
      <h3 className="font-semibold">Or try a worked example</h3>
      <div className="flex flex-wrap gap-2">
        {demos.map((demo) => (
          <button key={demo.id} type="submit" name="problemId" value={demo.id} disabled={pending} aria-label={`Practice ${demo.input}`} className={chipButton}>
            {show(demo.input)}
          </button>
        ))}
      </div>
    </form>
  );
}
