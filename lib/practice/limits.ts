/** The longest line the server judges: Python states can be long, a 60-digit sum's line is ~300 characters. */
export const MAX_LINE_LENGTH = 10_000;
