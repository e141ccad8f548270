import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: true,
};

export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
