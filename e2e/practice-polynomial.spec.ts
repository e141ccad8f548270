import { expect, test } from "@playwright/test";
import { HomePage } from "./pages/home-page";
import { PracticePage } from "./pages/practice-page";

test("a student evaluates a polynomial term by term, with a sign error explained", async ({ page }) => {
  const home = new HomePage(page);
  const practice = new PracticePage(page);

  await home.open();
  await home.chooseKind("Polynomials");
  await home.startPolynomial("3*x**2 - 5*x + 7", "4");
  await practice.heading("Evaluate 3*x**2 - 5*x + 7 at x = 4");

  await practice.write("3*x**2: 48", "Correct");
  const terms = page.getByRole("table", { name: "Terms and their values" });
  await expect(terms.getByRole("row", { name: /3\*x\*\*2/ })).toContainText("48");

  await practice.write("-5*x: 20", "Not quite");
  await expect(page.getByText("Sign lost.")).toBeVisible();
  await practice.write("-5*x: -20", "Correct");
  await practice.write("7: 7", "Correct", { withKeyboard: true });
  await practice.nextLine.fill("35");
  await practice.nextLine.press("Enter");
  await expect(page.getByRole("region", { name: "Solved!" })).toBeVisible();
  await expect(terms.getByRole("row", { name: /sum/ })).toContainText("35");
});
