import type { Visual } from "@/lib/practice/practice-view";

type PolynomialVisual = Extract<Visual, { kind: "polynomial" }>;

/** Each term with its value once its line is accepted, and the sum once the answer is. */
export function PolynomialTerms({ visual }: { visual: PolynomialVisual }) {
  return (
    <table className="font-mono text-lg" aria-label="Terms and their values">
      <caption className="pb-2 text-left font-sans text-sm text-slate-600">at x = {visual.x}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">Term</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {visual.terms.map((row, i) => (
          <tr key={i}>
            <th scope="row" className="pr-4 text-left font-normal">
              {row.term}
            </th>
            <td className="text-right text-indigo-700">{row.value ?? "?"}</td>
          </tr>
        ))}
        <tr className="border-t-2 border-slate-800">
          <th scope="row" className="pr-4 text-left font-normal">
            sum
          </th>
          <td className="text-right text-indigo-700">{visual.total ?? "?"}</td>
        </tr>
      </tbody>
    </table>
  );
}
