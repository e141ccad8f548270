import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";

type Tree = { [key: string]: string | Tree };

/** Every leaf as "path" → its ICU placeholders ({name}, {count, plural, …}), sorted. */
function leaves(tree: Tree, prefix = ""): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") {
      const names = [...value.matchAll(/\{\s*([A-Za-z0-9_]+)\s*[,}]/g)].map((match) => match[1] ?? "");
      out.set(path, [...new Set(names)].sort());
    } else {
      for (const [leaf, names] of leaves(value, path)) out.set(leaf, names);
    }
  }
  return out;
}

describe("interface texts", () => {
  const en = leaves(messages.en as unknown as Tree);
  const ja = leaves(messages.ja as unknown as Tree);

  it("has the same keys in English and Japanese", () => {
    expect([...ja.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it("uses the same placeholders in both languages", () => {
    const differing = [...en].filter(([key, names]) => JSON.stringify(ja.get(key)) !== JSON.stringify(names)).map(([key]) => key);
    expect(differing).toEqual([]);
  });

  it("has no empty text and no untranslated English sentence in Japanese", () => {
    const empty = [...leaves(messages.ja as unknown as Tree).keys()].filter((key) => {
      const value = key.split(".").reduce<unknown>((node, part) => (node as Tree)[part], messages.ja);
      return typeof value !== "string" || value.trim() === "";
    });
    expect(empty).toEqual([]);
    const flat = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === "string" ? [v] : flat(v)));
    // A Japanese text may keep names and code (Scratchpad Tutor, `x`, C: 0) but not a whole English sentence.
    const english = flat(messages.ja as unknown as Tree).filter((text) => /\b[A-Za-z]+ [a-z]+ [a-z]+ [a-z]+\b/.test(text.replace(/`[^`]*`/g, "").replace(/\{[^}]*\}/g, "")));
    expect(english).toEqual([]);
  });

  it("names each kind of problem with one term in Japanese", () => {
    // 足し算 throughout: the hiragana たし算 of early school books once crept in beside it.
    const flat = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === "string" ? [v] : flat(v)));
    const texts = flat(messages.ja as unknown as Tree);
    expect(texts.filter((text) => text.includes("たし算"))).toEqual([]);
    expect(texts.some((text) => text.includes("足し算"))).toBe(true);
  });
});

describe("negotiateLocale", () => {
  it("prefers the visitor's own choice", () => {
    expect(negotiateLocale("ja", "en-US,en;q=0.9")).toBe("ja");
    expect(negotiateLocale("en", "ja")).toBe("en");
  });

  it("follows Accept-Language by quality, then order", () => {
    expect(negotiateLocale(undefined, "ja-JP,ja;q=0.9,en;q=0.8")).toBe("ja");
    expect(negotiateLocale(undefined, "fr-FR, en;q=0.5, ja;q=0.7")).toBe("ja");
    expect(negotiateLocale(undefined, "de, en-GB;q=0.8")).toBe("en");
    expect(negotiateLocale(undefined, "ja;q=0, en;q=0.1")).toBe("en");
  });

  it("falls back to English for anything else", () => {
    expect(negotiateLocale("xx", "fr, de;q=0.5")).toBe("en");
    expect(negotiateLocale(undefined, undefined)).toBe("en");
    expect(negotiateLocale(undefined, ";;,,q=bad")).toBe("en");
    expect(negotiateLocale("__proto__", "")).toBe("en");
  });
});
