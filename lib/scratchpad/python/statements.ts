/**
 * A program's statements, read from its indentation: each statement's lines, kind, body and
 * the function or class it sits in. Python is not parsed, only its layout and keywords, which
 * is all the explanations need (see program.ts for why approximate is enough).
 */
import { normalizeSource, segments } from "./source-text";

/** Where control goes when a function, class body or the program ends. */
export const END = 0;

export type StatementKind =
  | "def" | "class" | "if" | "elif" | "else" | "for" | "while" | "try" | "except" | "finally" | "with"
  | "return" | "raise" | "break" | "continue" | "other";

export interface Statement {
  id: number;
  /** First and last physical line (1-based): a statement may continue over several. */
  line: number;
  lastLine: number;
  indent: number;
  kind: StatementKind;
  /** The statement's code on one line, comments removed. */
  code: string;
  /** True when a body follows on the next lines (the code ends with `:`). */
  opensBody: boolean;
  /** The kind of a body on the header's own line (`if x: return y`), or null. */
  inlineKind: StatementKind | null;
  parent: number | null;
  children: number[];
  /** The innermost def or class this statement belongs to (its id), or null for the module. */
  block: number | null;
  /** Lines where control can go next within the same frame; END when the frame can end here. */
  successors: number[];
}

export interface Block {
  id: number;
  kind: "def" | "class";
  name: string;
  /** The line whose event starts a call: the first body statement, or a class's own line. */
  entry: number;
  params: string[];
  /** Names whose call in a line's text starts this block (`Point(` starts `Point.__init__`). */
  callNames: string[];
}

export interface ProgramModel {
  /** Physical lines, stripped, 1-based (index 0 unused): exactly the trace's `line:` texts. */
  lines: string[];
  /** The same lines in comparable form (source-text.ts), comments dropped. */
  normalized: string[];
  /** The statement each physical line belongs to, or -1 (blank, comment). */
  statementAt: number[];
  statements: Statement[];
  blocks: Record<number, Block>;
}

const COMPOUND = /^(?:async\s+)?(def|class|if|elif|else|for|while|try|except|finally|with)\b/u;
const SIMPLE = /^(return|raise|break|continue)\b/u;
export const CLAUSES = new Set<StatementKind>(["elif", "else", "except", "finally"]);

function kindOf(code: string): StatementKind {
  const compound = COMPOUND.exec(code)?.[1];
  if (compound) return compound as StatementKind;
  return (SIMPLE.exec(code)?.[1] as StatementKind | undefined) ?? "other";
}

function indentWidth(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === " ") width += 1;
    else if (char === "\t") width += 8 - (width % 8);
    else if (char === "\f") width = 0;
    else break;
  }
  return width;
}

/** Physical lines split as the tracer splits them. */
function physicalLines(program: string): string[] {
  return program.split(/\r\n|\r|\n/);
}

/** Statements as [first line, last line, code]: joins lines inside brackets, strings or after `\`. */
function logicalLines(program: string): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  let depth = 0;
  let line = 1;
  let start = 1;
  let code = "";
  const finish = () => {
    if (code.trim() !== "") out.push([start, line, code.trim()]);
    code = "";
    start = line + 1;
  };
  for (const segment of segments(program.replace(/\r\n?/g, "\n"))) {
    if (segment.kind === "comment") continue;
    if (segment.kind === "string") {
      code += segment.text.replace(/\n/g, " ");
      line += segment.text.split("\n").length - 1;
      continue;
    }
    for (const char of segment.text) {
      if (char === "\n") {
        if (depth === 0 && !code.trimEnd().endsWith("\\")) finish();
        else code = `${code.replace(/\\\s*$/u, "")} `;
        line += 1;
        if (depth === 0 && code === "") start = line;
        continue;
      }
      if ("([{".includes(char)) depth += 1;
      if (")]}".includes(char)) depth = Math.max(0, depth - 1);
      code += char;
    }
  }
  finish();
  return out;
}

/** The first top-level `:` of a header, or -1: what follows it is an inline body. */
function headerColon(code: string): number {
  let depth = 0;
  let offset = 0;
  for (const segment of segments(code)) {
    if (segment.kind === "code") {
      for (let i = 0; i < segment.text.length; i += 1) {
        const char = segment.text[i] ?? "";
        if ("([{".includes(char)) depth += 1;
        else if (")]}".includes(char)) depth -= 1;
        else if (char === ":" && depth === 0 && segment.text[i + 1] !== "=") return offset + i;
      }
    }
    offset += segment.text.length;
  }
  return -1;
}

/**
 * The program's statements with their nesting; successors and blocks are left empty for
 * program.ts, which needs the control flow (flow.ts) to fill them.
 */
export function readStatements(program: string): ProgramModel {
  const physical = physicalLines(program);
  const lines = ["", ...physical.map((text) => text.trim())];
  const statementAt = lines.map(() => -1);
  const statements: Statement[] = [];
  const open: Statement[] = [];
  for (const [first, last, code] of logicalLines(program)) {
    const indent = indentWidth(physical[first - 1] ?? "");
    while (open.length > 0 && indent <= (open.at(-1)?.indent ?? 0)) open.pop();
    const kind = kindOf(code);
    const colon = kind === "other" || SIMPLE.test(code) ? -1 : headerColon(code);
    const after = colon === -1 ? "" : code.slice(colon + 1).trim();
    const parent = open.at(-1) ?? null;
    const statement: Statement = {
      id: statements.length,
      line: first,
      lastLine: last,
      indent,
      kind,
      code,
      opensBody: colon !== -1 && after === "",
      inlineKind: colon !== -1 && after !== "" ? kindOf(after) : null,
      parent: parent?.id ?? null,
      children: [],
      block: parent === null ? null : parent.kind === "def" || parent.kind === "class" ? parent.id : parent.block,
      successors: [],
    };
    statements.push(statement);
    parent?.children.push(statement.id);
    for (let n = first; n <= last && n < statementAt.length; n += 1) statementAt[n] = statement.id;
    if (statement.opensBody) open.push(statement);
  }
  return {
    lines,
    normalized: lines.map((text) => normalizeSource(text)),
    statementAt,
    statements,
    blocks: {},
  };
}

/** The statements in the same body as `statement` (ids, in order), itself included. */
export function siblingsOf(model: ProgramModel, statement: Statement): number[] {
  if (statement.parent !== null) return model.statements[statement.parent]?.children ?? [];
  return model.statements.filter((s) => s.parent === null).map((s) => s.id);
}

/** Tolerates the nulls and -1s of the model's links, so callers need not. */
export function statementById(model: ProgramModel, id: number | null | undefined): Statement | undefined {
  return id === null || id === undefined ? undefined : model.statements[id];
}

