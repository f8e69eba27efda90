/**
 * Skeletons for new content files: every field of the contract, commented, with
 * `TODO` placeholders the validator rejects, so an unfilled file can never be published.
 */
export const SKELETON_KINDS = ['case', 'firm', 'regulator', 'person', 'law'] as const;
export type SkeletonKind = (typeof SKELETON_KINDS)[number];

export const PLACEHOLDER = 'TODO';

export const SKELETON_PATHS: Record<SkeletonKind, (id: string) => string> = {
  case: (id) => `cases/${id}.mdx`,
  firm: (id) => `firms/${id}.yaml`,
  regulator: (id) => `regulators/${id}.yaml`,
  person: (id) => `people/${id}.yaml`,
  law: (id) => `laws/${id}.yaml`,
};

const schemaComment = (name: string) => `# yaml-language-server: $schema=../../public/schemas/${name}.json\n`;

export function skeleton(kind: SkeletonKind, today: string): string {
  switch (kind) {
    case 'case':
      return `---
# Fill every TODO; \`npm run validate\` lists what is left. Dates: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source.
title: ${PLACEHOLDER} one-line title (who did what)      # required
summary: >-                                           # required, plain text, at most 600 characters
  ${PLACEHOLDER} what happened and what regulators or courts did, in two or three sentences.
status: reported        # required: reported | investigating | sanctioned | appealed | resolved
reported: ${today}      # required: first public report
updated: ${today}       # required: last substantive change to this page (>= reported)
tags: []                # optional kebab-case words
# aliases: []           # optional: earlier ids of this case (each keeps working as a redirect)
flows:                  # required, at least one
  - from: ${PLACEHOLDER}            # ISO 3166-1 alpha-2 (KR, US) or EU / EEA
    to: ${PLACEHOLDER}              # different from \`from\`
    # exporter: firm-id
    # importer: firm-id
    data: [other]       # data category ids from content/data-categories.yaml
    # alleged: true     # where the transfer itself is alleged
    # records: 0        # as reported
    # people: 0         # as reported ("over 40 million" -> 40000000)
    # since: YYYY-MM
    # until: YYYY-MM
parties:                # required, at least one
  - firm: ${PLACEHOLDER}            # firm id (content/firms/<id>.yaml)
    role: exporter      # exporter | importer | processor | partner | parent | platform | complainant | other
# regulators:
#   - regulator: regulator-id
#     role: investigator   # investigator | enforcer | court | complainant | other
# positions:             # what each side claims
#   - by: { firm: firm-id }   # exactly one of firm | regulator | person
#     claim: ...
#     source: source-id
# penalties:
#   - authority: regulator-id
#     target: firm-id      # or person: person-id
#     kind: fine           # fine | corrective-order | warning | suspension | other
#     amount: 1000000      # whole number, main currency unit; required for a fine
#     currency: EUR        # ISO 4217, required with amount
#     date: YYYY-MM-DD
#     source: source-id
# provisions:
#   - law: law-id
#     article: "17(3)"
timeline:               # required, at least one event
  - date: ${today}
    kind: report        # report | investigation | sanction | ruling | statement | agreement | transfer | other
    title: ${PLACEHOLDER} what happened
    sources: [${PLACEHOLDER.toLowerCase()}-source]
# quotes:
#   - person: person-id
#     text: exact words
#     original: words in the original language
#     original_lang: ko
#     date: YYYY-MM-DD
#     source: source-id
sources:                # required, at least one; ids are local to this case
  - id: ${PLACEHOLDER.toLowerCase()}-source       # also the footnote label: ...claim.[^source-id]
    kind: news          # news | regulator | court | company | academic | other
    title: ${PLACEHOLDER} title as published
    publisher: ${PLACEHOLDER}
    date: ${today}
    # url: https://...
    # archived: https://...
    # lang: en
    # author: ...
changes:
  - date: ${today}
    summary: First published.
# related: []           # ids of other cases a reader should see
---
${PLACEHOLDER}: the narrative. Every factual sentence ends with a footnote to a source id.[^${PLACEHOLDER.toLowerCase()}-source]
`;
    case 'firm':
      return `${schemaComment('firm')}name: ${PLACEHOLDER}                 # required
# names: { ko: ... }          # names in other languages, by BCP 47 tag
# aliases: []                 # other spellings people search for
type: company                 # company | public-body | ngo | other
country: ${PLACEHOLDER}              # required: ISO 3166-1 alpha-2, or EU
# parent: firm-id
# sector: payments
# website: https://...
# description: One neutral sentence.
# unconfirmed: [country]      # fields the sources do not confirm
`;
    case 'regulator':
      return `${schemaComment('regulator')}name: ${PLACEHOLDER}                 # required
# abbr: ...
# names: { ko: ... }
# aliases: []
country: ${PLACEHOLDER}              # required: ISO 3166-1 alpha-2, or EU for EU bodies
kind: dpa                     # required: dpa | financial | competition | cyberspace | court | government | other
# website: https://...
# description: One neutral sentence.
`;
    case 'person':
      return `${schemaComment('person')}name: ${PLACEHOLDER}                 # required
# names: { ko: ... }
# aliases: []
# affiliation: ...            # when quoted
# title: Professor
# description: ...
`;
    case 'law':
      return `${schemaComment('law')}name: ${PLACEHOLDER}                 # required
# short: PIPA
# names: { ko: ... }
# aliases: []
country: ${PLACEHOLDER}              # required: ISO 3166-1 alpha-2, or EU
# url: https://...
# description: ...
`;
  }
}
