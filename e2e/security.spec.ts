import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

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
  walk(join(root, ".next", "static"));
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const secret of secrets) expect(text.includes(secret), `${file} holds a secret`).toBe(false);
  }
});
