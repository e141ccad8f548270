#!/usr/bin/env node
// Serves the app: `node scripts/serve.mjs [--dev] [--hostname 127.0.0.1]`, on PORT (3000).
//
// Next.js through its custom-server API rather than `next start`, because only here is the
// connection's address known: Next's own server passes on whatever X-Forwarded-For a client
// sends, and per-address limits would count whoever the client claims to be. Each request
// gets the address decided by scripts/client-address.mjs (TRUST_PROXY_HOPS) in one header
// that replaces any the client sent; the app reads it through lib/security/client-address.ts.
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { environmentOrExit } from "./check-env.mjs";
import { stampClientAddress } from "./client-address.mjs";
import { protectSqliteFiles, sqliteFileOf } from "./sqlite-files.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const dev = process.argv.includes("--dev");
const hostnameAt = process.argv.indexOf("--hostname");
const hostname = hostnameAt >= 0 ? process.argv[hostnameAt + 1] : undefined;

// What `next start` and `next dev` set; the environment check and Next.js both read it.
process.env.NODE_ENV = dev ? "development" : "production";
const env = await environmentOrExit();
const { PORT: port, TRUST_PROXY_HOPS: hops } = env;

// A database made or copied in by hand is made private here too, not only by `npm run setup`.
const sqliteFile = sqliteFileOf(env.DATABASE_URL, process.cwd());
if (sqliteFile) protectSqliteFiles(sqliteFile, { ownFolder: path.dirname(sqliteFile) === path.join(root, "data") });

const { default: next } = await import("next");
const server = createServer();
const app = next({ dev, dir: root, hostname: hostname ?? "localhost", port, httpServer: server });
const handle = app.getRequestHandler();
await app.prepare();

// No request the app answers carries more than this (next.config.ts: Server Actions 256 KiB,
// the proxy's copy 512 KiB): a larger declared body is refused before a byte of it is parsed.
const MAX_DECLARED_BODY = 512 * 1024;
// What the client is still sending is read and dropped, so that it receives the answer rather
// than a broken pipe; past this much the connection is cut instead.
const MAX_DROPPED_BODY = 16 * 1024 * 1024;

server.on("request", (request, response) => {
  stampClientAddress(request, hops);
  if (Number(request.headers["content-length"] ?? 0) > MAX_DECLARED_BODY) {
    let dropped = 0;
    request.on("data", (chunk) => {
      dropped += chunk.length;
      if (dropped > MAX_DROPPED_BODY) request.socket.destroy();
    });
    response.writeHead(413, { "Content-Type": "application/json; charset=utf-8" });
    response.end(JSON.stringify({ error: `The request is too large (over ${MAX_DECLARED_BODY / 1024} KiB).` }));
    return;
  }
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) {
      response.statusCode = 500;
      response.end("Internal Server Error");
    } else {
      response.destroy();
    }
  });
});

// Next.js adds its own upgrade listener (hot reload in development) on the first request;
// this one runs before it. A socket nobody else will answer is closed, not left open.
server.on("upgrade", (request, socket) => {
  stampClientAddress(request, hops);
  if (server.listenerCount("upgrade") === 1) socket.destroy();
});

server.on("clientError", (_error, socket) => {
  if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
  else socket.destroy();
});

server.on("error", (error) => {
  console.error(`Cannot serve on ${hostname ?? "every interface"}, port ${port}: ${error.message}`);
  process.exit(1);
});

server.listen(port, hostname, () => {
  console.log(`> Ready on http://${hostname ?? "localhost"}:${port}${dev ? " (development)" : ""}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    // Requests under way get a few seconds to finish.
    setTimeout(() => process.exit(0), 5000).unref();
    server.close(() => process.exit(0));
    server.closeIdleConnections();
  });
}
