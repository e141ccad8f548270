/**
 * How the analytics write times, rates and averages, in the viewer's language: one hook
 * for the panel (server) and the charts (browser), so both read the same.
 */
import { useFormatter, useTranslations } from "next-intl";

export function useAnalyticsFormat() {
  const t = useTranslations("review.analytics");
  const format = useFormatter();
  return {
    /** `2 min 5 s`, `45 s`; a dash for no value. */
    seconds(value: number | null): string {
      if (value === null) return "—";
      const whole = Math.round(value);
      const minutes = Math.floor(whole / 60);
      return minutes > 0 ? t("minutes", { minutes, seconds: whole % 60 }) : t("seconds", { seconds: whole });
    },
    /** A share as a whole percentage: `33%`. */
    rate(value: number | null): string {
      return value === null ? "—" : format.number(value, { style: "percent", maximumFractionDigits: 0 });
    },
    /** A mean with at most two decimals. */
    decimal(value: number | null): string {
      return value === null ? "—" : format.number(value, { maximumFractionDigits: 2 });
    },
  };
}
