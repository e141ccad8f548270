import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";
import { isSkillId, skillById, skillMessageKeys, SKILLS, SKILLS_BY_KIND } from "@/lib/scratchpad/skills";

type Tree = { [key: string]: string | Tree };

function lookup(tree: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Tree)[part] : undefined), tree);
}

describe("skill catalog", () => {
  it("has every required skill, each id `<kind>.<name>` with one dot", () => {
    for (const id of [
      "addition.no-carry",
      "addition.carry",
      "addition.new-digit",
      "addition.final",
      "addition.uneven",
      "polynomial.constant",
      "polynomial.linear",
      "polynomial.square",
      "polynomial.cube",
      "polynomial.negative-x",
      "polynomial.precedence",
      "python.assignment",
      "python.loop",
      "python.condition",
      "python.call",
      "python.return",
      "python.string",
      "python.list",
      "python.dict",
    ]) {
      expect(isSkillId(id), id).toBe(true);
    }
    for (const skill of SKILLS) expect(skill.id).toMatch(new RegExp(`^${skill.kind}\\.[a-z]+(?:-[a-z]+)*$`));
  });

  it("orders each task's skills from 1", () => {
    for (const [kind, ids] of Object.entries(SKILLS_BY_KIND)) {
      expect(ids.map((id) => skillById(id)?.order)).toEqual(ids.map((_, i) => i + 1));
      expect(ids.every((id) => skillById(id)?.kind === kind)).toBe(true);
    }
    expect(skillById("addition.nothing")).toBeNull();
  });

  it("has a name and a description in every language for every skill", () => {
    for (const locale of ["en", "ja"] as const) {
      for (const skill of SKILLS) {
        const keys = skillMessageKeys(skill.id);
        expect(typeof lookup(messages[locale].skills, keys.name), `${locale} ${keys.name}`).toBe("string");
        expect(typeof lookup(messages[locale].skills, keys.description), `${locale} ${keys.description}`).toBe("string");
      }
    }
  });
});
