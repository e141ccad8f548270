import { expect, test } from "@playwright/test";

test("the Lab shows the accuracy chart, the model cards, and both models answering live", async ({ page }) => {
  await page.goto("/lab");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Lab");
  await expect(page.getByRole("img", { name: /accuracy by the longer operand's digit count/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Training loss/ })).toBeVisible();
  await expect(page.getByRole("article", { name: "Model card: addition-scratchpad" })).toContainText("parameters");

  const additionBox = page.getByRole("region", { name: "Long addition" });
  await additionBox.getByLabel("First number").fill("29");
  await additionBox.getByLabel("Second number").fill("57");
  await additionBox.getByRole("button", { name: "Ask the models" }).click();
  const scratchpad = page.getByRole("region", { name: "Output of addition-scratchpad" });
  await expect(scratchpad.getByRole("status")).toHaveText(/^(Right|Wrong)/, { timeout: 30_000 });
  await expect(scratchpad).toContainText("<scratch>");
  await expect(page.getByRole("region", { name: "Output of addition-direct" }).getByRole("status")).toHaveText(/^(Right|Wrong)/);

  const polynomialBox = page.getByRole("region", { name: "Polynomial evaluation" });
  await polynomialBox.getByRole("button", { name: "Ask the models" }).click();
  await expect(polynomialBox.getByRole("region", { name: "Output of polynomial-scratchpad" }).getByRole("status")).toHaveText(/^(Right|Wrong)/, {
    timeout: 30_000,
  });
  await expect(page.getByRole("table", { name: "Polynomial accuracy by number of terms" })).toContainText("polynomial-scratchpad");
});
