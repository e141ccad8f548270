import { expect, type Page } from "@playwright/test";

export class PracticePage {
  constructor(readonly page: Page) {}

  get nextLine() {
    return this.page.getByRole("textbox", { name: "Next line" });
  }
  get checkButton() {
    return this.page.getByRole("button", { name: "Check line" });
  }
  get hintButton() {
    return this.page.getByRole("button", { name: "Hint" });
  }
  get verdict() {
    return this.page.getByRole("status", { name: "Line check" });
  }
  get scratchpad() {
    return this.page.getByRole("list", { name: "Scratchpad lines" });
  }
  get history() {
    return this.page.getByRole("region", { name: "History" });
  }

  /** `timeout`: for pages behind slow work (a first sandboxed trace on a cold, busy machine). */
  async heading(text: string, { timeout }: { timeout?: number } = {}) {
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText(text, { timeout });
  }

  /** Types a line and checks it, waiting for the verdict that starts with `expected`. */
  async write(line: string, expected: "Correct" | "Not quite", { withKeyboard = false } = {}) {
    await this.nextLine.fill(line);
    if (withKeyboard) await this.nextLine.press("Enter");
    else await this.checkButton.click();
    await expect(this.verdict).toHaveText(new RegExp(`^${expected}`));
    if (expected === "Correct") await expect(this.scratchpad).toContainText(line);
  }
}
