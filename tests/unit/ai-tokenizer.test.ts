import { describe, expect, it } from "vitest";
import { answerEnd } from "@/lib/ai/local/decode";
import { Tokenizer } from "@/lib/ai/local/tokenizer";

/**
 * Made by training/tokenizer.py itself (encode, decode, positions) with the vocabularies of
 * the --tiny addition (words) and polynomial (chars) cards: unknown symbols, doubled spaces,
 * empty lines, pads and <eos> in the ids, a character outside the basic plane.
 */
const PYTHON: Record<"words" | "chars", { tokenizer: { scheme: "words" | "chars"; vocab: string[] }; cases: { text?: string; ids: number[]; decoded: string; positions?: number[][] }[] }> = {
  words: {
    tokenizer: {"scheme": "words", "vocab": ["<pad>", "<eos>", "<unk>", "\n", "#", "+", ",", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "</scratch>", "<scratch>", "=", "C:", "added", "carry"]},
    cases: [
      {"text": "2 9 + 5 7\n", "ids": [9, 16, 5, 12, 14, 3], "decoded": "2 9 + 5 7\n", "positions": [[0, 0, 0], [1, 0, 1], [2, 0, 2], [3, 0, 3], [4, 0, 4], [5, 0, 5]]},
      {"text": "<scratch>\n2 9 + 5 7 , C: 0\n2 + 5 , 6 C: 1 # added 9 + 7 = 6 carry 1\n, 8 6 C: 0 # added 2 + 5 + 1 = 8 carry 0\n0 8 6\n</scratch>\n8 6", "ids": [18, 3, 9, 16, 5, 12, 14, 6, 20, 7, 3, 9, 5, 12, 6, 13, 20, 8, 4, 21, 16, 5, 14, 19, 13, 22, 8, 3, 6, 15, 13, 20, 7, 4, 21, 9, 5, 12, 5, 8, 19, 15, 22, 7, 3, 7, 15, 13, 3, 17, 3, 15, 13], "decoded": "<scratch>\n2 9 + 5 7 , C: 0\n2 + 5 , 6 C: 1 # added 9 + 7 = 6 carry 1\n, 8 6 C: 0 # added 2 + 5 + 1 = 8 carry 0\n0 8 6\n</scratch>\n8 6", "positions": [[0, 0, 0], [1, 0, 1], [2, 1, 0], [3, 1, 1], [4, 1, 2], [5, 1, 3], [6, 1, 4], [7, 1, 5], [8, 1, 6], [9, 1, 7], [10, 1, 8], [11, 2, 0], [12, 2, 1], [13, 2, 2], [14, 2, 3], [15, 2, 4], [16, 2, 5], [17, 2, 6], [18, 2, 7], [19, 2, 8], [20, 2, 9], [21, 2, 10], [22, 2, 11], [23, 2, 12], [24, 2, 13], [25, 2, 14], [26, 2, 15], [27, 2, 16], [28, 3, 0], [29, 3, 1], [30, 3, 2], [31, 3, 3], [32, 3, 4], [33, 3, 5], [34, 3, 6], [35, 3, 7], [36, 3, 8], [37, 3, 9], [38, 3, 10], [39, 3, 11], [40, 3, 12], [41, 3, 13], [42, 3, 14], [43, 3, 15], [44, 3, 16], [45, 4, 0], [46, 4, 1], [47, 4, 2], [48, 4, 3], [49, 5, 0], [50, 5, 1], [51, 6, 0], [52, 6, 1]]},
      {"text": "12 + 3", "ids": [2, 5, 10], "decoded": "<unk> + 3", "positions": [[0, 0, 0], [1, 0, 1], [2, 0, 2]]},
      {"text": "1  2\n\n3 ", "ids": [8, 2, 9, 3, 3, 10, 2], "decoded": "1 <unk> 2\n\n3 <unk>", "positions": [[0, 0, 0], [1, 0, 1], [2, 0, 2], [3, 0, 3], [4, 1, 0], [5, 2, 0], [6, 2, 1]]},
      {"text": "\n", "ids": [3], "decoded": "\n", "positions": [[0, 0, 0]]},
      {"text": "", "ids": [], "decoded": "", "positions": []},
      {"ids": [3, 0, 9, 3, 10, 0, 11, 1, 12], "decoded": "\n2\n3 4"},
    ],
  },
  chars: {
    tokenizer: {"scheme": "chars", "vocab": ["<pad>", "<eos>", "<unk>", "\n", " ", "*", "+", "-", "/", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", ":", "<", "=", ">", "E", "a", "c", "e", "h", "l", "r", "s", "t", "u", "v", "x"]},
    cases: [
      {"text": "Evaluate 3*x**2 - 5*x + 7 at x = 4\n", "ids": [23, 33, 24, 28, 32, 24, 31, 26, 4, 12, 5, 34, 5, 5, 11, 4, 7, 4, 14, 5, 34, 4, 6, 4, 16, 4, 24, 31, 4, 34, 4, 21, 4, 13, 3], "decoded": "Evaluate 3*x**2 - 5*x + 7 at x = 4\n", "positions": [[0, 0, 0], [1, 0, 1], [2, 0, 2], [3, 0, 3], [4, 0, 4], [5, 0, 5], [6, 0, 6], [7, 0, 7], [8, 0, 8], [9, 0, 9], [10, 0, 10], [11, 0, 11], [12, 0, 12], [13, 0, 13], [14, 0, 14], [15, 0, 15], [16, 0, 16], [17, 0, 17], [18, 0, 18], [19, 0, 19], [20, 0, 20], [21, 0, 21], [22, 0, 22], [23, 0, 23], [24, 0, 24], [25, 0, 25], [26, 0, 26], [27, 0, 27], [28, 0, 28], [29, 0, 29], [30, 0, 30], [31, 0, 31], [32, 0, 32], [33, 0, 33], [34, 0, 34]]},
      {"text": "<scratch>\n3*x**2: 48\n-5*x: -20\n7: 7\n</scratch>\n35", "ids": [20, 30, 25, 29, 24, 31, 25, 27, 22, 3, 12, 5, 34, 5, 5, 11, 19, 4, 13, 17, 3, 7, 14, 5, 34, 19, 4, 7, 11, 9, 3, 16, 19, 4, 16, 3, 20, 8, 30, 25, 29, 24, 31, 25, 27, 22, 3, 12, 14], "decoded": "<scratch>\n3*x**2: 48\n-5*x: -20\n7: 7\n</scratch>\n35", "positions": [[0, 0, 0], [1, 0, 1], [2, 0, 2], [3, 0, 3], [4, 0, 4], [5, 0, 5], [6, 0, 6], [7, 0, 7], [8, 0, 8], [9, 0, 9], [10, 1, 0], [11, 1, 1], [12, 1, 2], [13, 1, 3], [14, 1, 4], [15, 1, 5], [16, 1, 6], [17, 1, 7], [18, 1, 8], [19, 1, 9], [20, 1, 10], [21, 2, 0], [22, 2, 1], [23, 2, 2], [24, 2, 3], [25, 2, 4], [26, 2, 5], [27, 2, 6], [28, 2, 7], [29, 2, 8], [30, 2, 9], [31, 3, 0], [32, 3, 1], [33, 3, 2], [34, 3, 3], [35, 3, 4], [36, 4, 0], [37, 4, 1], [38, 4, 2], [39, 4, 3], [40, 4, 4], [41, 4, 5], [42, 4, 6], [43, 4, 7], [44, 4, 8], [45, 4, 9], [46, 4, 10], [47, 5, 0], [48, 5, 1]]},
      {"text": "Évaluer x!", "ids": [2, 33, 24, 28, 32, 26, 29, 4, 34, 2], "decoded": "<unk>valuer x<unk>", "positions": [[0, 0, 0], [1, 0, 1], [2, 0, 2], [3, 0, 3], [4, 0, 4], [5, 0, 5], [6, 0, 6], [7, 0, 7], [8, 0, 8], [9, 0, 9]]},
      {"text": "aé😀b", "ids": [24, 2, 2, 2], "decoded": "a<unk><unk><unk>", "positions": [[0, 0, 0], [1, 0, 1], [2, 0, 2], [3, 0, 3]]},
      {"ids": [3, 0, 9, 3, 10, 0, 11, 1, 12], "decoded": "\n0\n12"},
    ],
  },
};

describe.each(Object.entries(PYTHON))("tokenizer (%s) as training/tokenizer.py", (_scheme, { tokenizer: spec, cases }) => {
  const tokenizer = new Tokenizer(spec);

  it.each(cases.filter((c) => c.text !== undefined))("encodes %j with Python's ids and positions", ({ text, ids, positions }) => {
    expect(tokenizer.encode(text ?? "")).toEqual(ids);
    expect(tokenizer.positions(ids).positions).toEqual(positions);
  });

  it.each(cases)("decodes $ids as Python does", ({ ids, decoded }) => {
    expect(tokenizer.decode(ids)).toBe(decoded);
  });

  it("streams pieces that add up to the decoded text", () => {
    for (const { ids, decoded } of cases) {
      const piece = tokenizer.detokenizer();
      const untilEos = ids.indexOf(tokenizer.eosId) >= 0 ? ids.slice(0, ids.indexOf(tokenizer.eosId)) : ids;
      expect(untilEos.map(piece).join("")).toBe(decoded);
    }
  });

  it("round-trips the targets exactly and names what it does not know", () => {
    for (const { text } of cases) {
      if (text === undefined || tokenizer.unknown(text).length > 0) continue;
      expect(tokenizer.decode(tokenizer.encode(text))).toBe(text);
    }
    expect(tokenizer.unknown(spec.scheme === "words" ? "12 + 3" : "Évaluer")).toEqual(spec.scheme === "words" ? ["12"] : ["É"]);
  });
});

describe("tokenizer: positions", () => {
  const tokenizer = new Tokenizer(PYTHON.words.tokenizer);

  it("continues from a state: a newline belongs to the line it ends (export.py's trace input)", () => {
    const [seven] = tokenizer.encode("7");
    const ids = [seven ?? -1, seven ?? -1, tokenizer.newlineId, seven ?? -1];
    const { positions, next } = tokenizer.positions(ids, [2, 0, 2]);
    expect(positions).toEqual([[2, 0, 2], [3, 0, 3], [4, 0, 4], [5, 1, 0]]);
    expect(next).toEqual([6, 1, 1]);
  });
});

describe("answerEnd: where a model has finished without <eos>", () => {
  const words = new Tokenizer(PYTHON.words.tokenizer);
  const chars = new Tokenizer(PYTHON.chars.tokenizer);
  /** Index of the first id the rule stops at, or -1. */
  const stopAt = (tokenizer: Tokenizer, variant: "scratchpad" | "direct", text: string) => {
    const ends = answerEnd(tokenizer, variant);
    return tokenizer.encode(text).findIndex((id) => ends(id));
  };

  it("stops at the newline after the line that follows </scratch>", () => {
    const text = "<scratch>\n0 8 6\n</scratch>\n8 6\n9";
    expect(stopAt(words, "scratchpad", text)).toBe(words.encode("<scratch>\n0 8 6\n</scratch>\n8 6").length);
    expect(stopAt(chars, "scratchpad", "<scratch>\n7: 7\n</scratch>\n35\n")).toBe(chars.encode("<scratch>\n7: 7\n</scratch>\n35").length);
  });

  it("does not stop inside the scratchpad, nor on a line that only starts like </scratch>", () => {
    expect(stopAt(words, "scratchpad", "<scratch>\n0 8 6\n0 8 6\n")).toBe(-1);
    expect(stopAt(chars, "scratchpad", "<scratch>\n</scratch>x\n35\n")).toBe(-1);
  });

  it("stops a direct model at its first newline", () => {
    expect(stopAt(words, "direct", "8 6\n1")).toBe(2);
  });
});
