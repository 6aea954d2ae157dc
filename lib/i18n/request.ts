import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "./load-messages";
import { defaultLocale, isLocale, LOCALE_COOKIE } from "./locales";

// No locale in the URL: the language is a per-browser preference kept in a cookie,
// switchable from every page (components/layout/locale-switcher.tsx).
export default getRequestConfig(async () => {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(fromCookie) ? fromCookie : defaultLocale;
  return { locale, messages: loadMessages(locale), timeZone: "Asia/Shanghai" };
});
