/**
 * Request bodies read with a byte limit, for every route handler that takes one.
 *
 * `request.json()` reads whatever a client sends and builds it whole: 10 MB of `[[[…]]]`
 * kept the server busy for seconds, and 200 MB was accepted. Here a body over its limit is
 * refused before any of it is parsed, from Content-Length when the client sent one and
 * otherwise by counting bytes as they arrive and cancelling the stream at the limit; JSON
 * nested deeper than the route's schema could ever need is refused without building it.
 */

export const KIB = 1024;

/** Why a body was refused; the status is what the route answers with. */
export type BodyRefusal =
  | { ok: false; status: 413; reason: "tooLarge"; maxBytes: number }
  | { ok: false; status: 400; reason: "tooDeep"; maxDepth: number }
  | { ok: false; status: 400; reason: "notText" | "notJson" };

export type BodyResult<T> = { ok: true; value: T } | BodyRefusal;

export interface JsonBodyLimits {
  /** The most bytes the body may have (what the route's schema can need, with room to spare). */
  maxBytes: number;
  /** The deepest nesting of arrays and objects the route's schema can need. */
  maxDepth: number;
}

const tooLarge = (maxBytes: number): BodyRefusal => ({ ok: false, status: 413, reason: "tooLarge", maxBytes });

/** The declared length, or null when there is none or it is not a plain number. */
function declaredLength(request: Request): number | null {
  const value = request.headers.get("content-length")?.trim();
  return value && /^\d+$/.test(value) ? Number(value) : null;
}

/** The body's bytes, or a refusal once there are more than `maxBytes`. */
async function readBytes(request: Request, maxBytes: number): Promise<BodyResult<Uint8Array>> {
  const declared = declaredLength(request);
  // Nothing is read: the refusal costs the same whatever the client goes on sending.
  if (declared !== null && declared > maxBytes) {
    await request.body?.cancel().catch(() => undefined);
    return tooLarge(maxBytes);
  }
  if (!request.body) return { ok: true, value: new Uint8Array(0) };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    // A Content-Length may understate the body, and a chunked body has none: the count decides.
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, value: bytes };
}

/** The body as UTF-8 text of at most `maxBytes` bytes; malformed UTF-8 is refused, never replaced. */
export async function readTextBody(request: Request, maxBytes: number): Promise<BodyResult<string>> {
  const bytes = await readBytes(request, maxBytes);
  if (!bytes.ok) return bytes;
  try {
    return { ok: true, value: new TextDecoder("utf-8", { fatal: true }).decode(bytes.value) };
  } catch {
    return { ok: false, status: 400, reason: "notText" };
  }
}

/**
 * Whether `text`, read as JSON, nests arrays and objects deeper than `maxDepth`. One pass,
 * constant memory: brackets inside strings do not count. Malformed JSON is left to
 * JSON.parse; this only has to be right about the depth JSON.parse would reach.
 */
export function nestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c /* \ */) i++;
      else if (code === 0x22 /* " */) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x5b /* [ */ || code === 0x7b /* { */) {
      if (++depth > maxDepth) return true;
    } else if (code === 0x5d /* ] */ || code === 0x7d /* } */) {
      depth--;
    }
  }
  return false;
}

/** The body parsed as JSON, within the route's limits; the value is unknown until a schema checks it. */
export async function readJsonBody(request: Request, limits: JsonBodyLimits): Promise<BodyResult<unknown>> {
  const text = await readTextBody(request, limits.maxBytes);
  if (!text.ok) return text;
  if (nestsDeeperThan(text.value, limits.maxDepth)) return { ok: false, status: 400, reason: "tooDeep", maxDepth: limits.maxDepth };
  try {
    return { ok: true, value: JSON.parse(text.value) as unknown };
  } catch {
    return { ok: false, status: 400, reason: "notJson" };
  }
}
