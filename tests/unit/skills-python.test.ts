import { describe, expect, it } from "vitest";
import { lineSkills, problemLineSkills } from "@/lib/scratchpad/skills";
import { bankProblem, formatsProblem, indexOf, RATIO_PROGRAM, RATIO_TRACE, load } from "./python-fixtures";

describe("python line skills", () => {
  it("FORMATS.md's example, entry by entry", () => {
    const problem = formatsProblem();
    expect(problemLineSkills("python", problem)).toEqual([
      [], // state: {}
      [], // line: def remove_Occ(s,ch):  (the first line)
      ["python.definition"], // state after the def
      ["python.definition"], // line: output = …  (the def's body was skipped)
      ["python.call"], // state: the parameters
      ["python.call"], // line: for …  (the function's first line)
      ["python.loop", "python.string"], // state after the header: i moves on; len(s) of a string
      ["python.loop"], // line: if …  (into the body)
      [], // state after the condition: nothing changed
      ["python.condition", "python.string"], // line: s = …  (s[i] == ch was true)
      ["python.assignment", "python.string"], // state after slicing s
      [], // line: break  (the line below)
      [], // state after break
      ["python.loop"], // line: return s  (break left the loop)
      ["python.return"], // the caller's state: output = "HP"
    ]);
  });

  it("list operations: a method call on a list, and a list built in a loop", () => {
    const problem = bankProblem("add-to-list");
    expect(lineSkills("python", problem, indexOf(problem, "line: items.append(x)") + 1)).toEqual(["python.list"]);
  });

  it("dict operations: a dict literal and a lookup; the key is no string operation", () => {
    const problem = bankProblem("price-lookup");
    const built = indexOf(problem, 'line: prices = {"tea": 3, "cake": 5}') + 1;
    expect(lineSkills("python", problem, built)).toEqual(["python.assignment", "python.dict"]);
    // return prices[item]: the caller gets the looked-up value.
    expect(lineSkills("python", problem, problem.entries.length - 1)).toEqual(["python.return", "python.dict"]);
  });

  it("string operations in an assignment, and a bare return has none", () => {
    const problem = bankProblem("say-hello");
    expect(lineSkills("python", problem, indexOf(problem, 'line: text = "Hi, " + name') + 1)).toEqual(["python.assignment", "python.string"]);
    expect(lineSkills("python", problem, problem.entries.length - 1)).toEqual(["python.return"]);
  });

  it("a condition's outcome is the next line: true and false", () => {
    const problem = bankProblem("bigger-of-two");
    // if x > y: with 3 and 8 is false, so `return y` comes next.
    expect(lineSkills("python", problem, indexOf(problem, "line: return y"))).toEqual(["python.condition"]);
  });

  it("an exception entry and the first state exercise nothing", () => {
    const problem = load(RATIO_PROGRAM, RATIO_TRACE);
    expect(lineSkills("python", problem, 0)).toEqual([]);
    expect(lineSkills("python", problem, problem.entries.length - 1)).toEqual([]);
    expect(lineSkills("python", problem, problem.entries.length)).toEqual([]);
  });
});
