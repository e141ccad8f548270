import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { z } from "zod";

/**
 * The folder `next build` writes and the server reads. The tests' and benchmarks' builds use
 * their own (scripts/e2e-server.mjs: `.next-e2e`), so that `npm test` never rebuilds the
 * `.next` a running `npm start` serves from: swapped under it, every page's scripts answered
 * 500. Only `.next` or `.next-<name>`, because a build empties its folder first.
 */
const distDir = z
  .string()
  .regex(/^\.next(-[a-z0-9]+)*$/)
  .safeParse(process.env.NEXT_DIST_DIR?.trim() || ".next");
if (!distDir.success) {
  throw new Error(`NEXT_DIST_DIR must be .next or .next-<name> (lowercase letters, digits and dashes), got ${JSON.stringify(process.env.NEXT_DIST_DIR)}`);
}

const nextConfig: NextConfig = {
  distDir: distDir.data,
  // Another folder's build: Next.js adds a build's types to the tsconfig it reads, and leaves
  // one that extends ours alone, so tsconfig.json never changes. Its type check is skipped:
  // `npm test` runs `npm run typecheck` on the same sources first, and it took the end-to-end
  // build past Playwright's start-up limit on a busy machine.
  ...(distDir.data === ".next" ? {} : { typescript: { tsconfigPath: "tsconfig.separate-build.json", ignoreBuildErrors: true } }),
  poweredByHeader: false,
  typedRoutes: true,
  experimental: {
    serverActions: {
      // The largest bodies an action needs: "Add a Python program" (20,000 characters of
      // program, at most 60,000 bytes of UTF-8, and an 80-character title) and a new
      // assignment (20,000 characters of written problems and 30 problem ids). A form's
      // action also gets its previous result back, a message that may quote the program:
      // about 125 kB in all at the very worst. 256 KiB leaves twice that; Next's default
      // (1 MB) would let every visitor make the server decode 1 MB per request.
      bodySizeLimit: "256kb",
    },
    // proxy.ts sees every request, so Next.js copies each body for it and cuts the copy off
    // (with only a warning) past this size. Above every body limit (actions 256 KiB, route
    // handlers a few KiB), a cut body is always over its limit and refused, never read as
    // though whole; and a request holds at most this much in memory, not Next's 10 MB.
    proxyClientMaxBodySize: "512kb",
  },
};

export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
