import type { Locale } from "@/lib/i18n/locales";
import { translator, type Translate } from "@/lib/i18n/translator";
import { formatByteSize } from "@/lib/evidence/format-byte-size";
import { toDateTimeInputValue } from "@/lib/utils/format-date";

/** Translators and formatters the case-file sections share, fixed to one language. */
export interface CaseFileFormat {
  locale: Locale;
  t: Translate;
  domain: Translate;
  disputes: Translate;
  /** Picks the language's half of a { zh, en } text. */
  pick: (text: { zh: string; en: string }) => string;
  /** China time, to the minute, with the zone spelled out: the marketplaces' clock. */
  dateTime: (date: Date | null | undefined) => string;
  /** The same, as a table cell shows it (the zone is stated once in the text). */
  shortDateTime: (date: Date | null | undefined) => string;
  bytes: (size: number) => string;
  exactBytes: (size: number) => string;
  duration: (ms: number) => string;
  /** "A, B and C" the language's way. */
  list: (items: readonly string[]) => string;
}

const grouping = new Intl.NumberFormat("en-US");

export function caseFileFormat(locale: Locale): CaseFileFormat {
  const lists = new Intl.ListFormat(locale, { type: "conjunction" });
  return {
    locale,
    t: translator(locale, "export"),
    domain: translator(locale, "domain"),
    disputes: translator(locale, "disputes"),
    pick: (text) => (locale === "en" ? text.en : text.zh),
    dateTime: (date) => (date ? `${toDateTimeInputValue(date).replace("T", " ")} (UTC+8)` : "—"),
    shortDateTime: (date) => (date ? toDateTimeInputValue(date).replace("T", " ") : "—"),
    bytes: (size) => formatByteSize(size),
    exactBytes: (size) => `${grouping.format(size)} B`,
    duration: (ms) => {
      const totalSeconds = ms / 1000;
      const minutes = Math.floor(totalSeconds / 60);
      const seconds = (totalSeconds - minutes * 60).toFixed(1).padStart(4, "0");
      return `${String(minutes).padStart(2, "0")}:${seconds}`;
    },
    list: (items) => lists.format(items),
  };
}
