import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { field } from "@/components/home/styles";
import { TeachForm } from "@/components/teach/teach-form";
import { signedInViewer } from "@/lib/auth/viewer";
import { listInstructorClasses } from "@/lib/db/classes";
import { count } from "@/lib/practice/count";
import { createClassAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Teach" };

export default async function TeachPage() {
  const viewer = await signedInViewer();
  if (viewer?.role !== "instructor") redirect("/sign-in");
  const classes = await listInstructorClasses({ instructorId: viewer.id });
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">Your classes</h1>
      {classes.length === 0 ? (
        <p className="text-slate-600">No classes yet. Create one; students join it with its code.</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2" aria-label="Classes">
          {classes.map((taught) => (
            <li key={taught.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <Link href={`/teach/classes/${taught.id}`} className="text-lg font-semibold text-indigo-700 underline">
                {taught.name}
              </Link>
              <p className="text-sm text-slate-600">
                Code <span className="font-mono font-semibold">{taught.code}</span> · {count(taught._count.members, "student")} · {count(taught._count.assignments, "assignment")}
              </p>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="new-class" className="max-w-md rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="new-class" className="mb-2 text-lg font-semibold">
          New class
        </h2>
        <TeachForm action={createClassAction} label="New class" submit="Create class">
          <label className="block">
            <span className="text-sm text-slate-700">Class name</span>
            <input name="name" required maxLength={80} className={field} />
          </label>
        </TeachForm>
      </section>
    </div>
  );
}
