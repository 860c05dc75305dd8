/** Rows as aligned columns for people; each cell clipped so one long quote never wraps the table. */
export function formatTable(headers: readonly string[], rows: readonly (readonly (string | number | null)[])[], maxWidth = 60): string {
  const cells = rows.map((row) => row.map((cell) => clip(cell === null ? "" : String(cell), maxWidth)));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i]?.length ?? 0)));
  const line = (row: readonly string[]) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n") + "\n";
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
