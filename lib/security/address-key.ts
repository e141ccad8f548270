import "server-only";
import { createHash } from "node:crypto";
import { clientAddress } from "./client-address";

/** The request's address as a limit's key: hashed, so the limits' table holds no addresses in clear. */
export async function addressKey(): Promise<string> {
  return `address:${createHash("sha256").update(await clientAddress()).digest("hex").slice(0, 32)}`;
}
