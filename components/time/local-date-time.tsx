"use client";

import { useLocale } from "next-intl";
import { useSyncExternalStore } from "react";

const FIELDS: Intl.DateTimeFormatOptions = { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" };
const never = () => () => {};

/**
 * A moment (a due date) in the reader's own time zone, which only the browser knows: the
 * server's render says the time in UTC, and the browser puts its own zone in at once.
 */
export function LocalDateTime({ iso }: { iso: string }) {
  const locale = useLocale();
  const date = new Date(iso);
  const text = useSyncExternalStore(
    never,
    () => new Intl.DateTimeFormat(locale, { ...FIELDS, timeZoneName: "short" }).format(date),
    () => new Intl.DateTimeFormat(locale, { ...FIELDS, timeZone: "UTC", timeZoneName: "short" }).format(date),
  );
  return <time dateTime={iso}>{text}</time>;
}
