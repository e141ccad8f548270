import type { Locale } from "./locales";
import type { Messages } from "./messages";

// Typed keys: `t("nav.lab")` is checked against the English texts at compile time.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
