// When the database cannot answer, actions and route handlers say so in the person's
// language, with the action's typed error or a 503/507 a client can retry after; Next's
// redirect() and any other error still go through.
import { describe, expect, it } from "vitest";
import { DatabaseUnavailableError } from "@/lib/db/unavailable";
import en from "@/lib/i18n/messages/en/common.json";
import ja from "@/lib/i18n/messages/ja/common.json";
import { respondWithDatabase, withDatabase } from "@/lib/security/database-errors";
import { fieldsOf } from "@/lib/security/form-fields";
import { actAs, Browser, redirectOf } from "../../support/next-request";

const failing = (error: unknown) => async (): Promise<never> => {
  throw error;
};

describe("database trouble in actions and routes", () => {
  it("answers an action with its typed error, in the browser's language", async () => {
    actAs(new Browser());
    // A driver's error, as it reaches an action unwrapped from a read outside serializeWrites.
    const refused = new Error("connect ECONNREFUSED 127.0.0.1:5432");
    expect(await withDatabase(failing(refused))).toEqual({ ok: false, error: en.database.unavailable, trouble: "unavailable" });
    expect(await withDatabase(failing(new DatabaseUnavailableError("busy")))).toMatchObject({ ok: false, error: en.database.busy });

    const japanese = new Browser();
    japanese.acceptLanguage = "ja";
    actAs(japanese);
    expect(await withDatabase(failing(new DatabaseUnavailableError("full")))).toMatchObject({ ok: false, error: ja.database.full });
  });

  it("lets redirects, other errors and results through", async () => {
    actAs(new Browser());
    expect(await withDatabase(async () => ({ ok: true }))).toEqual({ ok: true });
    const { redirect } = await import("next/navigation");
    expect(await redirectOf(() => withDatabase(async () => redirect("/practice/abc")))).toBe("/practice/abc");
    await expect(withDatabase(failing(new TypeError("a bug")))).rejects.toThrow("a bug");
  });

  it("answers a route with 503, or 507 when full, and Retry-After", async () => {
    actAs(new Browser());
    const down = await respondWithDatabase(failing(new DatabaseUnavailableError("unavailable")));
    expect(down.status).toBe(503);
    expect(down.headers.get("Retry-After")).toMatch(/^\d+$/);
    expect(await down.json()).toEqual({ error: en.database.unavailable, trouble: "unavailable" });
    expect((await respondWithDatabase(failing(new DatabaseUnavailableError("full")))).status).toBe(507);
    expect((await respondWithDatabase(async () => new Response("fine"))).status).toBe(200);
    await expect(respondWithDatabase(failing(new RangeError("a bug")))).rejects.toThrow("a bug");
  });

  it("reads fields only from a FormData", () => {
    const form = new FormData();
    form.append("problemIds", "a");
    form.append("problemIds", "b");
    form.append("title", "x");
    expect(fieldsOf(form, ["problemIds"])).toEqual({ problemIds: ["a", "b"], title: "x" });
    expect(fieldsOf(form)).toEqual({ problemIds: "b", title: "x" });
    for (const other of [null, undefined, {}, [["title", "x"]], "title=x", new Map([["title", "x"]])]) expect(fieldsOf(other)).toBeNull();
  });
});
