import type { Env } from "../lib/env-schema";

export declare function environmentOrExit(): Promise<Env>;
