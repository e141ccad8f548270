/**
 * A form's fields as a plain object for a zod schema, or null when `data` is not a form.
 *
 * A Server Action's arguments come from the client and can be any value React can decode,
 * not only the FormData the page's form sends; an action asks this instead of trusting its
 * parameter's type, and answers null with its own "form not understood" error.
 * Names in `lists` keep every value sent under them (a group of checkboxes), as an array;
 * any other repeated name keeps its last value.
 */
export function fieldsOf(data: unknown, lists: readonly string[] = []): Record<string, unknown> | null {
  if (!(data instanceof FormData)) return null;
  const fields: Record<string, unknown> = Object.fromEntries(data);
  for (const name of lists) fields[name] = data.getAll(name);
  return fields;
}
