/** Fitting a chart's words into its picture: SVG text does not wrap, so the geometry breaks it into lines. */

/** Shortens a title to `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * Breaks a title into lines of at most `maxChars` characters at spaces, at most `maxLines` of
 * them; only a title longer than that is shortened, its last line ending in an ellipsis.
 */
export function wrapLines(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length > maxLines) lines.splice(maxLines - 1, Infinity, truncate(lines.slice(maxLines - 1).join(' '), maxChars));
  // A single word longer than a line is cut.
  return lines.map((line) => truncate(line, maxChars));
}
