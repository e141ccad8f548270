import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER as APP_HEADER } from "@/lib/security/client-address";
import { chooseClientAddress, CLIENT_ADDRESS_HEADER, stampClientAddress } from "../../scripts/client-address.mjs";

const choose = (forwardedFor: string | string[] | undefined, trustProxyHops: number, socketAddress: string | undefined = "192.0.2.10") =>
  chooseClientAddress({ socketAddress, forwardedFor, trustProxyHops });

describe("the client's address, as scripts/serve.mjs decides it", () => {
  it("is the connection's by default, whatever X-Forwarded-For says", () => {
    expect(choose(undefined, 0)).toBe("192.0.2.10");
    expect(choose("203.0.113.5", 0)).toBe("192.0.2.10");
    expect(choose("203.0.113.5, 198.51.100.1", 0)).toBe("192.0.2.10");
  });

  it("with TRUST_PROXY_HOPS=N is the N-th entry from the right", () => {
    expect(choose("203.0.113.5", 1)).toBe("203.0.113.5");
    // The client wrote "1.1.1.1"; our proxy appended the address it was connected from.
    expect(choose("1.1.1.1, 203.0.113.5", 1)).toBe("203.0.113.5");
    expect(choose("1.1.1.1, 203.0.113.5, 10.0.0.2", 2)).toBe("203.0.113.5");
    expect(choose("1.1.1.1,203.0.113.5,10.0.0.2,10.0.0.3", 3)).toBe("203.0.113.5");
    // Several X-Forwarded-For headers are one list.
    expect(choose(["1.1.1.1", "203.0.113.5"], 1)).toBe("203.0.113.5");
  });

  it("falls back to the left-most entry when there are fewer than N, and to the connection when there are none", () => {
    expect(choose("203.0.113.5", 3)).toBe("203.0.113.5");
    expect(choose("203.0.113.5, 10.0.0.2", 3)).toBe("203.0.113.5");
    expect(choose(undefined, 1)).toBe("192.0.2.10");
    expect(choose("", 1)).toBe("192.0.2.10");
    expect(choose(" , ", 1)).toBe("192.0.2.10");
  });

  it("takes an entry only when it is an address, with or without a port", () => {
    expect(choose("203.0.113.5:41234", 1)).toBe("203.0.113.5");
    expect(choose("[2001:db8::1]:443", 1)).toBe("2001:db8::1");
    expect(choose("2001:DB8::1", 1)).toBe("2001:db8::1");
    expect(choose("unknown", 1)).toBe("192.0.2.10");
    expect(choose("1.1.1.1, not-an-address", 1)).toBe("192.0.2.10");
  });

  it("counts an IPv4 client on a dual-stack socket as that IPv4 address", () => {
    expect(choose(undefined, 0, "::ffff:203.0.113.5")).toBe("203.0.113.5");
    expect(choose("::ffff:203.0.113.5", 1)).toBe("203.0.113.5");
  });

  it("is \"unknown\" when the connection has already gone", () => {
    expect(chooseClientAddress({ socketAddress: undefined, forwardedFor: "203.0.113.5", trustProxyHops: 0 })).toBe("unknown");
  });

  it("replaces a client-address header the client sent, in both views Node keeps of the headers", () => {
    const request = {
      socket: { remoteAddress: "192.0.2.10" },
      headers: { "x-forwarded-for": "1.1.1.1", [CLIENT_ADDRESS_HEADER]: "1.1.1.1" },
      rawHeaders: ["X-Forwarded-For", "1.1.1.1", "X-Scratchpad-Client-Address", "1.1.1.1", "Host", "localhost"],
    } as unknown as IncomingMessage;
    stampClientAddress(request, 0);
    expect(request.headers[CLIENT_ADDRESS_HEADER]).toBe("192.0.2.10");
    expect(request.rawHeaders).toEqual(["X-Forwarded-For", "1.1.1.1", "Host", "localhost", CLIENT_ADDRESS_HEADER, "192.0.2.10"]);
    stampClientAddress(request, 1);
    expect(request.headers[CLIENT_ADDRESS_HEADER]).toBe("1.1.1.1");
  });

  it("uses the header name the app reads", () => {
    expect(CLIENT_ADDRESS_HEADER).toBe(APP_HEADER);
  });
});
