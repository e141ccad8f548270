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

  async chooseKind(name: "Long addition" | "Polynomials" | "Python tracing") {
    await this.page.getByRole("navigation", { name: "Kind of problem" }).getByRole("link", { name }).click();
    await this.page.waitForURL(/kind=/);
  }

  async startPolynomial(expression: string, x: string) {
    await this.page.getByLabel("Polynomial").fill(expression);
    await this.page.getByLabel("x", { exact: true }).fill(x);
    await this.page.getByRole("button", { name: "Start with this polynomial" }).click();
  }

  async startLevel(digits: number) {
    await this.page.getByLabel("Digits in the larger number").selectOption(String(digits));
    await this.page.getByRole("button", { name: "Start practice" }).click();
  }
}
