const UNITS = ["B", "KB", "MB", "GB", "TB"];

/** 1024-based, as file managers show sizes: "50 MB", "4 GB", "1.5 KB". */
export function formatByteSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : Number(value.toFixed(1))} ${UNITS[unit]}`;
}
