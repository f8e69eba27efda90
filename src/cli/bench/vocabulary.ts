/** Word lists for the benchmark's synthetic content: plausible, varied, and free of MDX syntax. */

export interface Country {
  code: string;
  name: string;
  adjective: string;
  currency: string;
}

export const COUNTRIES: readonly Country[] = [
  { code: 'KR', name: 'South Korea', adjective: 'Korean', currency: 'KRW' },
  { code: 'CN', name: 'China', adjective: 'Chinese', currency: 'CNY' },
  { code: 'US', name: 'the United States', adjective: 'American', currency: 'USD' },
  { code: 'IE', name: 'Ireland', adjective: 'Irish', currency: 'EUR' },
  { code: 'SG', name: 'Singapore', adjective: 'Singaporean', currency: 'SGD' },
  { code: 'JP', name: 'Japan', adjective: 'Japanese', currency: 'JPY' },
  { code: 'FR', name: 'France', adjective: 'French', currency: 'EUR' },
  { code: 'DE', name: 'Germany', adjective: 'German', currency: 'EUR' },
  { code: 'NL', name: 'the Netherlands', adjective: 'Dutch', currency: 'EUR' },
  { code: 'GB', name: 'the United Kingdom', adjective: 'British', currency: 'GBP' },
  { code: 'IN', name: 'India', adjective: 'Indian', currency: 'INR' },
  { code: 'BR', name: 'Brazil', adjective: 'Brazilian', currency: 'BRL' },
  { code: 'AU', name: 'Australia', adjective: 'Australian', currency: 'AUD' },
  { code: 'CA', name: 'Canada', adjective: 'Canadian', currency: 'CAD' },
  { code: 'HK', name: 'Hong Kong', adjective: 'Hong Kong', currency: 'HKD' },
  { code: 'VN', name: 'Vietnam', adjective: 'Vietnamese', currency: 'VND' },
  { code: 'TW', name: 'Taiwan', adjective: 'Taiwanese', currency: 'TWD' },
  { code: 'SE', name: 'Sweden', adjective: 'Swedish', currency: 'SEK' },
  { code: 'IT', name: 'Italy', adjective: 'Italian', currency: 'EUR' },
  { code: 'ES', name: 'Spain', adjective: 'Spanish', currency: 'EUR' },
];

export const EU: Country = { code: 'EU', name: 'the European Union', adjective: 'European', currency: 'EUR' };

/** Typical size of a fine in each currency's main unit (KRW billions, EUR millions). */
export const FINE_SCALE: Record<string, number> = {
  KRW: 1_000_000_000, CNY: 1_000_000, USD: 1_000_000, EUR: 1_000_000, SGD: 100_000, JPY: 100_000_000,
  GBP: 1_000_000, INR: 10_000_000, BRL: 1_000_000, AUD: 1_000_000, CAD: 1_000_000, HKD: 1_000_000,
  VND: 100_000_000, TWD: 1_000_000, SEK: 10_000_000,
};

export const LATIN_STARTS = ['Nor', 'Kal', 'Vex', 'Lum', 'Ter', 'Bri', 'Syn', 'Oro', 'Qua', 'Zel', 'Mir', 'Ast', 'Cor', 'Hal', 'Dyn', 'Pax', 'Sol', 'Ven', 'Tal', 'Riv', 'Fen', 'Gar', 'Mon', 'Cel', 'Ari', 'Bel', 'Dra', 'Eno', 'Ivo', 'Jun'];
export const LATIN_ENDS = ['ex', 'ion', 'ova', 'ara', 'ix', 'um', 'eta', 'is', 'on', 'ia', 'ent', 'ora', 'yx', 'ano', 'ell'];
export const FIRM_KINDS = ['Pay', 'Cloud', 'Mobile', 'Bank', 'Commerce', 'Health', 'Networks', 'Logistics', 'Media', 'Analytics', 'Telecom', 'Games', 'Mobility', 'Insurance', 'Retail', 'Labs'];
export const FIRM_KINDS_KO: Record<string, string> = {
  Pay: '페이', Cloud: '클라우드', Mobile: '모바일', Bank: '은행', Commerce: '커머스', Health: '헬스', Networks: '네트웍스',
  Logistics: '로지스틱스', Media: '미디어', Analytics: '애널리틱스', Telecom: '텔레콤', Games: '게임즈', Mobility: '모빌리티',
  Insurance: '보험', Retail: '리테일', Labs: '랩스',
};
export const SECTORS: Record<string, string> = {
  Pay: 'payments', Cloud: 'cloud computing', Mobile: 'mobile services', Bank: 'banking', Commerce: 'e-commerce', Health: 'health care',
  Networks: 'social media', Logistics: 'logistics', Media: 'media', Analytics: 'advertising technology', Telecom: 'telecommunications',
  Games: 'games', Mobility: 'ride hailing', Insurance: 'insurance', Retail: 'retail', Labs: 'artificial intelligence',
};

