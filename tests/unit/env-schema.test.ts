import { describe, expect, it } from "vitest";
import { checkEnvironment, type EnvSource } from "@/lib/env-schema";

const problems = (source: EnvSource) => {
  const checked = checkEnvironment(source);
  return checked.ok ? [] : checked.problems;
};

describe("the environment check", () => {
  it("takes an empty environment, with defaults", () => {
    expect(checkEnvironment({})).toEqual({
      ok: true,
      env: {
        DATABASE_URL: "file:./data/scratchpad.db",
        NODE_ENV: "development",
        AUTH_SECRET: undefined,
        APP_URL: undefined,
        COOKIE_SECURE: false,
        PORT: 3000,
        TRUST_PROXY_HOPS: 0,
        OPENAI_API_KEY: undefined,
        OPENAI_MODEL: "gpt-4o-mini",
        OPENAI_BASE_URL: undefined,
        OPENAI_COMPATIBLE_MODEL: undefined,
        OPENAI_COMPATIBLE_API_KEY: undefined,
        LOCAL_MODELS_DIR: "models",
        MODEL_TIMEOUT_SECONDS: 60,
        MODEL_CALLS_PER_MINUTE: 30,
        PYTHON_TRACER_POOL_SIZE: 2,
      },
    });
  });

  it("reads good values and treats blank ones as unset", () => {
    const checked = checkEnvironment({ PORT: "8080", TRUST_PROXY_HOPS: " 2 ", COOKIE_SECURE: "true", MODEL_CALLS_PER_MINUTE: "10000", MODEL_TIMEOUT_SECONDS: "", PYTHON_TRACER_POOL_SIZE: "16" });
    expect(checked).toMatchObject({ ok: true, env: { PORT: 8080, TRUST_PROXY_HOPS: 2, COOKIE_SECURE: true, MODEL_CALLS_PER_MINUTE: 10_000, MODEL_TIMEOUT_SECONDS: 60, PYTHON_TRACER_POOL_SIZE: 16 } });
  });

  it("says what is wrong with a number out of range, naming the variable, the range and the value", () => {
    expect(problems({ MODEL_CALLS_PER_MINUTE: "100000" })).toEqual([
      "MODEL_CALLS_PER_MINUTE=100000 is not allowed: must be at most 10000 (a whole number from 1 to 10000)",
    ]);
    expect(problems({ MODEL_CALLS_PER_MINUTE: "0" })).toEqual([
      "MODEL_CALLS_PER_MINUTE=0 is not allowed: must be at least 1 (a whole number from 1 to 10000)",
    ]);
  });

  it("says a number must be a whole number, with its range, when it is not one", () => {
    for (const value of ["soon", "2.5", "1e3", "0x10", "12 minutes"]) {
      expect(problems({ MODEL_TIMEOUT_SECONDS: value })).toEqual([
        `MODEL_TIMEOUT_SECONDS=${value.includes(" ") ? JSON.stringify(value) : value} is not allowed: must be a whole number from 1 to 600`,
      ]);
    }
  });

  it.each([
    ["PORT", "70000", "PORT=70000 is not allowed: must be at most 65535 (a whole number from 1 to 65535)"],
    ["PORT", "http", "PORT=http is not allowed: must be a whole number from 1 to 65535"],
    ["TRUST_PROXY_HOPS", "-1", "TRUST_PROXY_HOPS=-1 is not allowed: must be at least 0 (a whole number from 0 to 10)"],
    ["TRUST_PROXY_HOPS", "yes", "TRUST_PROXY_HOPS=yes is not allowed: must be a whole number from 0 to 10"],
    ["MODEL_TIMEOUT_SECONDS", "601", "MODEL_TIMEOUT_SECONDS=601 is not allowed: must be at most 600 (a whole number from 1 to 600)"],
    ["PYTHON_TRACER_POOL_SIZE", "0", "PYTHON_TRACER_POOL_SIZE=0 is not allowed: must be at least 1 (a whole number from 1 to 16)"],
    ["PYTHON_TRACER_POOL_SIZE", "64", "PYTHON_TRACER_POOL_SIZE=64 is not allowed: must be at most 16 (a whole number from 1 to 16)"],
    ["OPENAI_BASE_URL", "localhost:8000", "OPENAI_BASE_URL=localhost:8000 is not allowed: must be an http(s) URL, e.g. http://127.0.0.1:8000/v1"],
    ["OPENAI_BASE_URL", "ftp://models.example/v1", "OPENAI_BASE_URL=ftp://models.example/v1 is not allowed: must be an http(s) URL, e.g. http://127.0.0.1:8000/v1"],
    ["APP_URL", "tutor.example.org", "APP_URL=tutor.example.org is not allowed: must be an http(s) URL, e.g. https://tutor.example.org"],
    ["COOKIE_SECURE", "yes", 'COOKIE_SECURE=yes is not allowed: must be "true" or "false"'],
    ["NODE_ENV", "prod", 'NODE_ENV=prod is not allowed: must be "development", "production" or "test"'],
    ["DATABASE_URL", "mysql://db/app", 'DATABASE_URL=mysql://db/app is not allowed: must start with "file:" (SQLite) or "postgresql://" (PostgreSQL)'],
  ])("names %s=%s and what is wrong with it", (name, value, line) => {
    expect(problems({ [name]: value })).toEqual([line]);
  });

  it("never prints a secret or a password", () => {
    expect(problems({ AUTH_SECRET: "hunter2" })).toEqual(["AUTH_SECRET (7 characters) is not allowed: must be at least 32 characters"]);
    const [line] = problems({ DATABASE_URL: "mysql://admin:s3cret@db.example/app" });
    expect(line).toContain("DATABASE_URL=mysql://admin:***@db.example/app");
    expect(line).not.toContain("s3cret");
  });

  it("gives one line per bad variable, all at once", () => {
    expect(problems({ PORT: "0", MODEL_CALLS_PER_MINUTE: "100000", APP_URL: "nowhere", MODEL_TIMEOUT_SECONDS: "600" })).toEqual([
      "APP_URL=nowhere is not allowed: must be an http(s) URL, e.g. https://tutor.example.org",
      "PORT=0 is not allowed: must be at least 1 (a whole number from 1 to 65535)",
      "MODEL_CALLS_PER_MINUTE=100000 is not allowed: must be at most 10000 (a whole number from 1 to 10000)",
    ]);
  });
});
