import { createTranslator } from "next-intl";
import { loadMessages } from "./load-messages";
import { defaultLocale, isLocale, LOCALE_COOKIE, type Locale } from "./locales";

export type Translate = (key: string, values?: Record<string, string | number | Date>) => string;

/** A translator usable outside React (route handlers, CLI, tests); keys are checked at run time. */
export function translator(locale: Locale, namespace?: string): Translate {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: namespace as never });
  return (key, values) => (t as unknown as Translate)(key, values);
}

/** The locale a request asks for: cookie first, then Accept-Language, then the default. */
export function localeFromRequest(headers: Headers): Locale {
  const cookie = headers.get("cookie") ?? "";
  const match = cookie.match(new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`));
  const fromCookie = match ? decodeURIComponent(match[1]) : undefined;
  if (isLocale(fromCookie)) return fromCookie;
  const accept = headers.get("accept-language") ?? "";
  if (/^en\b/i.test(accept)) return "en";
  return defaultLocale;
}
