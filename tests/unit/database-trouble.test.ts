import { describe, expect, it } from "vitest";
import { databaseTrouble, DatabaseUnavailableError } from "@/lib/db/unavailable";

/** An error as the layers wrap it: Prisma's, with the driver's error as its cause. */
const wrapped = (message: string, cause?: unknown, extra: Record<string, unknown> = {}) => Object.assign(new Error(message, { cause }), extra);

describe("databaseTrouble", () => {
  it("names what is wrong along the whole cause chain", () => {
    expect(databaseTrouble(wrapped("Invalid invocation", wrapped("connect ECONNREFUSED 127.0.0.1:5432")))).toBe("unavailable");
    expect(databaseTrouble(wrapped("x", undefined, { code: "57P01" }))).toBe("unavailable");
    expect(databaseTrouble(wrapped("SQLITE_BUSY: database is locked"))).toBe("busy");
    expect(databaseTrouble(wrapped("Transaction API error: Unable to start a transaction in the given time.", undefined, { code: "P2028" }))).toBe("busy");
    expect(databaseTrouble(wrapped("write failed", wrapped("database or disk is full")))).toBe("full");
    expect(databaseTrouble(new DatabaseUnavailableError("full"))).toBe("full");
  });

  it("leaves every other error alone, Next's control flow included", () => {
    expect(databaseTrouble(wrapped("Unique constraint failed", undefined, { code: "P2002" }))).toBeNull();
    expect(databaseTrouble(wrapped("NEXT_REDIRECT", undefined, { digest: "NEXT_REDIRECT;push;/x;307;" }))).toBeNull();
    expect(databaseTrouble(new TypeError("x is undefined"))).toBeNull();
    expect(databaseTrouble(null)).toBeNull();
  });
});
