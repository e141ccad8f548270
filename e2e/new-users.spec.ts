import { expect, test, type Page } from "@playwright/test";
import { Accounts } from "./pages/accounts";
import { HomePage } from "./pages/home-page";
import { PracticePage } from "./pages/practice-page";

// What new students and instructors tripped on (forms that forgot, focus that fell, lines
// that counted though empty, assignments that leaked), each as they would meet it.

async function startSum(page: Page, a: string, b: string) {
  const home = new HomePage(page);
  await home.open();
  await home.startWithNumbers(a, b);
  await expect(page).toHaveURL(/\/practice\/[a-z0-9]+$/);
  return new PracticePage(page);
}

test("refused forms keep what was typed, say which box is wrong and focus it", async ({ page }) => {
  await page.goto("/sign-up");
  const signUp = page.getByRole("form", { name: "Your account" });
  await signUp.getByLabel("Your name", { exact: true }).fill("Ms Tanaka");
  await signUp.getByLabel("Email", { exact: true }).fill(`tanaka-${Date.now()}@example.org`);
  await signUp.getByLabel("Password", { exact: true }).fill("short");
  // The browser's own check would stop a short password first: the server's refusal is what is tested.
  await signUp.evaluate((form) => form.setAttribute("novalidate", ""));
  await signUp.getByRole("button", { name: "Create account" }).click();
  const password = signUp.getByLabel("Password", { exact: true });
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(password).toBeFocused();
  await expect(signUp.getByLabel("Your name", { exact: true })).toHaveValue("Ms Tanaka");
  await expect(signUp.getByLabel("Email", { exact: true })).toHaveValue(/^tanaka-\d+@example\.org$/);
  await expect(password).toHaveValue("");

  await page.goto("/join");
  const join = page.getByRole("form", { name: "Join" });
  await join.getByLabel("Class code", { exact: true }).fill("ZZZZZZ");
  await join.getByLabel("Your name", { exact: true }).fill("Ana Lima");
  await join.getByLabel("Choose a password", { exact: true }).fill("ana password");
  await join.getByRole("button", { name: "Join the class" }).click();
  const codeBox = join.getByLabel("Class code", { exact: true });
  await expect(codeBox).toBeFocused();
  await expect(codeBox).toHaveValue("ZZZZZZ");
  await expect(join.getByLabel("Your name", { exact: true })).toHaveValue("Ana Lima");

  // Your own numbers: the box that is wrong, in words about that box.
  const home = new HomePage(page);
  await home.open();
  await home.startWithNumbers("29", "5x7");
  const second = page.getByLabel("Second number");
  await expect(second).toBeFocused();
  await expect(second).toHaveValue("5x7");
  await expect(page.getByLabel("First number")).toHaveValue("29");
  await expect(page.getByText(/The second number can hold only the digits 0–9/)).toBeVisible();
  await expect(page.getByText(/then `\+`/)).toHaveCount(0);

  // The app's own wording pasted into the polynomial box starts the problem.
  await home.chooseKind("Polynomials");
  await page.getByLabel("Polynomial").fill("-x**2 + 3*x - 7 at x = -4");
  await page.getByRole("button", { name: "Start with this polynomial" }).click();
  await expect(page).toHaveURL(/\/practice\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("-4");
});

test("Add a Python program keeps a refused program and points at its line", async ({ page }) => {
  await page.goto("/problems/new");
  await page.getByLabel("Title").fill("Broken loop");
  await page.getByLabel("Difficulty").selectOption("4");
  const program = "total = 0\nfor i in range(3)\n    total = total + i\n";
  await page.getByLabel("Program").fill(program);
  await page.getByRole("button", { name: /Trace and save/ }).click();
  await expect(page.getByRole("alert").filter({ hasText: "could not be traced" })).toContainText("line 2");
  const box = page.getByLabel("Program");
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(program.replace(/\n$/, "\n"));
  await expect(page.getByLabel("Title")).toHaveValue("Broken loop");
  await expect(page.getByLabel("Difficulty")).toHaveValue("4");
  // The caret is at the start of the line the tracer named.
  expect(await box.evaluate((element: HTMLTextAreaElement) => element.selectionStart)).toBe(program.indexOf("for"));
});

test("the scratchpad: empty lines never count, Enter in the guided input writes, hints keep the focus", async ({ page }) => {
  const practice = await startSum(page, "29", "57");
  await practice.checkButton.click();
  await expect(practice.verdict).toContainText("empty line is not checked");
  await practice.nextLine.fill("   ");
  await practice.nextLine.press("Enter");
  await expect(practice.history).toHaveCount(0);

  await practice.write("2 9 + 5 7 , C: 0", "Correct");
  const digit = page.getByRole("textbox", { name: "Digit" });
  const carry = page.getByRole("textbox", { name: "Carry" });
  await digit.fill("6");
  await carry.fill("2");
  await carry.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "carry is 0 or 1" })).toBeVisible();
  await expect(carry).toBeFocused();
  await expect(practice.nextLine).toHaveValue("");
  await carry.fill("1");
  await carry.press("Enter");
  await expect(practice.nextLine).toHaveValue("2 + 5 , 6 C: 1");
  await expect(practice.nextLine).toBeFocused();
  // Nothing was stored by those Enters: only the first line is in the history.
  await expect(practice.history.getByRole("listitem")).toHaveCount(1);

  // Hints: the focus stays on the button, each hint is announced, backquotes are code.
  await practice.hintButton.focus();
  await page.keyboard.press("Enter");
  await expect(practice.verdict).toContainText("Hint 1");
  await expect(practice.hintButton).toBeFocused();
  // Through every level to the full line, then one press more.
  for (let level = 2; ; level += 1) {
    await page.keyboard.press("Enter");
    await expect(practice.verdict).toContainText(new RegExp(`Hint ${level}|already shown`));
    if ((await practice.verdict.textContent())?.includes("already shown")) break;
    expect(level).toBeLessThan(8);
  }
  const hints = page.getByRole("region", { name: "Hints for this line" });
  await expect(hints.locator("code").first()).toBeVisible();
  await expect(hints).not.toContainText("`");
  const shown = await hints.getByRole("listitem").count();
  await page.keyboard.press("Enter");
  await expect(practice.verdict).toContainText("already shown");
  await expect(hints.getByRole("listitem")).toHaveCount(shown);
});

