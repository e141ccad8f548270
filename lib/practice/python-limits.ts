export { MAX_PROGRAM_CHARS } from "../python/trace";

/** Programs students trace by hand: more `line:` steps than this are refused when saved. */
export const MAX_STUDENT_STEPS = 200;
