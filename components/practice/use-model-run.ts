"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import type { RunMessage } from "@/lib/model-work/run";
import type { TranscriptLine } from "@/lib/practice/transcript";
import type { Variant } from "@/lib/scratchpad";

export type RunState = "idle" | "running" | "failed" | "done";
type Lines = Record<Variant, TranscriptLine[]>;

/** The model route's answer when it will not run the model; `busy`: a run is still closing. */
type Refusal = { error?: string; busy?: boolean };

/** Tries before giving up on "the model is busy" (a run the page just left is still closing). */
const BUSY_RETRIES = 3;

/**
 * Asks the session's model to write and merges its lines, as they stream, with those the
 * page was rendered with. Leaving the page aborts the request, which stops the model.
 */
export function useModelRun(sessionId: string, scratchpad: TranscriptLine[], direct: TranscriptLine[], initialError: string | null) {
  const router = useRouter();
  const t = useTranslations("practice.modelRun.status");
  const [lines, setLines] = useState<Lines>({ scratchpad, direct });
  const [state, setState] = useState<RunState>(initialError ? "failed" : "idle");
  const [error, setError] = useState<string | null>(initialError);
  const [notice, setNotice] = useState<string | null>(null);
  const controllerRef = useRef<AbortController | null>(null);

  // A server render after the run (router.refresh) brings the stored lines; they win.
  useEffect(() => setLines({ scratchpad, direct }), [scratchpad, direct]);
  useEffect(() => () => controllerRef.current?.abort(), []);

  const start = useCallback(async () => {
    if (controllerRef.current && !controllerRef.current.signal.aborted) return;
    const controller = new AbortController();
    controllerRef.current = controller;
    setState("running");
    setError(null);
    setNotice(null);
    const requestId = crypto.randomUUID();
    try {
      let response: Response | null = null;
      let refusal: Refusal | null = null;
      for (let attempt = 0; attempt <= BUSY_RETRIES; attempt += 1) {
        response = await fetch(`/api/practice/${sessionId}/model`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ requestId }),
          signal: controller.signal,
        });
        if (response.ok) break;
        refusal = (await response.json().catch(() => null)) as Refusal | null;
        if (!refusal?.busy || attempt === BUSY_RETRIES) break;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      if (!response || !response.ok || !response.body) {
        setError(refusal?.error ?? t("unreachable"));
        setState("failed");
        return;
      }
      let failed = false;
      for await (const message of ndjson<RunMessage>(response.body)) {
        if (message.type === "line") {
          setLines((current) => ({ ...current, [message.variant]: merge(current[message.variant], message.line) }));
        } else if (message.type === "notice") setNotice(message.message);
        else if (message.type === "error") {
          failed = true;
          setError(message.message);
        }
      }
      setState(failed ? "failed" : "done");
      router.refresh();
    } catch {
      if (controller.signal.aborted) return;
      setError(t("connectionLost"));
      setState("failed");
    } finally {
      if (controllerRef.current === controller) controllerRef.current = null;
    }
  }, [router, sessionId, t]);

  return { lines, state, error, notice, start };
}

/** A line in its place by reference index: a planted line replaces the one it stands for. */
function merge(lines: TranscriptLine[], line: TranscriptLine): TranscriptLine[] {
  return [...lines.filter((other) => other.index !== line.index), line].sort((a, b) => a.index - b.index);
}

async function* ndjson<T>(body: ReadableStream<Uint8Array>): AsyncGenerator<T> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let newline = buffer.indexOf("\n");
    while (newline >= 0) {
      const text = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      if (text.trim()) yield JSON.parse(text) as T;
      newline = buffer.indexOf("\n");
    }
  }
}
