/**
 * Issuing bodies of synthetic documents: who they are, how their header reads,
 * which symbols they number with, and how other documents name them.
 */
import { PROVINCES, COMMUNE_NAMES, type DistrictKind, type ProvinceDef } from './vocab-places.ts';
import type { Rng } from './rng.ts';

export type Level = 'central' | 'province' | 'district' | 'commune';
export type Family = 'state' | 'party';

/** Kinds of documents, each with its Vietnamese type name and symbol abbreviation. */
export type Kind =
  | 'KH' | 'NQ' | 'QĐ' | 'QĐL' | 'CT' | 'CV' | 'HD' | 'TB' | 'QyĐ' | 'BC' | 'CTr' | 'KL' | 'QC' | 'CĐ' | 'NĐ' | 'TT';

export const KIND_NAMES: Record<Kind, string> = {
  KH: 'Kế hoạch', NQ: 'Nghị quyết', QĐ: 'Quyết định', QĐL: 'Quyết định', CT: 'Chỉ thị', CV: 'Công văn',
  HD: 'Hướng dẫn', TB: 'Thông báo', QyĐ: 'Quy định', BC: 'Báo cáo', CTr: 'Chương trình', KL: 'Kết luận',
  QC: 'Quy chế', CĐ: 'Công điện', NĐ: 'Nghị định', TT: 'Thông tư',
};

export interface Locality {
  province: string | null;
  district: string | null;
  commune: string | null;
}

export interface Issuer {
  key: string;
  family: Family;
  level: Level;
  /** Full name as a document gives it: "Ủy ban nhân dân quận Tân Bình". */
  name: string;
  /** Upper-case header lines above the "*" or motto: ["ỦY BAN NHÂN DÂN", "QUẬN TÂN BÌNH"]. */
  header: string[];
  /** Issuer code in symbols: UBND, TTg, TU, ĐU … */
  code: string;
  /** Names other documents use after "của": most formal first. */
  citeNames: string[];
  /** The name a document of the same locality uses ("UBND tỉnh", "Ban Thường vụ Tỉnh ủy"). */
  localName: string;
  /** Place of issue written before ", ngày". */
  place: string;
  locality: Locality;
  /** Kinds it issues, weighted. */
  kinds: ReadonlyArray<readonly [Kind, number]>;
  /** Units for official letters (công văn): symbol is CODE-UNIT. */
  units: string[];
  /** Signature capacity lines options. */
  signatures: string[][];
  /** Collective name used in body text: "Ủy ban nhân dân quận", "Ban Thường vụ Đảng ủy". */
  selfRef: string;
  /** The area it governs, as text says "trên địa bàn …": "xã Phong Doanh", "tỉnh Lạng Sơn"; empty for central bodies. */
  area: string;
  /** Province key for citation neighbourhoods (null for central bodies). */
  provinceName: string | null;
  /** District name when the issuer is at or below a district. */
  districtName: string | null;
  /** Abolished from this ISO date (districts were abolished on 2025-07-01). */
  until: string | null;
  /** From this ISO date (communes of the two-level government). */
  since: string | null;
}

const up = (s: string) => s.toLocaleUpperCase('vi');

function provinceLabel(p: ProvinceDef): { lower: string; upper: string; short: string } {
  if (p.city) return { lower: `Thành phố ${p.name}`, upper: `THÀNH PHỐ ${up(p.name)}`, short: `Thành phố` };
  return { lower: `tỉnh ${p.name}`, upper: `TỈNH ${up(p.name)}`, short: 'tỉnh' };
}

const UBND_SIGN = [
  ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
  ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
  ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
  ['CHỦ TỊCH'],
];
const PARTY_SIGN = [
  ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ'],
  ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ'],
  ['T/M BAN CHẤP HÀNH', 'BÍ THƯ'],
];

const STATE_LOCAL_KINDS: ReadonlyArray<readonly [Kind, number]> = [
  ['KH', 40], ['QĐ', 14], ['CV', 18], ['TB', 7], ['BC', 8], ['CT', 4], ['HD', 3], ['QC', 2],
];
const PARTY_LOCAL_KINDS: ReadonlyArray<readonly [Kind, number]> = [
  ['KH', 30], ['NQ', 16], ['CT', 8], ['BC', 10], ['TB', 8], ['QyĐ', 6], ['HD', 6], ['CTr', 8], ['KL', 4], ['QĐ', 4],
];

