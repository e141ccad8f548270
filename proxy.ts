import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security/csp";

// The same for every response of this process: made once, not per request.
const HEADERS = Object.entries(securityHeaders({ https: env.COOKIE_SECURE }));

/**
 * A fresh nonce for every request, in the policy Next.js reads from the request (it puts
 * the nonce on its own scripts) and in the policy sent to the browser.
 */
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of HEADERS) response.headers.set(name, value);
  return response;
}

export const config = {
  // Pages and actions; static files and images need no nonce.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
