import { describe, expect, it } from "vitest";
import { splitCode } from "@/components/text/split-code";

describe("splitCode", () => {
  it("turns backquoted scratchpad text into code parts", () => {
    expect(splitCode("Write `1 3 1 8 + 5 7 , C: 0` first.")).toEqual([
      { text: "Write ", code: false },
      { text: "1 3 1 8 + 5 7 , C: 0", code: true },
      { text: " first.", code: false },
    ]);
    expect(splitCode("`+` then `C: 0`")).toEqual([
      { text: "+", code: true },
      { text: " then ", code: false },
      { text: "C: 0", code: true },
    ]);
  });

  it("keeps an unpaired or empty pair of backquotes as written", () => {
    expect(splitCode("a ` b")).toEqual([{ text: "a ` b", code: false }]);
    expect(splitCode("a `` b `c`")).toEqual([
      { text: "a `` b ", code: false },
      { text: "c", code: true },
    ]);
  });

  it("loses no character of the text", () => {
    for (const text of ["", "`", "``", "```", "x`y`z`", "`a``b`", "日本語 `2 9` です"]) {
      const joined = splitCode(text)
        .map((part) => (part.code ? `\`${part.text}\`` : part.text))
        .join("");
      expect(joined).toBe(text);
    }
  });
});
