/**
 * Korean attaches particles to words (카카오페이가, 금융감독원은). Pagefind matches
 * prefixes, so a bare query already finds inflected text; stripping a trailing
 * particle from each Hangul query word lets an inflected query find the bare word too.
 */
const PARTICLES = [
  '에서는', '에게서', '으로는', '이라는', '에서', '에게', '으로', '까지', '부터', '처럼', '보다', '라는', '이나', '와의', '과의',
  '의', '가', '이', '은', '는', '을', '를', '에', '와', '과', '도', '로', '만',
].sort((a, b) => b.length - a.length);
const HANGUL = /[\uac00-\ud7a3]/;
/** A stem shorter than this is more likely a whole word than a word plus particle. */
const MIN_STEM = 2;

export function stripParticle(word: string): string {
  if (!HANGUL.test(word)) return word;
  for (const particle of PARTICLES) {
    if (word.endsWith(particle) && word.length - particle.length >= MIN_STEM) return word.slice(0, -particle.length);
  }
  return word;
}

/** Normalises a search query word by word: "카카오페이가 알리페이에" → "카카오페이 알리페이". */
export function normalizeQuery(query: string): string {
  return query.trim().split(/\s+/).filter(Boolean).map(stripParticle).join(' ');
}
