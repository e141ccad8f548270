"use client";

import { useActionState } from "react";
import { startPractice, type StartState } from "@/app/(practice)/actions";

/** Every start form posts to the same action; its error shows above the forms. */
export function useStart() {
  return useActionState<StartState, FormData>(startPractice, null);
}
