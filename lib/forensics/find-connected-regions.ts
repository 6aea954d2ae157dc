export interface GridRegion {
  cells: number;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** 4-connected groups of set cells in a cols×rows grid mask, largest first. */
export function findConnectedRegions(mask: Uint8Array, cols: number, rows: number): GridRegion[] {
  const seen = new Uint8Array(mask.length);
  const regions: GridRegion[] = [];
  for (let start = 0; start < mask.length; start++) {
    if (!mask[start] || seen[start]) continue;
    const region = { cells: 0, minX: cols, minY: rows, maxX: 0, maxY: 0 };
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) {
      const cell = stack.pop()!;
      const x = cell % cols;
      const y = (cell - x) / cols;
      region.cells++;
      region.minX = Math.min(region.minX, x);
      region.maxX = Math.max(region.maxX, x);
      region.minY = Math.min(region.minY, y);
      region.maxY = Math.max(region.maxY, y);
      for (const [nx, ny] of [[x - 1, y], [x + 1, y], [x, y - 1], [x, y + 1]]) {
        const next = ny * cols + nx;
        if (nx >= 0 && ny >= 0 && nx < cols && ny < rows && mask[next] && !seen[next]) {
          seen[next] = 1;
          stack.push(next);
        }
      }
    }
    regions.push(region);
  }
  return regions.sort((a, b) => b.cells - a.cells);
}
