import { describe, expect, it } from "vitest";
import { fenToYuanInput, formatFen, parseYuanToFen } from "./money";

describe("money", () => {
  it("parses yuan text to integer fen without floating point", () => {
    expect(parseYuanToFen("12.30")).toBe(1230);
    expect(parseYuanToFen("0.1")).toBe(10);
    expect(parseYuanToFen("0.29")).toBe(29);
    expect(parseYuanToFen("1,234.56")).toBe(123456);
    expect(parseYuanToFen("￥ 7")).toBe(700);
    for (const bad of ["1.234", "-1", "", ".5", "1.", "1e2", "12,30.5.1", "NaN", "0x10"]) expect(parseYuanToFen(bad), bad).toBeNull();
  });

  it("formats fen for display and for inputs", () => {
    expect(formatFen(123450)).toBe("¥1,234.50");
    expect(formatFen(5)).toBe("¥0.05");
    expect(formatFen(-1999)).toBe("-¥19.99");
    expect(fenToYuanInput(1230)).toBe("12.30");
    expect(fenToYuanInput(7)).toBe("0.07");
    expect(parseYuanToFen(fenToYuanInput(98765))).toBe(98765);
  });
});
