/**
 * The models' tokenizer, exactly as training/tokenizer.py: "words" = one token per
 * space-separated symbol plus "\n" as a token of its own; "chars" = one token per code
 * point. The vocabulary comes from the model card, so ids always match the model.
 */
import type { TokenizerSpec } from "./card";

export const NEWLINE = "\n";
const PAD = "<pad>";
const EOS = "<eos>";
const UNK = "<unk>";

/** (absolute, line, column) of the next token: training/tokenizer.py `positions`. */
export type Position = readonly [absolute: number, line: number, column: number];

export class Tokenizer {
  readonly scheme: TokenizerSpec["scheme"];
  readonly vocab: readonly string[];
  readonly padId: number;
  readonly eosId: number;
  readonly unkId: number;
  readonly newlineId: number;
  private readonly index: Map<string, number>;

  constructor({ scheme, vocab }: TokenizerSpec) {
    this.scheme = scheme;
    this.vocab = vocab;
    // Later duplicates win, as in Python's dict comprehension.
    this.index = new Map(vocab.map((token, id) => [token, id]));
    this.padId = this.required(PAD);
    this.eosId = this.required(EOS);
    this.unkId = this.required(UNK);
    this.newlineId = this.required(NEWLINE);
  }

  private required(token: string): number {
    const id = this.index.get(token);
    if (id === undefined) throw new Error(`the vocabulary has no ${JSON.stringify(token)} token`);
    return id;
  }

  split(text: string): string[] {
    // Array.from splits by code point, as Python's list(str) does.
    if (this.scheme === "chars") return Array.from(text);
    return text.split(NEWLINE).flatMap((line, i) => [...(i > 0 ? [NEWLINE] : []), ...(line === "" ? [] : line.split(" "))]);
  }

  encode(text: string): number[] {
    return this.split(text).map((token) => this.index.get(token) ?? this.unkId);
  }

  /** The pieces of `text` that are not in the vocabulary (they would become <unk>). */
  unknown(text: string): string[] {
    return this.split(text).filter((token) => !this.index.has(token));
  }

  /** Text of generated ids, stopping at <eos>: the inverse of encode for known tokens. */
  decode(ids: Iterable<number>): string {
    const text = this.detokenizer();
    let out = "";
    for (const id of ids) {
      if (id === this.eosId) break;
      out += text(id);
    }
    return out;
  }

  /**
   * A decoder for ids that arrive one at a time: each call returns what the id adds to the
   * text, so that the pieces of a stream concatenate to exactly `decode` of all its ids.
   */
  detokenizer(): (id: number) => string {
    let previous: number | undefined;
    return (id) => {
      if (id === this.padId) return "";
      const token = this.vocab[id] ?? UNK;
      const spaced = this.scheme === "words" && previous !== undefined && id !== this.newlineId && previous !== this.newlineId;
      previous = id;
      return spaced ? ` ${token}` : token;
    };
  }

  /** The positions of `ids` continuing from `start`; a newline belongs to the line it ends. */
  positions(ids: readonly number[], start: Position = [0, 0, 0]): { positions: Position[]; next: Position } {
    let [absolute, line, column] = start;
    const positions: Position[] = [];
    for (const id of ids) {
      positions.push([absolute, line, column]);
      absolute += 1;
      if (id === this.newlineId) [line, column] = [line + 1, 0];
      else column += 1;
    }
    return { positions, next: [absolute, line, column] };
  }
}
