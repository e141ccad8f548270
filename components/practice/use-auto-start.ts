"use client";

import { useEffect, useRef } from "react";

/** Starts the model once each time `when` comes to hold, without waiting for a click. */
export function useAutoStart(when: boolean, start: () => unknown) {
  const started = useRef(false);
  useEffect(() => {
    // Each time the condition comes back (the model's next turn), it starts again.
    if (!when) {
      started.current = false;
      return;
    }
    if (started.current) return;
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
