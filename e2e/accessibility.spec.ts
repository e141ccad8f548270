import AxeBuilder from "@axe-core/playwright";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { Accounts } from "./pages/accounts";
import { HomePage } from "./pages/home-page";
import { ModelModes } from "./pages/model-modes";
import { PracticePage } from "./pages/practice-page";

// Every page, in English and in Japanese, with no WCAG 2.1 AA violation that axe can find.
// Pages are reached as a person would (the sessions and the class are made in English first),
// then the same addresses are read again with the language switched by its cookie.

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function violations(page: Page, name: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return results.violations.map((v) => `${name}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Audits each address in English, then in Japanese. */
async function auditBoth(context: BrowserContext, page: Page, pages: Array<[string, string]>): Promise<string[]> {
  const found: string[] = [];
  for (const locale of ["en", "ja"] as const) {
    await context.addCookies([{ name: "locale", value: locale, url: new URL(page.url()).origin }]);
    for (const [name, url] of pages) {
      await page.goto(url);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      // Model panels fill in as the model writes: audit once it has finished.
      await page.waitForLoadState("networkidle");
      found.push(...(await violations(page, `${name} [${locale}]`)));
    }
  }
  return found;
}

test("a student's pages: home, every kind and mode of practice, Lab, progress, account forms", async ({ browser }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  const home = new HomePage(page);
  const practice = new PracticePage(page);
  const modes = new ModelModes(page);
  const pages: Array<[string, string]> = [["home", "/"]];

  await home.open();
  await home.startWithNumbers("29", "57");
  await practice.write("2 9 + 5 7 , C: 0", "Correct");
  await practice.write("2 + 5 , 6 C: 0", "Not quite");
  await practice.hintButton.click();
  await expect(practice.verdict).toContainText("Hint 1");
  pages.push(["practice: addition", page.url()]);
  for (const mode of ["Watch", "Take turns", "Spot the error", "Compare"] as const) {
    await modes.choose(mode);
    pages.push([`practice: addition, ${mode}`, page.url()]);
  }

  await home.open();
  await home.chooseKind("Polynomials");
  pages.push(["home: polynomials", page.url()]);
  await home.startPolynomial("3*x**2 - 5*x + 7", "4");
  await practice.write("3*x**2: 4", "Not quite");
  pages.push(["practice: polynomial", page.url()]);

  await home.open();
  await home.chooseKind("Python tracing");
  pages.push(["home: Python", page.url()]);
  await page.getByRole("button", { name: "Double it" }).click();
  await expect(page).toHaveURL(/\/practice\//);
  pages.push(["practice: Python", page.url()]);

  pages.push(["Lab", "/lab"], ["progress", "/progress"], ["sign in", "/sign-in"], ["sign up", "/sign-up"], ["join", "/join"], ["add a program", "/problems/new"]);
  expect(await auditBoth(context, page, pages)).toEqual([]);
  await context.close();
});

test("an instructor's pages: teach, a class with its analytics, a replay", async ({ browser }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext();
  const teacher = await context.newPage();
  const accounts = new Accounts(teacher);
  await accounts.signUpInstructor("Ms Ito");
  const { url: classUrl, code } = await accounts.createClass("Period 1");
  const form = await accounts.assignmentForm();
  await form.getByLabel("Title").fill("Sums");
  await form.getByRole("radio", { name: "Written by me" }).check();
  await form.getByLabel(/One problem per line/).fill("29 + 57");
  await form.getByRole("button", { name: "Assign" }).click();
  await expect(form.getByRole("status")).toContainText("was assigned");

  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await new Accounts(student).joinClass(code, "Emi Abe", "emi password");
  await student.getByRole("link", { name: "Sums" }).click();
  const assignmentUrl = student.url();
  await student.getByRole("button", { name: "Start: 2 9 + 5 7" }).click();
  const practice = new PracticePage(student);
  await practice.write("2 9 + 5 7 , C: 0", "Correct");
  await practice.write("2 + 5 , 6 C: 0", "Not quite");
  const found = await auditBoth(studentContext, student, [
    ["student home", "/"],
    ["assignment", assignmentUrl],
    ["assignment problem", student.url()],
  ]);

  await teacher.goto(classUrl);
  await teacher.getByRole("table", { name: "Sessions" }).getByRole("link", { name: "2 9 + 5 7" }).click();
  await expect(teacher.getByRole("group", { name: "Replay controls" })).toBeVisible();
  found.push(...(await auditBoth(context, teacher, [["teach", "/teach"], ["class", classUrl], ["replay", teacher.url()]])));
  expect(found).toEqual([]);
  await studentContext.close();
  await context.close();
});
