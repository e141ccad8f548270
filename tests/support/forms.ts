/** A form as a browser sends it to a Server Action; a list value sends its name once per item. */
export function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(key, item);
  return data;
}

/** Where the action redirected, or the words of the error it answered with: the action runs once. */
export async function outcome(run: () => Promise<unknown>): Promise<string> {
  try {
    return ((await run()) as { error?: string } | null)?.error ?? "";
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2] ?? "";
    throw error;
  }
}
