import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { TEST_DIST_DIR } from "../scripts/separate-build.mjs";
import { actionId } from "./support/action-id";

const root = join(import.meta.dirname, "..");

test("every page is served with a strict policy and the security headers", async ({ request }) => {
  for (const path of ["/", "/lab", "/sign-in", "/problems/new"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const policy = response.headers()["content-security-policy"] ?? "";
    expect(policy, path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(policy, path).not.toContain("unsafe-eval");
    expect(policy, path).toContain("frame-ancestors 'none'");
    expect(response.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(response.headers()["x-frame-options"]).toBe("DENY");
    // The nonce is fresh for every request.
    const again = (await request.get(path)).headers()["content-security-policy"];
    expect(again).not.toBe(policy);
  }
});

test("pages run under the policy: nothing is blocked", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/");
  await page.getByLabel("First number").fill("12");
  await page.getByLabel("Second number").fill("34");
  await page.getByRole("button", { name: "Start with these numbers" }).click();
  await page.getByRole("textbox", { name: "Next line" }).fill("1 2 + 3 4 , C: 0");
  await page.getByRole("button", { name: "Check line" }).click();
  await expect(page.getByRole("status", { name: "Line check" })).toHaveText(/^Correct/);
  await page.goto("/lab");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});

test("no secret the server holds is in any file sent to browsers", async ({ request }) => {
  await request.get("/sign-in");
  const secrets = [readFileSync(join(root, "data", "auth-secret"), "utf8").trim(), "sk-e2e-server-only-key-7f3a9c"];
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(join(root, TEST_DIST_DIR, "static"));
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const secret of secrets) expect(text.includes(secret), `${file} holds a secret`).toBe(false);
  }
});


test("a Server Action called from another site is refused and stores nothing (CSRF)", async ({ page, baseURL }) => {
  await page.goto("/");
  await page.getByLabel("First number").fill("12");
  await page.getByLabel("Second number").fill("34");
  await page.getByRole("button", { name: "Start with these numbers" }).click();
  await expect(page).toHaveURL(/\/practice\/[a-z0-9]+$/);
  const sessionId = page.url().split("/").at(-1) ?? "";
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

  const submit = (origin: string, requestId: string) =>
    page.request.post(`/practice/${sessionId}`, {
      headers: {
        "Next-Action": actionId("app/(practice)/actions.ts", "submitLine"),
        "Content-Type": "text/plain;charset=UTF-8",
        Accept: "text/x-component",
        Origin: origin,
        Cookie: cookie,
      },
      data: JSON.stringify([{ sessionId, requestId, line: "1 2 + 3 4 , C: 0" }]),
    });

  const forged = await submit("https://evil.example", crypto.randomUUID());
  expect(forged.ok()).toBe(false);
  await page.reload();
  await expect(page.getByRole("list", { name: "Scratchpad lines" })).not.toContainText("1 2 + 3 4 , C: 0");

  // The same request from the app's own origin goes through: the refusal above was the origin check.
  const own = await submit(new URL(baseURL ?? "").origin, crypto.randomUUID());
  expect(own.ok()).toBe(true);
  await page.reload();
  await expect(page.getByRole("list", { name: "Scratchpad lines" })).toContainText("1 2 + 3 4 , C: 0");
});
