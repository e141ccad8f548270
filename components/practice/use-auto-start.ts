"use client";

import { useEffect, useRef } from "react";

/** Starts the model once, when `when` holds, without waiting for a click. */
export function useAutoStart(when: boolean, start: () => unknown) {
  const started = useRef(false);
  useEffect(() => {
    if (!when || started.current) return;
    started.current = true;
    void start();
  }, [when, start]);
  // Unmounting aborts the run (useModelRun), so a remount must be free to start it again.
  useEffect(
    () => () => {
      started.current = false;
    },
    [],
  );
}