function centralIssuers(): Issuer[] {
  const base = {
    level: 'central' as const, place: 'Hà Nội', area: '', locality: { province: null, district: null, commune: null },
    provinceName: null, districtName: null, until: null, since: null,
  };
  return [
    { ...base, key: 'ttg', family: 'state', name: 'Thủ tướng Chính phủ', header: ['THỦ TƯỚNG CHÍNH PHỦ'], code: 'TTg',
      citeNames: ['Thủ tướng Chính phủ'], localName: 'Thủ tướng Chính phủ', kinds: [['QĐ', 5], ['CT', 3], ['CĐ', 2]],
      units: [], signatures: [['THỦ TƯỚNG'], ['KT. THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG']], selfRef: 'Thủ tướng Chính phủ' },
    { ...base, key: 'cp', family: 'state', name: 'Chính phủ', header: ['CHÍNH PHỦ'], code: 'CP',
      citeNames: ['Chính phủ'], localName: 'Chính phủ', kinds: [['NQ', 3], ['NĐ', 3]],
      units: [], signatures: [['TM. CHÍNH PHỦ', 'THỦ TƯỚNG'], ['TM. CHÍNH PHỦ', 'KT. THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG']], selfRef: 'Chính phủ' },
    { ...base, key: 'bnv', family: 'state', name: 'Bộ Nội vụ', header: ['BỘ NỘI VỤ'], code: 'BNV',
      citeNames: ['Bộ Nội vụ'], localName: 'Bộ Nội vụ', kinds: [['TT', 2], ['CV', 4], ['HD', 2], ['KH', 2]],
      units: ['TĐKT', 'TCBC', 'CQĐP', 'VP'], signatures: [['BỘ TRƯỞNG'], ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG']], selfRef: 'Bộ Nội vụ' },
    { ...base, key: 'btc', family: 'state', name: 'Bộ Tài chính', header: ['BỘ TÀI CHÍNH'], code: 'BTC',
      citeNames: ['Bộ Tài chính'], localName: 'Bộ Tài chính', kinds: [['TT', 3], ['CV', 4]],
      units: ['NSNN', 'HCSN', 'QLCS'], signatures: [['BỘ TRƯỞNG'], ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG']], selfRef: 'Bộ Tài chính' },
    { ...base, key: 'bgddt', family: 'state', name: 'Bộ Giáo dục và Đào tạo', header: ['BỘ GIÁO DỤC VÀ ĐÀO TẠO'], code: 'BGDĐT',
      citeNames: ['Bộ Giáo dục và Đào tạo', 'Bộ GDĐT'], localName: 'Bộ Giáo dục và Đào tạo', kinds: [['TT', 2], ['CV', 3], ['KH', 1]],
      units: ['GDTH', 'GDTrH', 'NGCBQLGD'], signatures: [['BỘ TRƯỞNG'], ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG']], selfRef: 'Bộ Giáo dục và Đào tạo' },
    { ...base, key: 'bct-party', family: 'party', name: 'Bộ Chính trị', header: ['BAN CHẤP HÀNH TRUNG ƯƠNG'], code: 'TW',
      citeNames: ['Bộ Chính trị'], localName: 'Bộ Chính trị', kinds: [['NQ', 3], ['CT', 2], ['KL', 4], ['QyĐ', 2]],
      units: [], signatures: [['T/M BỘ CHÍNH TRỊ', 'TỔNG BÍ THƯ'], ['T/M BỘ CHÍNH TRỊ', 'THƯỜNG TRỰC BAN BÍ THƯ']], selfRef: 'Bộ Chính trị' },
    { ...base, key: 'bbt', family: 'party', name: 'Ban Bí thư', header: ['BAN CHẤP HÀNH TRUNG ƯƠNG'], code: 'TW',
      citeNames: ['Ban Bí thư'], localName: 'Ban Bí thư', kinds: [['CT', 3], ['KL', 3], ['QyĐ', 1]],
      units: [], signatures: [['T/M BAN BÍ THƯ']], selfRef: 'Ban Bí thư' },
    { ...base, key: 'btctw', family: 'party', name: 'Ban Tổ chức Trung ương', header: ['BAN CHẤP HÀNH TRUNG ƯƠNG', 'BAN TỔ CHỨC'], code: 'BTCTW',
      citeNames: ['Ban Tổ chức Trung ương'], localName: 'Ban Tổ chức Trung ương', kinds: [['HD', 3]],
      units: [], signatures: [['TRƯỞNG BAN'], ['K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN']], selfRef: 'Ban Tổ chức Trung ương' },
  ];
}

function provinceIssuers(p: ProvinceDef): Issuer[] {
  const lab = provinceLabel(p);
  const tu = p.city ? 'Thành ủy' : 'Tỉnh ủy';
  const place = p.city ? `Thành phố ${p.name}` : p.name;
  const base = {
    level: 'province' as const, place, area: lab.lower, locality: { province: p.name, district: null, commune: null },
    provinceName: p.name, districtName: null, until: null, since: null,
  };
  const k = p.name;
  return [
    { ...base, key: `ubnd:${k}`, family: 'state', name: `Ủy ban nhân dân ${lab.lower}`, header: ['ỦY BAN NHÂN DÂN', lab.upper], code: 'UBND',
      citeNames: [`Ủy ban nhân dân ${lab.lower}`, `UBND ${lab.lower}`, `UBND ${lab.lower}`], localName: p.city ? 'Ủy ban nhân dân Thành phố' : 'UBND tỉnh',
      kinds: [...STATE_LOCAL_KINDS, ['QĐL', 8]], units: ['VP', 'KT', 'NC', 'KGVX', 'TH', 'VP7'], signatures: UBND_SIGN, selfRef: `Ủy ban nhân dân ${lab.short}` },
    { ...base, key: `hdnd:${k}`, family: 'state', name: `Hội đồng nhân dân ${lab.lower}`, header: ['HỘI ĐỒNG NHÂN DÂN', lab.upper], code: 'HĐND',
      citeNames: [`Hội đồng nhân dân ${lab.lower}`, `HĐND ${lab.lower}`], localName: p.city ? 'Hội đồng nhân dân Thành phố' : 'HĐND tỉnh',
      kinds: [['NQ', 1]], units: [], signatures: [['CHỦ TỊCH'], ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']], selfRef: `Hội đồng nhân dân ${lab.short}` },
    { ...base, key: `tu:${k}`, family: 'party', name: `Ban Thường vụ ${tu} ${p.name}`, header: [up(`${tu} ${p.name}`)], code: 'TU',
      citeNames: [`Ban Thường vụ ${tu} ${p.name}`, `Ban Thường vụ ${tu}`, `${tu} ${p.name}`], localName: `Ban Thường vụ ${tu}`,
      kinds: PARTY_LOCAL_KINDS, units: [], signatures: PARTY_SIGN, selfRef: `Ban Thường vụ ${tu}` },
    { ...base, key: `snv:${k}`, family: 'state', name: `Sở Nội vụ ${lab.lower}`, header: [`UBND ${lab.upper}`, 'SỞ NỘI VỤ'], code: 'SNV',
      citeNames: [`Sở Nội vụ ${lab.lower}`, 'Sở Nội vụ'], localName: 'Sở Nội vụ',
      kinds: [['KH', 3], ['CV', 5], ['HD', 3], ['BC', 1]], units: ['TĐKT', 'CCVC', 'XDCQ'], signatures: [['GIÁM ĐỐC'], ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']], selfRef: 'Sở Nội vụ' },
    { ...base, key: `vks:${k}`, family: 'state', name: `Viện kiểm sát nhân dân ${lab.lower}`, header: ['VIỆN KIỂM SÁT NHÂN DÂN', lab.upper], code: 'VKS',
      citeNames: [`Viện kiểm sát nhân dân ${lab.lower}`, `VKSND ${lab.lower}`], localName: 'Viện kiểm sát nhân dân tỉnh',
      kinds: [['CV', 5], ['KH', 2]], units: ['VP', 'P1', 'P2'], signatures: [['VIỆN TRƯỞNG'], ['KT. VIỆN TRƯỞNG', 'PHÓ VIỆN TRƯỞNG']], selfRef: 'Viện kiểm sát nhân dân tỉnh' },
  ];
}

const DISTRICT_PARTY: Record<DistrictKind, [string, string]> = {
  huyện: ['Huyện ủy', 'HU'],
  quận: ['Quận ủy', 'QU'],
  'thị xã': ['Thị ủy', 'TU'],
  'thành phố': ['Thành ủy', 'ThU'],
};

function districtIssuers(p: ProvinceDef, kind: DistrictKind, name: string): Issuer[] {
  const [pu, pcode] = DISTRICT_PARTY[kind];
  const base = {
    level: 'district' as const, place: name, area: `${kind} ${name}`, locality: { province: p.name, district: name, commune: null },
    provinceName: p.name, districtName: name, until: '2025-07-01', since: null,
  };
  const k = `${p.name}:${kind}:${name}`;
  return [
    { ...base, key: `ubnd:${k}`, family: 'state', name: `Ủy ban nhân dân ${kind} ${name}`, header: ['ỦY BAN NHÂN DÂN', up(`${kind} ${name}`)], code: 'UBND',
      citeNames: [`Ủy ban nhân dân ${kind} ${name}`, `UBND ${kind} ${name}`], localName: `Ủy ban nhân dân ${kind}`,
      kinds: STATE_LOCAL_KINDS, units: ['VP', 'NV', 'TCKH', 'VHTT'], signatures: UBND_SIGN, selfRef: `Ủy ban nhân dân ${kind}` },
    { ...base, key: `hu:${k}`, family: 'party', name: `Ban Thường vụ ${pu} ${name}`, header: [up(`${p.city ? 'Thành ủy' : 'Tỉnh ủy'} ${p.name}`), up(`${pu} ${name}`)], code: pcode,
      citeNames: [`Ban Thường vụ ${pu} ${name}`, `Ban Thường vụ ${pu}`], localName: `Ban Thường vụ ${pu}`,
      kinds: PARTY_LOCAL_KINDS, units: [], signatures: PARTY_SIGN, selfRef: `Ban Thường vụ ${pu}` },
  ];
}

function communeIssuers(p: ProvinceDef, district: readonly [DistrictKind, string] | null, commune: string, wardWanted: boolean): Issuer[] {
  const numbered = commune.startsWith('Phường ');
  const kind = wardWanted || numbered ? 'phường' : 'xã';
  const lab = provinceLabel(p);
  const parentParty = district ? up(`Đảng bộ ${district[0]} ${district[1]}`) : up(`Đảng bộ ${lab.lower}`);
  const cname = numbered ? commune : `${kind} ${commune}`;
  const base = {
    level: 'commune' as const, area: cname, place: numbered ? (district ? district[1] : p.name) : commune,
    locality: { province: p.name, district: district ? district[1] : null, commune },
    provinceName: p.name, districtName: district ? district[1] : null,
    until: district ? '2025-07-01' : null, since: district ? null : '2025-07-01',
  };
  const k = `${p.name}:${district ? district[1] : '-'}:${cname}`;
  return [
    { ...base, key: `ubnd:${k}`, family: 'state', name: `Ủy ban nhân dân ${cname}`,
      header: ['ỦY BAN NHÂN DÂN', up(cname)], code: 'UBND',
      citeNames: [`Ủy ban nhân dân ${cname}`, `UBND ${cname}`], localName: `UBND ${kind}`,
      kinds: STATE_LOCAL_KINDS, units: ['VP', 'VHXH', 'KT'], signatures: UBND_SIGN, selfRef: `UBND ${kind}` },
    { ...base, key: `du:${k}`, family: 'party', name: `Ban Thường vụ Đảng ủy ${cname}`, header: [parentParty, up(`Đảng ủy ${cname}`)], code: 'ĐU',
      citeNames: [`Ban Thường vụ Đảng ủy ${cname}`, `Đảng ủy ${cname}`, 'Ban Thường vụ Đảng ủy'], localName: 'Ban Thường vụ Đảng ủy',
      kinds: PARTY_LOCAL_KINDS, units: [], signatures: PARTY_SIGN, selfRef: 'Ban Thường vụ Đảng ủy' },
  ];
}

export interface IssuerPool {
  all: Issuer[];
  central: Issuer[];
  byProvince: Map<string, Issuer[]>;
}

/** Builds the country: every central body, and for each province its bodies down to a few communes per district. */
export function buildIssuers(rng: Rng): IssuerPool {
  const central = centralIssuers();
  const byProvince = new Map<string, Issuer[]>();
  const all: Issuer[] = [...central];
  for (const p of PROVINCES) {
    const list: Issuer[] = provinceIssuers(p);
    for (const d of p.districts) {
      list.push(...districtIssuers(p, d[0], d[1]));
      for (const c of rng.sample(COMMUNE_NAMES, 3)) {
        const ward = d[0] !== 'huyện' ? rng.chance(0.8) : rng.chance(0.1);
        list.push(...communeIssuers(p, d, c, ward));
      }
    }
    // Communes of the two-level local government (from 1 July 2025), directly under the province.
    for (const c of rng.sample(COMMUNE_NAMES, 6)) list.push(...communeIssuers(p, null, c, rng.chance(0.35)));
    byProvince.set(p.name, list);
    all.push(...list);
  }
  return { all, central, byProvince };
}

/** Whether the issuer existed on an ISO date. */
export function activeOn(issuer: Issuer, iso: string): boolean {
  if (issuer.until && iso >= issuer.until) return false;
  if (issuer.since && iso < issuer.since) return false;
  return true;
}

export const LEVEL_RANK: Record<Level, number> = { central: 0, province: 1, district: 2, commune: 3 };
