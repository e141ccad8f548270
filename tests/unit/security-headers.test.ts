import { describe, expect, it } from "vitest";
import { SECURITY_HEADERS, securityHeaders } from "@/lib/security/csp";

describe("security headers", () => {
  it("send HSTS when the app is served over HTTPS (COOKIE_SECURE=true)", () => {
    expect(securityHeaders({ https: true })).toEqual({ ...SECURITY_HEADERS, "Strict-Transport-Security": "max-age=63072000; includeSubDomains" });
  });

  it("leave HSTS out over plain HTTP, where it would lock browsers out of the host", () => {
    const headers = securityHeaders({ https: false });
    expect(headers).toEqual(SECURITY_HEADERS);
    expect(Object.keys(headers).map((name) => name.toLowerCase())).not.toContain("strict-transport-security");
  });
});
