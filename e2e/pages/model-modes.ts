import { expect, type Page } from "@playwright/test";

type ModeName = "Alone" | "Watch" | "Take turns" | "Spot the error" | "Compare";

/** The practice page's "work this problem with a model" form and the model's panels. */
export class ModelModes {
  constructor(readonly page: Page) {}

  async choose(mode: ModeName, { model, planted = false }: { model?: string; planted?: boolean } = {}) {
    const details = this.page.locator("details", { hasText: "Work this problem with" });
    // `open` is present (and empty) when the details are open.
    if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
    await this.page.getByRole("radio", { name: new RegExp(`^${mode}`) }).check();
    if (model) await this.page.getByLabel("Model", { exact: true }).selectOption({ label: model });
    if (planted) await this.page.getByRole("checkbox", { name: /planted error/ }).check();
    await this.page.getByRole("button", { name: `Start ${mode}` }).click();
    await expect(this.page.getByText(new RegExp(`· ${mode} ·`))).toBeVisible();
  }

  get playback() {
    return this.page.getByRole("group", { name: "Playback" });
  }

  modelLines(name = "Model's scratchpad") {
    // Direct children: a wrong line's explanation has list items of its own.
    return this.page.getByRole("list", { name, exact: true }).locator(":scope > li");
  }

  /** Watch: reveals every line, one Step at a time, until `count` are shown. */
  async stepTo(count: number) {
    for (let shown = await this.modelLines().count(); shown < count; shown += 1) {
      await this.playback.getByRole("button", { name: "Step" }).click();
      await expect(this.modelLines()).toHaveCount(shown + 1);
    }
  }
}
