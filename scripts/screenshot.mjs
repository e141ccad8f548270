#!/usr/bin/env node
// Takes the README's screenshot: a session part-way through, against a running app.
// Usage: node scripts/screenshot.mjs [baseURL] [out.png]
import { chromium } from "@playwright/test";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const out = process.argv[3] ?? "docs/practice.png";
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 860 } });
await page.goto(base);
await page.getByLabel("First number").fill("4785");
await page.getByLabel("Second number").fill("968");
await page.getByRole("button", { name: "Start with these numbers" }).click();
await page.waitForURL(/\/practice\//);
const write = async (line) => {
  await page.getByRole("textbox", { name: "Next line" }).fill(line);
  await page.getByRole("button", { name: "Check line" }).click();
  await page.getByRole("status").filter({ hasText: /\S/ }).waitFor();
  await page.waitForTimeout(300);
};
await write("4 7 8 5 + 9 6 8 , C: 0");
await write("4 7 8 + 9 6 , 3 C: 1 # added 5 + 8 = 3 carry 1");
await page.getByRole("button", { name: "Hint" }).click();
await page.waitForTimeout(300);
await write("4 7 + 9 , 4 3 C: 1");
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(`wrote ${out}`);