/** Hangul syllables with a romanisation, for Korean names that read as names. */
export const HANGUL: readonly [string, string][] = [
  ['가', 'ga'], ['나', 'na'], ['다', 'da'], ['라', 'ra'], ['마', 'ma'], ['바', 'ba'], ['사', 'sa'], ['아', 'a'], ['자', 'ja'], ['하', 'ha'],
  ['한', 'han'], ['국', 'guk'], ['대', 'dae'], ['민', 'min'], ['신', 'shin'], ['성', 'sung'], ['정', 'jung'], ['현', 'hyun'], ['우', 'woo'],
  ['진', 'jin'], ['영', 'young'], ['수', 'soo'], ['지', 'ji'], ['은', 'eun'], ['서', 'seo'], ['연', 'yeon'], ['준', 'jun'], ['호', 'ho'],
  ['미', 'mi'], ['경', 'kyung'], ['동', 'dong'], ['원', 'won'], ['태', 'tae'], ['상', 'sang'], ['재', 'jae'], ['용', 'yong'], ['혜', 'hye'], ['희', 'hee'],
];
export const KOREAN_FAMILY: readonly [string, string][] = [
  ['김', 'Kim'], ['이', 'Lee'], ['박', 'Park'], ['최', 'Choi'], ['정', 'Jung'], ['강', 'Kang'], ['조', 'Cho'], ['윤', 'Yoon'],
  ['장', 'Jang'], ['임', 'Lim'], ['한', 'Han'], ['오', 'Oh'], ['서', 'Seo'], ['신', 'Shin'], ['권', 'Kwon'],
];
export const GIVEN_NAMES = ['Anna', 'Marc', 'Sofia', 'Liam', 'Claire', 'Tomas', 'Elena', 'Hugo', 'Mia', 'Jonas', 'Aoife', 'Rohan', 'Yuki', 'Wei', 'Lucas', 'Priya', 'Daniel', 'Ines', 'Pieter', 'Grace', 'Mateo', 'Hannah', 'Oscar', 'Leila'];
export const FAMILY_NAMES = ['Murphy', 'Dubois', 'Schmidt', 'Rossi', 'Tanaka', 'Chen', 'Walsh', 'Novak', 'Silva', 'Jansen', 'Kowalski', 'Byrne', 'Fischer', 'Moreau', 'Sato', 'Wang', 'Gupta', 'Costa', 'Lindqvist', 'Okafor', 'Brennan', 'Vidal', 'Nakamura', 'Keller'];
export const PERSON_TITLES = ['Commissioner', 'Professor', 'Chief Privacy Officer', 'Head of Investigations', 'Director', 'Spokesperson', 'Senior Counsel', 'Researcher', 'Chairperson', 'Deputy Director'];
export const UNIVERSITIES = ['Seoul National University', 'Trinity College Dublin', 'Sciences Po', 'Korea University', 'University of Amsterdam', 'Yonsei University', 'KU Leuven', 'National University of Singapore'];

export const REGULATOR_KINDS = ['dpa', 'dpa', 'dpa', 'financial', 'court', 'competition', 'cyberspace', 'government'] as const;
export const REGULATOR_NAMES: Record<(typeof REGULATOR_KINDS)[number], readonly string[]> = {
  dpa: ['Data Protection Authority', 'Personal Information Protection Commission', 'Data Protection Commission', 'Privacy Commissioner'],
  financial: ['Financial Supervisory Service', 'Financial Services Commission', 'Financial Conduct Authority'],
  court: ['High Court', 'Administrative Court', 'Supreme Court', 'Court of Appeal'],
  competition: ['Competition Commission', 'Fair Trade Commission'],
  cyberspace: ['Cyberspace Administration', 'Internet Security Agency'],
  government: ['Ministry of Digital Affairs', 'Ministry of Science and ICT'],
};
export const REGULATOR_NAMES_KO: Record<string, string> = {
  'Data Protection Authority': '개인정보보호청', 'Personal Information Protection Commission': '개인정보보호위원회',
  'Data Protection Commission': '데이터보호위원회', 'Privacy Commissioner': '프라이버시위원',
  'Financial Supervisory Service': '금융감독원', 'Financial Services Commission': '금융위원회', 'Financial Conduct Authority': '금융행위감독청',
  'High Court': '고등법원', 'Administrative Court': '행정법원', 'Supreme Court': '대법원', 'Court of Appeal': '항소법원',
  'Competition Commission': '경쟁위원회', 'Fair Trade Commission': '공정거래위원회', 'Cyberspace Administration': '사이버공간관리국',
  'Internet Security Agency': '인터넷진흥원', 'Ministry of Digital Affairs': '디지털부', 'Ministry of Science and ICT': '과학기술정보통신부',
};
export const LAW_NAMES = ['Personal Information Protection Act', 'Credit Information Act', 'Data Export Regulation', 'Electronic Communications Act', 'Cybersecurity Law', 'Consumer Data Right Act', 'Electronic Financial Transactions Act', 'Health Data Act'];

