/** "1 session", "3 sessions": a count with its noun, plural when it is not one. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
