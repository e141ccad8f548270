import type { StartState } from "@/app/(practice)/actions";
import { CodeText } from "../text/code-text";

export function StartError({ state }: { state: StartState }) {
  if (!state || state.ok) return null;
  return (
    <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-800">
      <CodeText text={state.error} />
    </p>
  );
}