test("the newest attempt stays in view, and a phone never scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const a = "9".repeat(60);
  const practice = await startSum(page, a, "1");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  const input = await practice.nextLine.boundingBox();
  expect(input?.width ?? 0).toBeGreaterThan(300);

  for (let i = 0; i < 14; i += 1) await practice.write(`wrong ${i}`, "Not quite");
  // The history box is scrolled to its newest entry (the page itself is not scrolled to it).
  const list = practice.history.getByRole("list");
  await expect(list.getByRole("listitem")).toHaveCount(14);
  await expect
    .poll(() => list.evaluate((element) => element.scrollTop + element.clientHeight >= element.scrollHeight - 2))
    .toBe(true);
  expect(await list.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
  await expect(practice.nextLine).toBeFocused();
});

test("an assignment's mode is the mode; watching is not solving; the next problem is one click away", async ({ browser }) => {
  const teacher = await (await browser.newContext()).newPage();
  const accounts = new Accounts(teacher);
  await accounts.signUpInstructor("Mr Sato");
  const { code } = await accounts.createClass("Period 5");
  const form = await accounts.assignmentForm();
  await form.getByLabel("Title").fill("Two sums");
  await form.getByRole("radio", { name: "Written by me" }).check();
  // A bad line keeps the title and every problem.
  await form.getByLabel(/One problem per line/).fill("29 + 57\n12 plus 3");
  await form.getByRole("button", { name: "Assign" }).click();
  await expect(form.getByRole("alert")).toContainText("Line 2");
  await expect(form.getByLabel("Title")).toHaveValue("Two sums");
  await form.getByLabel(/One problem per line/).fill("29 + 57\n12 + 3");
  await form.getByRole("button", { name: "Assign" }).click();
  await expect(form.getByRole("status")).toContainText("“Two sums” was assigned (2 problems)");
  // After a success the form is one consistent state again.
  await expect(form.getByRole("radio", { name: "Generated by level" })).toBeChecked();

  const student = await (await browser.newContext()).newPage();
  await new Accounts(student).joinClass(code, "Ken Mori", "ken password");
  await student.getByRole("link", { name: "Two sums" }).click();
  await student.getByRole("button", { name: "Start: 2 9 + 5 7" }).click();
  await expect(student).toHaveURL(/\/practice\//);
  // An "Alone" assignment offers no model to watch.
  await expect(student.getByText("Work this problem with a model")).toHaveCount(0);
  const practice = new PracticePage(student);
  for (const line of ["2 9 + 5 7 , C: 0", "2 + 5 , 6 C: 1", ", 8 6 C: 0", "0 8 6", "8 6"]) await practice.write(line, "Correct");
  await student.getByRole("button", { name: /^Next problem/ }).click();
  await expect(student.getByRole("heading", { level: 1 })).toHaveText("1 2 + 3");
  await student.getByRole("link", { name: "Back to the assignment" }).click();
  await expect(student.getByRole("status", { name: "Assignment progress" })).toHaveText("1 of 2 done");
});
