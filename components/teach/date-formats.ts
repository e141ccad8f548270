/** How instructors' pages write dates and times (in UTC, the request's time zone; lib/i18n/request.ts). */
import type { DateTimeFormatOptions } from "next-intl";

/** A moment to the minute, with its zone: "Dec 1, 2026, 09:00 AM UTC", "2026年12月1日 09:00 UTC". */
export const DATE_TIME: DateTimeFormatOptions = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZoneName: "short",
};

/** A day: "Dec 1, 2026", "2026年12月1日". */
export const DATE: DateTimeFormatOptions = { year: "numeric", month: "short", day: "numeric" };
