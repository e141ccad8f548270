import { describe, expect, it } from "vitest";
import { problemFromNumbers, problemFromPolynomial } from "@/lib/practice/start-problem";

describe("your own numbers: what is wrong with which box", () => {
  it("names the box with the stray character, the empty box, the too-long box", () => {
    expect(problemFromNumbers("2x9", "57")).toEqual({ ok: false, field: "a", error: expect.stringMatching(/^The first number can hold only the digits 0–9; .*x/) });
    expect(problemFromNumbers("29", "  ")).toEqual({ ok: false, field: "b", error: "Write the second number." });
    expect(problemFromNumbers("29", "5".repeat(61))).toEqual({ ok: false, field: "b", error: expect.stringMatching(/^The second number has 61 digits; at most 60/) });
    expect(problemFromNumbers("029", "5")).toEqual({ ok: false, field: "a", error: expect.stringMatching(/first number starts with 0/) });
  });

  it("never describes the one-box format the two-box form does not have", () => {
    for (const [a, b] of [["", "1"], ["1", ""], ["1+2", "3"], ["a", "b"]] as const) {
      const made = problemFromNumbers(a, b);
      expect(made.ok).toBe(false);
      if (!made.ok) expect(made.error).not.toMatch(/then `\+`/);
    }
  });

  it("says the same in Japanese", () => {
    expect(problemFromNumbers("29", "5a", "ja")).toEqual({ ok: false, field: "b", error: expect.stringMatching(/^2 つ目の数/) });
  });

  it("accepts numbers with spaces, as typed", () => {
    expect(problemFromNumbers(" 2 9 ", "57")).toMatchObject({ ok: true, problem: { input: "2 9 + 5 7" } });
  });
});

describe("your own polynomial", () => {
  it("accepts the app's own wording pasted into the polynomial box, taking x from it", () => {
    const made = problemFromPolynomial("-x**2 + 3*x - 7 at x = -4", "");
    expect(made).toMatchObject({ ok: true, problem: { kind: "polynomial" } });
    if (made.ok) expect(made.problem.input).toMatch(/at x = -4$/);
    expect(problemFromPolynomial("Evaluate -x**2 + 3*x - 7 at x = -4", "-4")).toMatchObject({ ok: true });
  });

  it("names a clash between the pasted x and the x box instead of guessing", () => {
    expect(problemFromPolynomial("-x**2 + 3*x - 7 at x = -4", "3")).toEqual({
      ok: false,
      field: "x",
      error: "The polynomial box says x = -4, but the x box says 3: keep one of them.",
    });
  });

  it("says which box is wrong", () => {
    expect(problemFromPolynomial("3*x**2", "")).toMatchObject({ ok: false, field: "x" });
    expect(problemFromPolynomial("", "2")).toMatchObject({ ok: false, field: "expression" });
    expect(problemFromPolynomial("3*x**9", "2")).toMatchObject({ ok: false, field: "expression" });
    expect(problemFromPolynomial("3*x", "99")).toMatchObject({ ok: false, field: "x" });
  });
});
