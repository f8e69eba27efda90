/**
 * How a penalty and a list of articles read in running text. Pure and light (labels only), so
 * the case page and the compare page's script word them the same way.
 */
import { capitalised, PENALTY_KIND_LABELS } from '../model/labels.ts';
import type { Penalty } from '../content/schema/case.ts';

/** A penalty's name as its authority uses it ("Penalty surcharge (과징금)"), else the contract's kind. */
export function penaltyKindText(penalty: Pick<Penalty, 'kind' | 'term'>): string {
  if (!penalty.term) return PENALTY_KIND_LABELS[penalty.kind];
  return `${capitalised(penalty.term.en)}${penalty.term.original ? ` (${penalty.term.original})` : ''}`;
}

/** "articles 44, 46"; an article cited with its own word ("section 110", "s. 69A") is shown as written. */
export function articlesText(articles: readonly string[]): string {
  const bare = (article: string) => /^\d/.test(article);
  if (articles.every(bare)) return `${articles.length === 1 ? 'article' : 'articles'} ${articles.join(', ')}`;
  return articles.map((a) => (bare(a) ? `article ${a}` : a)).join(', ');
}
