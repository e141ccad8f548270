import type { Page } from "@playwright/test";

export class HomePage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto("/");
  }

  async startWithNumbers(a: string, b: string) {
    await this.page.getByLabel("First number").fill(a);
    await this.page.getByLabel("Second number").fill(b);
    await this.page.getByRole("button", { name: "Start with these numbers" }).click();
  }

  async startLevel(digits: number) {
    await this.page.getByLabel("Digits in the larger number").selectOption(String(digits));
    await this.page.getByRole("button", { name: "Start practice" }).click();
  }
}
