/**
 * Where control can go after each statement when nothing unusual happens: the next
 * statement, a loop's header or exit, an if's branches, the end of the function. Exceptions,
 * `finally` and generators are left out: these only feed explanations, never verdicts.
 */
import { CLAUSES, END, siblingsOf, statementById, type ProgramModel, type Statement, type StatementKind } from "./statements";

/** The line whose event fires when control reaches `statement` (`else:` has none of its own). */
export function arrival(model: ProgramModel, statement: Statement | undefined): number {
  if (!statement) return END;
  if (statement.kind === "else" || statement.kind === "finally") return arrival(model, statementById(model, statement.children[0]));
  return statement.line;
}

/** The clause after `statement` in its if/for/while/try chain (elif, else, …), if any. */
export function nextClause(model: ProgramModel, statement: Statement): Statement | undefined {
  const siblings = siblingsOf(model, statement);
  const next = statementById(model, siblings[siblings.indexOf(statement.id) + 1]);
  return next && CLAUSES.has(next.kind) ? next : undefined;
}

/** The statement that opens the chain `clause` belongs to (`if` for an `elif`), or itself. */
function chainHead(model: ProgramModel, clause: Statement): Statement {
  const siblings = siblingsOf(model, clause);
  let index = siblings.indexOf(clause.id);
  let current = clause;
  while (CLAUSES.has(current.kind) && index > 0) {
    index -= 1;
    current = statementById(model, siblings[index]) ?? current;
  }
  return current;
}

/** Where control goes when `statement` (with all its clauses) is done and nothing jumps. */
export function fallThrough(model: ProgramModel, statement: Statement): number {
  const siblings = siblingsOf(model, statement);
  let index = siblings.indexOf(statement.id) + 1;
  while (CLAUSES.has(statementById(model, siblings[index])?.kind ?? "other")) index += 1;
  const next = statementById(model, siblings[index]);
  if (next) return arrival(model, next);
  const parent = statementById(model, statement.parent);
  if (!parent || parent.kind === "def" || parent.kind === "class") return END;
  if (parent.kind === "for" || parent.kind === "while") return parent.line;
  return fallThrough(model, chainHead(model, parent));
}

/** The innermost loop around `statement` within its function, if any. */
export function enclosingLoop(model: ProgramModel, statement: Statement): Statement | undefined {
  let current = statementById(model, statement.parent);
  while (current && current.kind !== "def" && current.kind !== "class") {
    if (current.kind === "for" || current.kind === "while") return current;
    current = statementById(model, current.parent);
  }
  return undefined;
}

/** Where a loop goes when it ends normally: its `else:` body, or what follows it. */
export function loopExit(model: ProgramModel, loop: Statement): number {
  const clause = nextClause(model, loop);
  return clause?.kind === "else" ? arrival(model, clause) : fallThrough(model, loop);
}

/** Where an if/elif goes when its condition is False. */
export function falseBranch(model: ProgramModel, test: Statement): number {
  const clause = nextClause(model, test);
  if (clause?.kind === "elif") return clause.line;
  if (clause?.kind === "else") return arrival(model, clause);
  return fallThrough(model, test);
}

/** The first line of a header's body (its own line when the body is inline). */
export function bodyStart(model: ProgramModel, header: Statement): number {
  return header.opensBody ? arrival(model, statementById(model, header.children[0])) : header.line;
}

function jumpTargets(model: ProgramModel, statement: Statement, kind: StatementKind): number[] {
  const loop = enclosingLoop(model, statement);
  switch (kind) {
    case "return":
    case "raise":
      return [END];
    case "break":
      return loop ? [fallThrough(model, loop)] : [];
    case "continue":
      return loop ? [loop.line] : [];
    default:
      return [fallThrough(model, statement)];
  }
}

export function successors(model: ProgramModel, statement: Statement): number[] {
  const inline = statement.inlineKind === null ? [] : jumpTargets(model, statement, statement.inlineKind);
  const body = statement.opensBody ? [bodyStart(model, statement)] : inline;
  switch (statement.kind) {
    case "def":
    case "class":
      return [fallThrough(model, statement)];
    case "if":
    case "elif":
      return [...body, falseBranch(model, statement)];
    case "for":
    case "while":
      // An inline loop (`for x in xs: total += x`) runs its body on its own line.
      if (!statement.opensBody) return [statement.line, fallThrough(model, statement)];
      return [...body, loopExit(model, statement)];
    case "else":
    case "try":
    case "except":
    case "finally":
    case "with":
      return body.length > 0 ? body : [fallThrough(model, statement)];
    default:
      return jumpTargets(model, statement, statement.kind);
  }
}

/** Whether `line` is inside the body of `header` (at any depth). */
export function isInside(model: ProgramModel, line: number, header: Statement): boolean {
  let current = statementById(model, model.statementAt[line]);
  while (current) {
    if (current.parent === header.id) return true;
    current = statementById(model, current.parent);
  }
  return false;
}
