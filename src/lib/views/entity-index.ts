import { entityLink, type Casebook } from '../model/casebook.ts';
import { jurisdictionName } from '../model/jurisdictions.ts';
import { casesNaming, type MentionKind } from '../model/mentions.ts';
import type { Urls } from '../model/urls.ts';

/** A–Z index of one kind of entity, with how many cases name each (the cases its page lists). */
export function entityIndex(book: Casebook, urls: Urls, kind: MentionKind) {
  return [...book[kind].keys()]
    .map((id) => {
      const entity = book[kind].get(id)!;
      const country = 'country' in entity ? entity.country : undefined;
      return { ...entityLink(book, urls, kind, id), cases: casesNaming(book, kind, id).length, note: country ? jurisdictionName(country) : undefined };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
