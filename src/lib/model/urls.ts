/** Every internal URL of the site, from one place. Trailing slashes always (permanent URLs). */
export type EntityKind = 'firms' | 'regulators' | 'people' | 'laws';

export function createUrls(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  return {
    home: root,
    case: (id: string) => `${root}cases/${id}/`,
    /** A case as a reference-manager file: `/cases/<id>.bib`, `.ris`, `.json` (CSL-JSON). */
    caseDownload: (id: string, format: 'bib' | 'ris' | 'json') => `${root}cases/${id}.${format}`,
    cases: `${root}cases/`,
    /** A case as open data, exactly as in /data/cases.json: `/data/cases/<id>.json`. */
    caseData: (id: string) => `${root}data/cases/${id}.json`,
    /** The open-data files: `/data/cases.csv`, `/data/datapackage.json`, … */
    data: (file: string) => `${root}data/${file}`,
    /** Cases side by side: `/compare/?cases=a,b` (ids in the reader's order). */
    compare: (ids: readonly string[] = []) => `${root}compare/${ids.length ? `?cases=${ids.join(',')}` : ''}`,
    entity: (kind: EntityKind, id: string) => `${root}${kind}/${id}/`,
    entityIndex: (kind: EntityKind) => `${root}${kind}/`,
    jurisdictions: `${root}jurisdictions/`,
    quotes: `${root}quotes/`,
    stats: `${root}stats/`,
    /** Cases with data flowing from one jurisdiction to another, by route slug: `/cases/flows/kr-cn/`. */
    flowRoute: (slug: string) => `${root}cases/flows/${slug}/`,
    jurisdiction: (code: string) => `${root}jurisdictions/${code.toLowerCase()}/`,
    search: `${root}search/`,
    /** Labels of the filter values that grow with the casebook, fetched with the facets. */
    searchLabels: `${root}search/labels.json`,
    timeline: `${root}timeline/`,
    about: `${root}about/`,
    asset: (path: string) => `${root}${path.replace(/^\//, '')}`,
  };
}
export type Urls = ReturnType<typeof createUrls>;
