/**
 * The shape of a program: its statements (statements.ts), where control can go after each
 * (flow.ts), and the functions and classes whose calls make frames. The judge and the hints
 * use it to say why a line runs next ("the condition is False, so its body is skipped"); it
 * never decides whether a line is right, the reference trace does. So it can afford to be
 * approximate where Python is subtle (exceptions, `finally`, generators).
 */
import { arrival, successors } from "./flow";
import { segments } from "./source-text";
import { readStatements, statementById, type Block, type ProgramModel, type Statement } from "./statements";

export { END, type Block, type ProgramModel, type Statement, type StatementKind } from "./statements";

export function buildProgram(program: string): ProgramModel {
  const model = readStatements(program);
  for (const statement of model.statements) statement.successors = successors(model, statement);
  for (const statement of model.statements) {
    if (statement.kind === "def" || statement.kind === "class") model.blocks[statement.id] = block(model, statement);
  }
  return model;
}

function block(model: ProgramModel, header: Statement): Block {
  const name = /^(?:async\s+)?(?:def|class)\s+([\p{L}\p{N}_]+)/u.exec(header.code)?.[1] ?? "";
  if (header.kind === "class") {
    return { id: header.id, kind: "class", name, entry: header.line, params: [], callNames: [name] };
  }
  const [first, second] = header.children.map((id) => statementById(model, id));
  // A docstring is no code: the call's first event is at the statement after it.
  const isDocstring = first !== undefined && /^[rRuU]?("""|'''|"|')/u.test(first.code) && segments(first.code).length === 1;
  const entry = arrival(model, isDocstring ? second : first);
  const owner = statementById(model, header.parent);
  const constructs = owner?.kind === "class" && (name === "__init__" || name === "__new__");
  const className = constructs ? /^class\s+([\p{L}\p{N}_]+)/u.exec(owner.code)?.[1] : undefined;
  return { id: header.id, kind: "def", name, entry, params: params(header.code), callNames: className ? [name, className] : [name] };
}

/** Parameter names of a `def` header: defaults, annotations and `*`/`**` removed. */
function params(code: string): string[] {
  const open = code.indexOf("(");
  if (open === -1) return [];
  const names: string[] = [];
  let depth = 0;
  let part = "";
  const take = () => {
    const name = /^\**\s*([\p{L}\p{N}_]+)/u.exec(part.trim())?.[1];
    if (name) names.push(name);
    part = "";
  };
  for (const segment of segments(code.slice(open + 1))) {
    if (segment.kind !== "code") {
      part += depth === 0 ? "" : segment.text;
      continue;
    }
    for (const char of segment.text) {
      if (depth === 0 && (char === "," || char === ")")) {
        take();
        if (char === ")") return names;
        continue;
      }
      if ("([{".includes(char)) depth += 1;
      if (")]}".includes(char)) depth -= 1;
      part += char;
    }
  }
  take();
  return names;
}
