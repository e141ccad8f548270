import Link from "next/link";

export default function SessionNotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Practice session not found</h1>
      <p className="text-slate-700">
        This link does not lead to one of your sessions. Sessions belong to the browser that started them.
      </p>
      <Link href="/" className="text-indigo-700 underline">
        Start a new problem
      </Link>
    </div>
  );
}
