import { expect, type Page } from "@playwright/test";

/** The forms an instructor and a student go through before any class work. */
export class Accounts {
  constructor(readonly page: Page) {}

  async signUpInstructor(name: string, password = "correct horse 9") {
    await this.page.goto("/sign-up");
    const form = this.page.getByRole("form", { name: "Your account" });
    await form.getByLabel("Your name", { exact: true }).fill(name);
    await form.getByLabel("Email", { exact: true }).fill(`${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}@example.org`);
    await form.getByLabel("Password", { exact: true }).fill(password);
    await form.getByRole("button", { name: "Create account" }).click();
    await expect(this.page.getByRole("heading", { name: "Your classes" })).toBeVisible();
  }

  /** Creates a class from the Teach page; its page's address and code. */
  async createClass(name: string): Promise<{ url: string; code: string }> {
    const form = this.page.getByRole("form", { name: "New class" });
    await form.getByLabel("Class name", { exact: true }).fill(name);
    await form.getByRole("button", { name: "Create class" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name })).toBeVisible();
    const code = (await this.page.getByLabel(/^Class code/).textContent())?.trim() ?? "";
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    return { url: this.page.url(), code };
  }

  /** Opens the New assignment form on a class's page. */
  async assignmentForm() {
    await this.page.getByText("New assignment", { exact: true }).click();
    return this.page.getByRole("form", { name: "New assignment" });
  }

  async joinClass(code: string, name: string, password: string) {
    await this.page.goto("/join");
    const form = this.page.getByRole("form", { name: "Join" });
    await form.getByLabel("Class code", { exact: true }).fill(code);
    await form.getByLabel("Your name", { exact: true }).fill(name);
    await form.getByLabel("Choose a password", { exact: true }).fill(password);
    await form.getByRole("button", { name: "Join the class" }).click();
    return form;
  }
}