export const PUBLISHERS: readonly { name: string; domain: string; lang: 'en' | 'ko' }[] = [
  { name: 'KBS News', domain: 'news.kbs.co.kr', lang: 'en' }, { name: 'Yonhap News Agency', domain: 'en.yna.co.kr', lang: 'en' },
  { name: 'The Korea Herald', domain: 'www.koreaherald.com', lang: 'en' }, { name: 'Korea JoongAng Daily', domain: 'koreajoongangdaily.joins.com', lang: 'en' },
  { name: 'The Irish Times', domain: 'www.irishtimes.com', lang: 'en' }, { name: 'Reuters', domain: 'www.reuters.com', lang: 'en' },
  { name: 'Financial Times', domain: 'www.ft.com', lang: 'en' }, { name: 'Le Monde', domain: 'www.lemonde.fr', lang: 'en' },
  { name: 'Politico Europe', domain: 'www.politico.eu', lang: 'en' }, { name: 'South China Morning Post', domain: 'www.scmp.com', lang: 'en' },
  { name: 'Nikkei Asia', domain: 'asia.nikkei.com', lang: 'en' }, { name: 'The Straits Times', domain: 'www.straitstimes.com', lang: 'en' },
  { name: 'Newsis', domain: 'www.newsis.com', lang: 'ko' }, { name: '전자신문', domain: 'www.etnews.com', lang: 'ko' },
  { name: '한겨레', domain: 'www.hani.co.kr', lang: 'ko' }, { name: '조선비즈', domain: 'biz.chosun.com', lang: 'ko' },
  { name: 'Digital Daily', domain: 'm.ddaily.co.kr', lang: 'ko' }, { name: 'News1', domain: 'www.news1.kr', lang: 'ko' },
];

export const TAGS = ['payments', 'china', 'consent', 'credit-information', 'cloud', 'advertising', 'health-data', 'biometrics', 'adequacy', 'standard-contractual-clauses', 'government-access', 'children', 'location-data', 'e-commerce', 'telecoms', 'ai-training', 'data-localisation', 'breach', 'transparency', 'processor'];

export const DATA_CATEGORY_LABELS: Record<string, string> = {
  'account-identifier': 'Account identifier', name: 'Name', 'phone-number': 'Phone number', 'email-address': 'Email address',
  'postal-address': 'Postal address', 'national-id': 'National ID number', 'date-of-birth': 'Date of birth', 'payment-card': 'Payment card',
  'transaction-history': 'Transaction history', 'financial-account': 'Financial account', 'credit-score': 'Credit score',
  'device-identifier': 'Device identifier', 'ip-address': 'IP address', location: 'Location', 'online-activity': 'Online activity',
  'communications-content': 'Communications content', 'user-content': 'User content', contacts: 'Contacts', 'photos-images': 'Photos and images',
  biometric: 'Biometric data', health: 'Health data', employment: 'Employment data', 'government-records': 'Government records', other: 'Other',
};

/** Words that vary the prose, so the search index sees a realistic spread of terms. */
export const NOUNS = ['records', 'identifiers', 'logs', 'profiles', 'datasets', 'transfers', 'servers', 'contracts', 'clauses', 'safeguards', 'audits', 'inspections', 'customers', 'subscribers', 'users', 'merchants', 'engineers', 'affiliates', 'processors', 'vendors', 'backups', 'analytics', 'models', 'scores', 'notices', 'policies', 'complaints', 'disclosures', 'consignments', 'encryption keys', 'access controls', 'retention periods', 'risk assessments', 'impact assessments', 'data centres', 'support staff', 'telemetry', 'cookies', 'app permissions', 'payment tokens'];
export const ADJECTIVES = ['overseas', 'encrypted', 'pseudonymised', 'unnecessary', 'sensitive', 'dormant', 'historical', 'bulk', 'daily', 'monthly', 'undisclosed', 'contractual', 'technical', 'organisational', 'supplementary', 'adequate', 'unlawful', 'provisional', 'final', 'detailed', 'partial', 'internal', 'external', 'aggregated', 'raw'];
export const VERBS = ['sent', 'shared', 'copied', 'transmitted', 'replicated', 'exported', 'uploaded', 'mirrored', 'disclosed', 'handed over'];
export const KOREAN_CLAUSES = [
  '고객 동의 없이 개인정보를 해외로 이전했다', '결제에 필요한 최소한의 정보만 제공했다고 밝혔다', '정보주체가 이러한 사실을 알기 어렵다',
  '국외 이전에 대한 별도의 동의가 필요하다', '암호화 조치를 했다고 주장했다', '과징금과 시정명령을 부과하기로 의결했다',
  '법원에 행정소송을 제기했다', '재발 방지 대책을 마련하겠다고 밝혔다', '해외 결제를 하지 않은 고객의 정보까지 넘겼다',
  '위탁 계약에 따라 정보를 처리했다고 해명했다', '조사 결과를 바탕으로 제재 수위를 결정했다', '개인정보 보호 체계를 점검할 계획이다',
];
