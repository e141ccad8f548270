import { expect, test } from "@playwright/test";
import { HomePage } from "./pages/home-page";
import { PracticePage } from "./pages/practice-page";

test("a student works a whole sum: a wrong line, a hint, a reload, and the answer", async ({ page }) => {
  const home = new HomePage(page);
  const practice = new PracticePage(page);

  await home.open();
  await expect(page.getByRole("heading", { name: "Show your work, one line at a time" })).toBeVisible();
  await home.startWithNumbers("29", "57");
  await expect(page).toHaveURL(/\/practice\/[a-z0-9]+$/);
  await practice.heading("2 9 + 5 7");

  await practice.write("2 9 + 5 7 , C: 0", "Correct");

  // 9 + 7 = 16: the carry is 1, not 0.
  await practice.write("2 + 5 , 6 C: 0", "Not quite");
  await expect(practice.verdict).toContainText("carry");

  await practice.hintButton.click();
  const hints = page.getByRole("region", { name: "Hints for this line" });
  await expect(hints).toContainText("ones column");

  await practice.write("2 + 5 , 6 C: 1 # added 9 + 7 = 6 carry 1", "Correct");
  const columns = page.getByRole("table", { name: "Column addition" });
  await expect(columns.getByRole("row", { name: "Carries" })).toContainText("1");

  // A reload shows the session exactly as it was.
  const url = page.url();
  await page.reload();
  await expect(page).toHaveURL(url);
  await expect(practice.scratchpad).toContainText("2 9 + 5 7 , C: 0");
  await expect(practice.scratchpad).toContainText("2 + 5 , 6 C: 1 # added 9 + 7 = 6 carry 1");
  await expect(practice.history).toContainText("2 + 5 , 6 C: 0");
  await expect(practice.history).toContainText("Hint 1");

  // The guided input writes the line from just the digit and the carry.
  await page.getByRole("textbox", { name: "Digit" }).fill("8");
  await page.getByRole("textbox", { name: "Carry" }).fill("0");
  await page.getByRole("button", { name: "Write line" }).click();
  await expect(practice.nextLine).toHaveValue(", 8 6 C: 0");
  await expect(practice.nextLine).toBeFocused();

  // The rest by keyboard only.
  await practice.write(", 8 6 C: 0", "Correct", { withKeyboard: true });
  await practice.write("0 8 6", "Correct", { withKeyboard: true });
  await practice.nextLine.fill("8 6");
  await practice.nextLine.press("Enter");
  await expect(practice.verdict).toHaveText(/^Correct/);

  const solved = page.getByRole("region", { name: "Solved!" });
  await expect(solved).toBeVisible();
  await expect(solved).toContainText("1 error");
  await expect(solved).toContainText("1 hint");
  await expect(practice.nextLine).toHaveCount(0);
  await expect(practice.scratchpad).toContainText("</scratch>");

  await page.reload();
  await expect(page.getByRole("region", { name: "Solved!" })).toBeVisible();
});

test("a level picked on the home page starts a problem of that size", async ({ page }) => {
  const home = new HomePage(page);
  await home.open();
  await home.startLevel(5);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(/^\d( \d){4} \+ \d( \d)*$/);
  await expect(page.getByRole("textbox", { name: "Next line" })).toBeFocused();
});

test("bad numbers get a clear message on the home page", async ({ page }) => {
  const home = new HomePage(page);
  await home.open();
  await home.startWithNumbers("12x", "5");
  // Next.js keeps an empty route-announcer alert on every page; ours is the one with text.
  await expect(page.getByRole("alert").filter({ hasText: /digit/i })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
});

test("another browser cannot open a session link", async ({ page, browser }) => {
  const home = new HomePage(page);
  await home.open();
  await home.startWithNumbers("1", "2");
  await expect(page).toHaveURL(/\/practice\//);
  const stranger = await browser.newContext();
  const other = await stranger.newPage();
  await other.goto(page.url());
  await expect(other.getByRole("heading", { name: "Practice session not found" })).toBeVisible();
  await stranger.close();
});
