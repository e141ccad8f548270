import { it } from "vitest";
import { addition, polynomial } from "@/lib/scratchpad";
import { plantCandidates } from "@/lib/scratchpad/planting";

it("explore", () => {
  for (const p of [{ a: "29", b: "57" }, { a: "12345678", b: "87654321" }, { a: "9999999999", b: "1" }]) {
    const lines = addition.referenceLines(p);
    const l = lines[3]!;
    let t0 = performance.now();
    for (let i = 0; i < 3000; i++) addition.judgeLine(p, 3, l.text.replace("C: 0", "C: 1"), { actor: "model" });
    const per = (performance.now() - t0) / 3000;
    t0 = performance.now();
    const c = plantCandidates(addition, p, 3, false);
    console.log(p.a, "judge µs", (per * 1000).toFixed(1), "plant ms", (performance.now() - t0).toFixed(1), c.length, c.filter((x) => x.tier === 1).length);
  }
}, 600000);
