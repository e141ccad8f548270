/**
 * Japanese titles of the Python bank's programs, and the title a reader sees in their
 * language. The database stores each bank problem once, with its English title (the seed
 * writes python-bank.ts as it is), so the translation is looked up when a title is shown,
 * not stored. tests/unit/python-bank-titles.test.ts checks that every slug has one.
 */
import type { Locale } from "../scratchpad/types";
import { pythonBank } from "./python-bank";

/** By slug. A slug added to the bank without a title here fails the unit test. */
export const pythonBankTitlesJa: Readonly<Record<string, string>> = {
  "double-it": "2 倍にする",
  "say-hello": "あいさつする",
  "rectangle-area": "長方形の面積",
  "swap-two": "2 つの値を入れ替える",
  "bigger-of-two": "2 つのうち大きいほう",
  "last-letter": "最後の文字",
  "is-it-even": "偶数かどうか",
  "distance-on-a-line": "数直線上の距離",
  shout: "大声で叫ぶ",
  "add-to-list": "リストに追加する",
  "price-lookup": "値段を調べる",
  halfway: "2 つの数の真ん中",
  "one-item-total": "要素が 1 つのループ",
  "count-up": "`range` の合計",
  "count-vowels": "母音を数える",
  "reverse-a-word": "単語を逆さにする",
  "factorial-loop": "ループで階乗",
  "first-negative": "最初の負の数",
  "grade-letter": "成績の評価",
  countdown: "カウントダウン",
  "contains-word": "その単語はある？",
  "squares-comprehension": "1 行で 2 乗のリスト",
  "min-and-max": "最小と最大",
  "pairs-total": "得点の合計",
  "sign-of": "数の符号",
  "join-with-dashes": "ハイフンでつなぐ",
  "repeat-word": "単語を繰り返す",
  "first-and-rest": "先頭と残り",
  "average-of-three": "3 つの数の平均",
  "largest-in-list": "リストの最大値",
  "letter-counts": "文字ごとに数える",
  "sum-of-squares": "2 つの数の 2 乗の和",
  "greatest-common-divisor": "最大公約数",
  "digit-sum": "各桁の和",
  "keep-the-evens": "偶数だけ残す",
  "running-totals": "累積和",
  "to-binary": "2 進数で書く",
  "capitalise-words": "各単語の先頭を大文字に",
  "recursive-factorial": "再帰で階乗",
  "tally-class": "数取りカウンター",
  "index-of-max": "最大値はどこ？",
  "unique-in-order": "順番を保って重複を除く",
  "fizz-buzz-short": "Fizz と Buzz",
  "palindrome-check": "回文かどうか",
  "word-lengths": "各単語の長さ",
  "count-above": "何人が合格？",
  "fibonacci-recursive": "再帰でフィボナッチ数",
  "recursive-list-sum": "再帰でリストの合計",
  "binary-search": "二分探索",
  "run-length": "ランレングス符号化",
  "parse-and-average": "数を読み取って平均する",
  "times-table": "小さな九九の表",
  "bank-account": "銀行口座",
  "shift-letters": "文字をずらす",
  "balanced-brackets": "括弧の対応",
  "collatz-steps": "コラッツの手順数",
  "merge-counts": "2 つの集計を合わせる",
  "second-largest": "2 番目に大きい数",
  "insertion-sort": "挿入ソート",
  "fast-power": "半分に分けてべき乗",
  "selection-sort": "選択ソート",
  "anagram-groups": "アナグラムをまとめる",
  "flatten-nested": "入れ子のリストを平らにする",
  "towers-of-hanoi": "ハノイの塔",
  "primes-below": "ある数より小さい素数",
  "roman-numerals": "ローマ数字",
  "merge-sorted": "整列済みの 2 つのリストを併合",
  "points-on-a-grid": "格子上の点",
};

const SEPARATOR = "\u0000";

// The database keeps no slug: a bank problem is known by its English title and program,
// both copied from python-bank.ts by the seed.
const byTitleAndProgram = new Map(pythonBank.map((entry) => [`${entry.title}${SEPARATOR}${entry.program}`, entry.slug]));
const byTitle = new Map(pythonBank.map((entry) => [entry.title, entry.slug]));

/**
 * The title of `problem` as a reader of `locale` sees it: a bank program's translation, or
 * the stored title (null stays null, so that callers keep their own "untitled" text).
 * Without `source` the problem is not taken for a bank one; without `input`, the title
 * alone identifies the bank program (bank titles are unique).
 */
export function problemTitle(problem: { source?: string; title: string | null; input?: string }, locale: Locale): string | null {
  const { source, title, input } = problem;
  if (locale !== "ja" || source !== "bank" || title === null) return title;
  const slug = input === undefined ? byTitle.get(title) : byTitleAndProgram.get(`${title}${SEPARATOR}${input}`);
  return (slug !== undefined ? pythonBankTitlesJa[slug] : undefined) ?? title;
}
