import { expect, test, type Page } from "@playwright/test";
import { PracticePage } from "./pages/practice-page";

// One class end to end: an instructor sets it up, a student joins and works an assignment,
// the instructor replays the session, sees it in the analytics and exports it.

async function fill(page: Page, form: string, fields: Record<string, string>) {
  const scope = page.getByRole("form", { name: form });
  for (const [label, value] of Object.entries(fields)) await scope.getByLabel(label, { exact: true }).fill(value);
  return scope;
}

test("an instructor runs a class: class, assignment, a student's work, replay, analytics, export", async ({ browser }) => {
  const stamp = Date.now();
  const teacher = await (await browser.newContext()).newPage();
  await teacher.goto("/sign-up");
  const signUp = await fill(teacher, "Your account", { "Your name": "Ms Tanaka", Email: `tanaka-${stamp}@example.org`, Password: "correct horse 1" });
  await signUp.getByRole("button", { name: "Create account" }).click();
  await expect(teacher.getByRole("heading", { name: "Your classes" })).toBeVisible();

  const newClass = await fill(teacher, "New class", { "Class name": "Period 3" });
  await newClass.getByRole("button", { name: "Create class" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Period 3" })).toBeVisible();
  const code = (await teacher.getByLabel(/^Class code/).textContent())?.trim() ?? "";
  expect(code).toMatch(/^[A-Z0-9]{6}$/);

  await teacher.getByText("New assignment", { exact: true }).click();
  const assignment = teacher.getByRole("form", { name: "New assignment" });
  await assignment.getByLabel("Title").fill("Carrying");
  await assignment.getByRole("radio", { name: "Written by me" }).check();
  await assignment.getByLabel(/One problem per line/).fill("29 + 57");
  await assignment.getByRole("button", { name: "Assign" }).click();
  await expect(assignment.getByRole("status")).toContainText("“Carrying” was assigned (1 problem)");

  const student = await (await browser.newContext()).newPage();
  const practice = new PracticePage(student);
  await student.goto("/join");
  const join = await fill(student, "Join", { "Class code": code, "Your name": "Ana Lima", "Choose a password": "ana password" });
  await join.getByRole("button", { name: "Join the class" }).click();
  await student.getByRole("link", { name: "Carrying" }).click();
  await expect(student.getByRole("status", { name: "Assignment progress" })).toHaveText("0 of 1 done");
  await student.getByRole("button", { name: "Start: 2 9 + 5 7" }).click();
  await practice.heading("2 9 + 5 7");
  await practice.write("2 9 + 5 7 , C: 0", "Correct");
  await practice.write("2 + 5 , 6 C: 1", "Correct");
  await practice.write(", 7 6 C: 0", "Not quite");
  await practice.write(", 8 6 C: 0", "Correct");
  await practice.write("0 8 6", "Correct");
  await practice.write("8 6", "Correct");
  await expect(student.getByRole("region", { name: "Solved!" })).toBeVisible();
  await student.goto("/");
  await expect(student.getByRole("region", { name: "Your assignments" })).toContainText("1 of 1 done");

  await teacher.reload();
  await expect(teacher.getByRole("region", { name: "Roster" })).toContainText("Ana Lima");
  const sessions = teacher.getByRole("table", { name: "Sessions" });
  await expect(sessions).toContainText("Carrying");
  await sessions.getByRole("link", { name: "2 9 + 5 7" }).click();

  const controls = teacher.getByRole("group", { name: "Replay controls" });
  await expect(teacher.getByText(/Step 0 of \d+/)).toBeVisible();
  for (let i = 0; i < 3; i += 1) await controls.getByRole("button", { name: "Step" }).click();
  await expect(teacher.getByText(/Step 3 of \d+/)).toBeVisible();
  const steps = teacher.getByRole("list", { name: "Replayed steps" });
  await expect(steps).toContainText(", 7 6 C: 0");
  await expect(steps).toContainText("Carry dropped");
  await expect(steps.locator(":scope > li")).toHaveCount(3);
  await expect(teacher.getByRole("list", { name: "Reference trace" })).toContainText(", 8 6 C: 0 # added 2 + 5 + 1 = 8 carry 0");
  await controls.getByRole("button", { name: "Show all" }).click();
  await expect(steps).toContainText("8 6");

  await teacher.getByRole("link", { name: "Back to the class" }).click();
  const analytics = teacher.getByRole("region", { name: "Analytics" });
  await expect(analytics.getByRole("region", { name: "Frequent misconceptions" })).toContainText("Carry dropped");
  await expect(analytics.getByRole("region", { name: "Students" })).toContainText("Ana Lima");

  const download = teacher.waitForEvent("download");
  await teacher.getByRole("link", { name: "CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const text = await (await file.createReadStream()).toArray();
  expect(Buffer.concat(text).toString("utf8")).toContain("Ana Lima");
});

test("a student's sign-in is refused with a clear message, and a student cannot open the instructor pages", async ({ page }) => {
  await page.goto("/sign-in");
  const students = await fill(page, "Students", { "Class code": "ZZZZZZ", "Your name in the class": "Nobody", Password: "wrong password" });
  await students.getByRole("button", { name: "Sign in to my class" }).click();
  await expect(students.getByRole("alert")).toContainText("do not match");
  await page.goto("/teach");
  await expect(page.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();
});
