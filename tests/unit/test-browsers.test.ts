// The test browsers of tests/support/next-request.ts: per-address limits (sign-in, Lab, joins)
// count per Browser only if no two browsers share an address by chance.
import { isIPv6 } from "node:net";
import { describe, expect, it } from "vitest";
import { Browser } from "../support/next-request";

describe("test browsers", () => {
  it("each has its own address, in its own /64, however many a file makes", () => {
    const addresses = Array.from({ length: 3000 }, () => new Browser().address);
    expect(new Set(addresses).size).toBe(addresses.length);
    expect(addresses.every((address) => isIPv6(address))).toBe(true);
    const networks = addresses.map((address) => address.split(":").slice(0, 4).join(":"));
    expect(new Set(networks).size).toBe(addresses.length);
  });

  it("keeps an address given to it, for tests that share one on purpose", () => {
    expect(new Browser("203.0.113.7").address).toBe("203.0.113.7");
  });
});
