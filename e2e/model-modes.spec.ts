import { expect, test } from "@playwright/test";
import { HomePage } from "./pages/home-page";
import { ModelModes } from "./pages/model-modes";
import { PracticePage } from "./pages/practice-page";

// Our trained models, greedy and so deterministic: on -x³ + 8x² at x = 7 the polynomial
// model writes both terms right and then the sum wrong (9 for 49) — a real model error.

test("Watch: the student steps through the model's lines and sees its first wrong line explained", async ({ page }) => {
  const home = new HomePage(page);
  const modes = new ModelModes(page);
  await home.open();
  await home.chooseKind("Polynomials");
  await home.startPolynomial("-x**3 + 8*x**2", "7");
  await modes.choose("Watch");

  await expect(modes.playback.getByText(/of 5 lines shown/)).toBeVisible();
  await modes.stepTo(2);
  await expect(modes.modelLines().nth(1)).toHaveAccessibleName("Line 2, correct");
  await expect(modes.modelLines().nth(1)).toContainText("-x**3: -343");
  await expect(page.getByText("First wrong line", { exact: true })).toHaveCount(0);

  await modes.playback.getByRole("button", { name: "Show all" }).click();
  await expect(modes.modelLines()).toHaveCount(5);
  const wrong = modes.modelLines().nth(4);
  await expect(wrong).toHaveAccessibleName("Line 5, wrong, first wrong line");
  await expect(wrong).toContainText("Not quite");
  await expect(page.getByText(/The model's answer 9 is wrong\. The answer is 49\./)).toBeVisible();

  // Pause and replay from the start at the student's pace.
  await modes.playback.getByRole("button", { name: "Start over" }).click();
  await expect(modes.modelLines()).toHaveCount(0);
  await modes.playback.getByRole("button", { name: "Play" }).click();
  await expect(modes.modelLines()).toHaveCount(1, { timeout: 5_000 });
  await modes.playback.getByRole("button", { name: "Pause" }).click();
});

test("Take turns: student and model write alternate lines of one scratchpad", async ({ page }) => {
  const home = new HomePage(page);
  const practice = new PracticePage(page);
  const modes = new ModelModes(page);
  await home.open();
  await home.startWithNumbers("29", "57");
  await modes.choose("Take turns");

  await expect(page.getByText("Your turn: line 2")).toBeVisible();
  await practice.write("2 9 + 5 7 , C: 0", "Correct");
  // The model's line arrives on the shared scratchpad, marked as the model's.
  await expect(practice.scratchpad.getByRole("listitem").filter({ hasText: "2 + 5 , 6 C: 1 # added 9 + 7 = 6 carry 1" })).toContainText("model");
  await expect(page.getByText("Your turn: line 4")).toBeVisible();
  await practice.write(", 8 6 C: 0 # added 2 + 5 + 1 = 8 carry 0", "Correct");
  await expect(practice.scratchpad).toContainText("0 8 6");
  await expect(page.getByText("Your turn: line 7")).toBeVisible();
  await practice.write("8 6", "Correct");
  await expect(page.getByRole("region", { name: "Solved!" })).toBeVisible();
});

test("Spot the error: the student picks the first wrong line and is scored", async ({ page }) => {
  const home = new HomePage(page);
  const modes = new ModelModes(page);
  await home.open();
  await home.chooseKind("Polynomials");
  await home.startPolynomial("-x**3 + 8*x**2", "7");
  await modes.choose("Spot the error");

  // No verdicts until the answer is in.
  await expect(page.getByRole("radio", { name: /^Line 5: 9$/ })).toBeEnabled();
  await expect(page.getByText("First wrong line", { exact: true })).toHaveCount(0);
  await page.getByRole("radio", { name: /^Line 5: 9$/ }).check();
  await page.getByRole("button", { name: "Check my answer" }).click();
  await expect(page.getByText(/^Right! You picked line 5; the first wrong line is line 5\./)).toBeVisible();
  await expect(modes.modelLines("Model's scratchpad with verdicts").nth(4)).toHaveAccessibleName("Line 5, wrong, first wrong line");
});

test("Spot the error with a planted error: clearly labelled, and a wrong pick is scored as such", async ({ page }) => {
  const home = new HomePage(page);
  const modes = new ModelModes(page);
  await home.open();
  await home.startWithNumbers("4758", "3694");
  await modes.choose("Spot the error", { planted: true });

  await expect(page.getByText("Practice with a planted error.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Check my answer" })).toBeVisible();
  await page.getByRole("radio", { name: "All lines are correct" }).check({ timeout: 15_000 });
  await page.getByRole("button", { name: "Check my answer" }).click();
  await expect(page.getByText(/^Not this time\. You said every line is correct; the first wrong line is line \d+\./)).toBeVisible();
  await expect(page.getByText("Planted by the app")).toBeVisible();
  await expect(page.getByText(/The model itself wrote/)).toBeVisible();
});

test("Compare: the scratchpad answer beside the direct answer", async ({ page }) => {
  const home = new HomePage(page);
  const modes = new ModelModes(page);
  await home.open();
  await home.startWithNumbers("29", "57");
  await modes.choose("Compare");

  const scratchpad = page.getByRole("region", { name: "With a scratchpad" });
  const direct = page.getByRole("region", { name: "Direct answer" });
  await expect(scratchpad.getByRole("listitem").last()).toContainText("8 6");
  await expect(scratchpad.getByText(/Its answer 8 6 is right\./)).toBeVisible();
  await expect(direct.getByRole("listitem")).toHaveCount(1);
  await expect(direct.getByText(/Its answer .* is (right|wrong)\./)).toBeVisible();
});

test("a hosted model (OpenAI-compatible endpoint) works the same scratchpad", async ({ page }) => {
  const home = new HomePage(page);
  const modes = new ModelModes(page);
  await home.open();
  await home.startWithNumbers("29", "57");
  await modes.choose("Watch", { model: "scratchpad-tutor at 127.0.0.1:3199" });
  await modes.playback.getByRole("button", { name: "Show all" }).click({ timeout: 15_000 });
  await expect(modes.modelLines()).toHaveCount(7);
  await expect(page.getByText(/The model's answer 8 6 is right\./)).toBeVisible();
});
