/**
 * The search as a URL (`/tim-kiem/?q=…&loai=…&sap-xep=ngay`), so that a search
 * can be shared as a link and the header form works without JavaScript.
 */

export const FILTER_KEYS = ['loai', 'co-quan', 'nam', 'trang-thai', 'hieu-luc'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const FILTER_LABELS: Record<FilterKey, string> = {
  loai: 'Loại văn bản',
  'co-quan': 'Cơ quan ban hành',
  nam: 'Năm',
  'trang-thai': 'Trạng thái',
  'hieu-luc': 'Hiệu lực',
};

export type SortOrder = 'relevance' | 'date';

export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
  sort: SortOrder;
}

export const SORT_PARAM = 'sap-xep';
export const SORT_BY_DATE = 'ngay';

export function emptyFilters(): Record<FilterKey, string[]> {
  return { loai: [], 'co-quan': [], nam: [], 'trang-thai': [], 'hieu-luc': [] };
}

export function readState(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key).map((v) => v.normalize('NFC').trim()).filter((v) => v !== '');
    filters[key] = [...new Set(values)];
  }
  return {
    q: (params.get('q') ?? '').normalize('NFC').replace(/\s+/g, ' ').trim(),
    filters,
    sort: params.get(SORT_PARAM) === SORT_BY_DATE ? 'date' : 'relevance',
  };
}

/** "?q=…&loai=…" in a fixed order (empty parts left out); "" for an empty search. */
export function writeState(state: SearchState): string {
  const p = new URLSearchParams();
  if (state.q !== '') p.set('q', state.q);
  for (const key of FILTER_KEYS) for (const v of state.filters[key]) p.append(key, v);
  if (state.sort === 'date') p.set(SORT_PARAM, SORT_BY_DATE);
  const s = p.toString();
  return s === '' ? '' : `?${s}`;
}

export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((k) => state.filters[k].length > 0);
}
