/** Anchor ids that stay put: derived from what a thing is, not where it sits. */

/** "Kakao Pay starts passing data" → "kakao-pay-starts-passing-data" (ASCII; other scripts dropped). */
export function slugify(text: string, maxWords = 8): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

/** Hands out ids, adding -2, -3 to repeats, so every anchor on a page is unique. */
export function createIdAllocator(taken: Iterable<string> = []) {
  const used = new Set(taken);
  return (wanted: string): string => {
    let id = wanted;
    for (let n = 2; used.has(id); n++) id = `${wanted}-${n}`;
    used.add(id);
    return id;
  };
}
