/** The longest line the server will judge; a scratchpad line for 60-digit sums is ~300 characters. */
export const MAX_LINE_LENGTH = 2000;
