import { expect, test } from "@playwright/test";
import { HomePage } from "./pages/home-page";
import { PracticePage } from "./pages/practice-page";

test("a student's skills grow as they solve, and Practice next aims at what is not mastered", async ({ page }) => {
  const home = new HomePage(page);
  const practice = new PracticePage(page);

  await page.goto("/progress");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your progress");
  await expect(page.getByText("Nothing here yet")).toBeVisible();

  await home.open();
  await home.startWithNumbers("29", "57");
  for (const line of ["2 9 + 5 7 , C: 0", "2 + 5 , 6 C: 1", ", 8 6 C: 0", "0 8 6", "8 6"]) await practice.write(line, "Correct");
  await expect(page.getByRole("region", { name: "Solved!" })).toBeVisible();

  const here = page.getByRole("region", { name: "Skills in this problem" });
  const carryHere = here.getByRole("meter", { name: "Mastery of Column with a carry" });
  await expect(carryHere).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your progress");
  const stats = page.getByRole("region", { name: "Summary" });
  await expect(stats).toContainText("Problems solved1");
  await expect(stats).toContainText("100%");
  const carry = page.getByRole("meter", { name: "Mastery of Column with a carry" });
  const noCarry = page.getByRole("meter", { name: "Mastery of Column without a carry" });
  // Right first tries raise mastery above where a new student starts.
  const start = Number(await page.getByRole("meter", { name: "Mastery of Carry into a new digit" }).getAttribute("aria-valuenow"));
  expect(Number(await carry.getAttribute("aria-valuenow"))).toBeGreaterThan(start);
  expect(Number(await noCarry.getAttribute("aria-valuenow"))).toBeGreaterThan(start);
  // One practice day so far: a bar with its number, not a one-dot chart.
  const byDay = page.getByRole("list", { name: "Share of lines right at the first try, by practice day" });
  await expect(byDay.getByRole("listitem")).toHaveCount(1);
  await expect(byDay).toContainText("%");

  await page.getByLabel("What to practise").selectOption("addition");
  await page.getByRole("button", { name: "Practice next" }).click();
  await expect(page).toHaveURL(/\/practice\/[a-z0-9]+\?focus=/);
  const aims = page.getByRole("region", { name: "This problem practises" });
  await expect(aims.getByRole("meter").first()).toBeVisible();
  await expect(aims).toContainText("Goal: each of these skills at 95% mastery.");
  await expect(practice.nextLine).toBeVisible();
});
