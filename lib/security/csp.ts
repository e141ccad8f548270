/**
 * The Content Security Policy for every page: scripts only from this origin and those
 * carrying the request's nonce (Next.js adds it to its own), no eval outside development,
 * no framing, no plugins. Styles allow inline attributes: React and the charts set
 * `style=` on elements, which a nonce cannot cover.
 */
export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers every response gets besides the policy. */
export const SECURITY_HEADERS: Record<string, string> = {
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};

/** Two years, the value HSTS preload lists ask for. */
export const HSTS = "max-age=63072000; includeSubDomains";

/**
 * SECURITY_HEADERS, and HSTS when the app is served over HTTPS (COOKIE_SECURE=true): the
 * browser then never tries plain HTTP again, where the session cookie could be taken. Over
 * plain HTTP it is left out: a browser would refuse the app on that host for two years.
 */
export function securityHeaders({ https }: { https: boolean }): Record<string, string> {
  return https ? { ...SECURITY_HEADERS, "Strict-Transport-Security": HSTS } : SECURITY_HEADERS;
}
