import { expect, test } from "@playwright/test";
import { Accounts } from "./pages/accounts";
import { HomePage } from "./pages/home-page";
import { ModelModes } from "./pages/model-modes";

// More of what new users tripped on: the focus after a Spot answer, watched sessions counted
// as solved, the Lab's stale answers and two numbers for one model, due dates in UTC.

test("after Check my answer the focus goes to the verdict, which is announced", async ({ page }) => {
  const home = new HomePage(page);
  const modes = new ModelModes(page);
  await home.open();
  await home.startWithNumbers("4758", "3694");
  await modes.choose("Spot the error", { planted: true });
  await page.getByRole("radio", { name: "All lines are correct" }).check({ timeout: 15_000 });
  await page.getByRole("button", { name: "Check my answer" }).click();
  const verdict = page.getByRole("status").filter({ hasText: /You said every line is correct/ });
  await expect(verdict).toBeVisible();
  await expect(verdict).toBeFocused();
});

test("a watched session says Watched, never Solved", async ({ page }) => {
  const home = new HomePage(page);
  const modes = new ModelModes(page);
  await home.open();
  await home.startWithNumbers("29", "57");
  await modes.choose("Watch");
  await page.getByRole("group", { name: "Playback" }).getByRole("button", { name: "Show all" }).click();
  await expect(modes.modelLines().last()).toContainText("8 6");
  // The run's end is stored before the page hears of it: only then is leaving the page safe
  // (leaving earlier stops the model, and an unfinished session stays "In progress").
  await expect(page.getByText("The model's answer 8 6 is right.")).toBeVisible({ timeout: 30_000 });
  await home.open();
  const recent = page.getByRole("region", { name: "Your recent sessions" });
  await expect(recent.getByRole("listitem").first()).toContainText("Watched", { timeout: 15_000 });
  await expect(recent.getByRole("listitem").first()).not.toContainText("Solved");
});

test("the Lab clears old answers on a new input error, and gives each model one number", async ({ page }) => {
  await page.goto("/lab");
  const box = page.getByRole("region", { name: "Long addition" });
  await box.getByLabel("First number").fill("29");
  await box.getByLabel("Second number").fill("57");
  await box.getByRole("button", { name: "Ask the models" }).click();
  const output = page.getByRole("region", { name: "Output of addition-scratchpad" });
  await expect(output.getByRole("status")).toHaveText(/^(Right|Wrong)/, { timeout: 30_000 });
  await box.getByLabel("First number").fill("2x9");
  await box.getByRole("button", { name: "Ask the models" }).click();
  await expect(box.getByRole("alert")).toBeVisible();
  await expect(output).toHaveCount(0);

  // The table and the card of polynomial-direct agree, sample size included.
  const row = page.getByRole("table", { name: "Polynomial accuracy by number of terms" }).getByRole("row", { name: /polynomial-direct/ });
  const cell = (await row.getByRole("cell").first().textContent()) ?? "";
  const [percent, n] = [cell.match(/\d+\s?%/)?.[0], cell.match(/\(([\d,]+)\)/)?.[1]];
  expect(percent && n).toBeTruthy();
  const card = page.getByRole("article", { name: "Model card: polynomial-direct" });
  await expect(card).toContainText(`${percent} of ${n}`);
});

test.describe("due dates in the reader's time zone", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("an instructor in Tokyo sets 17:00 and reads 17:00, with the zone", async ({ page }) => {
    const accounts = new Accounts(page);
    await accounts.signUpInstructor("Ms Kato");
    await accounts.createClass("Period 7");
    const form = await accounts.assignmentForm();
    await form.getByLabel("Title").fill("Due soon");
    await form.getByLabel("Due (optional)").fill("2027-01-15T17:00");
    await form.getByRole("button", { name: "Assign" }).click();
    await expect(form.getByRole("status")).toContainText("was assigned");
    await page.reload();
    const listed = page.getByRole("listitem").filter({ hasText: "Due soon" });
    await expect(listed.locator("time")).toHaveAttribute("datetime", "2027-01-15T08:00:00.000Z");
    await expect(listed.locator("time")).toContainText(/05:00\s*PM|17:00/);
    await expect(listed.locator("time")).toContainText(/GMT\+9|JST/);
  });
});
