"use client";

import { startPractice, type StartState } from "@/app/(practice)/actions";
import { useKeptAction } from "@/components/forms/use-kept-action";

/** Every start form posts to the same action; its error shows above the forms, what was typed stays. */
export function useStart() {
  return useKeptAction<StartState>(startPractice, null);
}
