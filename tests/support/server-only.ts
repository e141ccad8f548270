// Stands in for the `server-only` package outside Next.js, where tests import server modules.
export {};
