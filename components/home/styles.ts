// Class names shared by the start forms, so the three kinds look alike.
export const card = "space-y-3 rounded-lg border border-slate-200 bg-white p-4";
export const field = "mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5";
export const primaryButton =
  "rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 disabled:opacity-60";
export const chipButton =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 font-mono hover:bg-slate-100 disabled:opacity-60";
