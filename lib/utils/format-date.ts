/**
 * Dates typed into forms are China time (the marketplaces' and the merchants' clock),
 * whatever time zone the server runs in. China has no daylight saving, so a fixed
 * +08:00 offset is exact; lib/i18n/request.ts formats output in the same zone.
 */
const OFFSET = "+08:00";
const OFFSET_MS = 8 * 60 * 60 * 1000;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/;
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * "2026-03-01" (midnight China time), "2026-03-01T18:00" (China time) or a full ISO
 * timestamp with zone. Null for anything else, including impossible dates like 02-30.
 */
export function parseChinaDateTime(text: string): Date | null {
  const value = text.trim();
  let iso: string;
  if (DATE.test(value)) iso = `${value}T00:00:00${OFFSET}`;
  else if (LOCAL_DATE_TIME.test(value)) iso = `${value.length === 16 ? `${value}:00` : value}${OFFSET}`;
  else if (ISO_WITH_ZONE.test(value)) iso = value;
  else return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  // Date() rolls 02-30 over to 03-02; a round trip of the calendar part catches that.
  const calendar = value.slice(0, 10);
  const roundTrip = ISO_WITH_ZONE.test(value) ? new Date(`${calendar}T00:00:00Z`).toISOString().slice(0, 10) : toDateInputValue(date);
  return roundTrip === calendar ? date : null;
}

/** Value for <input type="date">, in China time. */
export function toDateInputValue(date: Date): string {
  return new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** Value for <input type="datetime-local">, in China time, minute precision. */
export function toDateTimeInputValue(date: Date): string {
  return new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 16);
}
