import { expect, test } from "@playwright/test";
import { HomePage } from "./pages/home-page";
import { PracticePage } from "./pages/practice-page";

test("a student traces a program from the bank, with a wrong variable explained", async ({ page }) => {
  const home = new HomePage(page);
  const practice = new PracticePage(page);

  await home.open();
  await home.chooseKind("Python tracing");
  await page.getByRole("button", { name: "Double it" }).click();
  await practice.heading("Double it");
  const program = page.getByRole("list", { name: "Program" });
  await expect(program).toContainText("def double(n):");

  await practice.write("state: {}", "Correct");
  await practice.write("line: def double(n):", "Correct");
  await practice.write('state: {"double": "<callable_object double>"}', "Correct");
  await practice.write("line: output = double(4)", "Correct");
  await expect(program.getByRole("listitem").and(page.locator("[aria-current=step]"))).toContainText("output = double(4)");

  // The parameter is 4, not 8.
  await practice.write('state: {"n": 8}', "Not quite");
  await expect(practice.verdict).toContainText("n should be 4");
  await practice.write('state: {"n": 4}', "Correct");
  const variables = page.getByRole("table", { name: "Variables" });
  await expect(variables.getByRole("row", { name: /n/ })).toContainText("4");

  await practice.write("line: result = n * 2", "Correct");
  await practice.write('state: {"result": 8, "n": 4}', "Correct");
  await practice.write("line: return result", "Correct");
  await practice.nextLine.fill('state: {"double": "<callable_object double>", "output": 8}');
  await practice.nextLine.press("Enter");
  await expect(page.getByRole("region", { name: "Solved!" })).toBeVisible();
});

test("a program written by the student is traced in the sandbox and practised", async ({ page }) => {
  const practice = new PracticePage(page);
  await page.goto("/problems/new");
  await page.getByLabel("Title").fill("Count down");
  await page.getByLabel("Program").fill("def f(n):\n    while n > 0:\n        n = n - 1\n    return n\noutput = f(1)\n");
  await page.getByRole("button", { name: "Trace and save" }).click();
  await practice.heading("Count down", { timeout: 30_000 });
  await practice.write("state: {}", "Correct");

  await page.goto("/problems/new");
  await page.getByLabel("Title").fill("Broken");
  await page.getByLabel("Program").fill("def f(:\n    return 1\n");
  await page.getByRole("button", { name: "Trace and save" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /could not be traced/ })).toContainText(/SyntaxError/);
});
