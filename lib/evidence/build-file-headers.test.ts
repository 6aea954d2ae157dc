import { describe, expect, it } from "vitest";
import { contentDisposition } from "./build-file-headers";
import { formatByteSize } from "./format-byte-size";

describe("contentDisposition", () => {
  it("encodes non-ASCII names per RFC 5987 with a safe ASCII fallback", () => {
    expect(contentDisposition("inline", "破损照片.jpg")).toBe(
      `inline; filename="____.jpg"; filename*=UTF-8''%E7%A0%B4%E6%8D%9F%E7%85%A7%E7%89%87.jpg`,
    );
    expect(decodeURIComponent(contentDisposition("attachment", "a'(b)*c 100%.pdf").split("''")[1])).toBe("a'(b)*c 100%.pdf");
    expect(contentDisposition("attachment", 'x"\\y.pdf')).toMatch(/^attachment; filename="x__y\.pdf"; filename\*=UTF-8''x%22%5Cy\.pdf$/);
  });
});

describe("formatByteSize", () => {
  it("uses 1024-based units", () => {
    expect(formatByteSize(0)).toBe("0 B");
    expect(formatByteSize(1000)).toBe("1000 B");
    expect(formatByteSize(2048)).toBe("2 KB");
    expect(formatByteSize(1536)).toBe("1.5 KB");
    expect(formatByteSize(50 * 1024 * 1024)).toBe("50 MB");
    expect(formatByteSize(4 * 1024 ** 3)).toBe("4 GB");
  });
});
