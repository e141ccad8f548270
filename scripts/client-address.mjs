// How scripts/serve.mjs decides where a request comes from. Plain JavaScript so that the
// server runs it without a build; tests/unit/client-address.test.ts imports it as is.
import { isIP } from "node:net";

/** The same name as lib/security/client-address.ts, the only place the app reads it. */
export const CLIENT_ADDRESS_HEADER = "x-scratchpad-client-address";

/** An IPv4 client on a dual-stack socket appears as "::ffff:10.0.0.1": the same client as "10.0.0.1". */
function normal(address) {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return (mapped ? mapped[1] : address).toLowerCase();
}

/** An X-Forwarded-For entry as proxies write it ("10.0.0.1", "10.0.0.1:5123", "[2001:db8::1]:443", "2001:db8::1"), or null. */
function parseEntry(entry) {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  const withPort = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(entry);
  const address = bracketed?.[1] ?? withPort?.[1] ?? entry;
  return isIP(address) ? normal(address) : null;
}

/**
 * The client's address. With no trusted proxies (the default) it is the connection's: any
 * X-Forwarded-For the client sends is its own words and is ignored. With `trustProxyHops` = N,
 * our N proxies each appended the address they were connected from, so the N-th entry from
 * the right is the one the outermost proxy saw; entries further left were written by the
 * client. When the header has fewer than N entries, the left-most (the furthest any proxy
 * recorded) is taken, and when it has none, or the chosen entry is not an address, the
 * connection's (then every such request counts as one client: limits err on the strict side).
 *
 * @param {{ socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustProxyHops: number }} request
 * @returns {string}
 */
export function chooseClientAddress({ socketAddress, forwardedFor, trustProxyHops }) {
  const connection = socketAddress ? normal(socketAddress) : "unknown";
  if (!(trustProxyHops >= 1)) return connection;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const entries = header.split(",").map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 0) return connection;
  return parseEntry(entries[Math.max(0, entries.length - trustProxyHops)]) ?? connection;
}

/**
 * Replaces whatever CLIENT_ADDRESS_HEADER the client sent with the address chosen above,
 * in both views Node keeps of the headers, before Next.js sees the request.
 *
 * @param {import("node:http").IncomingMessage} request
 * @param {number} trustProxyHops
 */
export function stampClientAddress(request, trustProxyHops) {
  const address = chooseClientAddress({
    socketAddress: request.socket.remoteAddress,
    forwardedFor: request.headers["x-forwarded-for"],
    trustProxyHops,
  });
  request.headers[CLIENT_ADDRESS_HEADER] = address;
  const raw = request.rawHeaders;
  for (let i = raw.length - 2; i >= 0; i -= 2) {
    if (raw[i]?.toLowerCase() === CLIENT_ADDRESS_HEADER) raw.splice(i, 2);
  }
  raw.push(CLIENT_ADDRESS_HEADER, address);
}
