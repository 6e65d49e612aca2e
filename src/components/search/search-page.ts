/**
 * The search page (/tim-kiem/): reads the search from the URL, runs it, shows
 * results with filters and counts, and keeps the URL in step so any search is a
 * shareable link. Keyboard: ↓ from the box to the results, ↑/↓/Home/End between
 * results, Esc back to the box.
 */
import { loadSearch, search, StaleSearch, type FilterCounts, type SearchOutcome } from '../../lib/search/client.ts';
import { hasDiacritics } from '../../lib/search/fold.ts';
import { foldDiacritics } from '../../lib/vietnamese.ts';
import {
  emptyFilters,
  FILTER_KEYS,
  FILTER_LABELS,
  hasFilters,
  readState,
  writeState,
  type FilterKey,
  type SearchState,
} from '../../lib/search/state.ts';
import { el, resultItem } from './render.ts';

const PAGE = 10;
/** Values shown per filter before "Xem thêm". */
const SHOWN_VALUES = 8;

export function mountSearchPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form[role="search"]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filtersBox = root.querySelector<HTMLElement>('[data-filters]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const suggest = root.querySelector<HTMLElement>('[data-suggest]')!;
  let state = readState(new URLSearchParams(location.search));
  let outcome: SearchOutcome | null = null;
  let shown = 0;
  let generation = 0;
  /** Bumped whenever the list is drawn again (a first answer, then the whole one). */
  let drawing = 0;
  const expanded = new Set<FilterKey>();

  const setSort = (): void => {
    for (const r of form.querySelectorAll<HTMLInputElement>('input[name="sap-xep"]')) {
      r.checked = (r.value === 'ngay') === (state.sort === 'date');
    }
  };
  if (location.search.length > 1) {
    input.value = state.q;
    setSort();
  } else {
    // Mounted on the reader's first move (the page's script waits for it): what was
    // typed or picked before this code arrived stays, and the sort picked counts.
    const picked = form.querySelector<HTMLInputElement>('input[name="sap-xep"]:checked');
    state = { ...state, sort: picked?.value === 'ngay' ? 'date' : 'relevance' };
  }

  const link = (s: SearchState): string => `/tim-kiem/${writeState(s)}`;

  function renderFilters(counts: FilterCounts): void {
    filtersBox.replaceChildren();
    for (const key of FILTER_KEYS) {
      const values = counts[key];
      if (values.length === 0) continue;
      const fs = el('fieldset', { class: 'sp-facet' }, el('legend', {}, FILTER_LABELS[key]));
      const ul = el('ul', { class: 'sp-facet-values' });
      const limit = expanded.has(key) ? values.length : SHOWN_VALUES;
      values.forEach((v, i) => {
        const id = `f-${key}-${i}`;
        const box = el('input', { type: 'checkbox', name: key, value: v.value, id });
        box.checked = state.filters[key].includes(v.value);
        const li = el(
          'li',
          {},
          box,
          el('label', { for: id }, v.value, ' ', el('span', { class: 'sp-count' }, `(${v.count})`)),
        );
        if (i >= limit && !box.checked) li.hidden = true;
        ul.append(li);
      });
      fs.append(ul);
      if (values.length > limit) {
        const toggle = el('button', { type: 'button', class: 'sp-facet-more', 'aria-expanded': 'false' }, `Xem thêm ${values.length - limit} giá trị`);
        toggle.addEventListener('click', () => {
          expanded.add(key);
          for (const li of ul.querySelectorAll('li')) li.hidden = false;
          toggle.remove();
          ul.querySelectorAll('input')[limit]?.focus();
        });
        fs.append(toggle);
      }
      filtersBox.append(fs);
    }
    if (hasFilters(state)) {
      const clear = el('a', { href: link({ ...state, filters: emptyFilters() }), class: 'sp-clear', 'data-clear': '' }, 'Bỏ tất cả bộ lọc');
      filtersBox.append(clear);
    }
  }

  function renderSuggestions(): void {
    suggest.replaceChildren();
    const tips: Node[] = [];
    if (hasDiacritics(state.q)) {
      const plain = foldDiacritics(state.q);
      tips.push(el('li', {}, 'Tìm không dấu: ', el('a', { href: link({ ...state, q: plain }) }, plain)));
    }
    if (hasFilters(state)) {
      tips.push(el('li', {}, el('a', { href: link({ ...state, filters: emptyFilters() }) }, 'Tìm lại, bỏ tất cả bộ lọc')));
    }
    tips.push(el('li', {}, 'Dùng ít từ hơn, hoặc tìm theo số hiệu, ví dụ ', el('a', { href: link({ ...state, q: '57-NQ/TW', filters: emptyFilters() }) }, '57-NQ/TW'), '.'));
    suggest.append(el('p', {}, 'Gợi ý:'), el('ul', {}, ...tips));
    suggest.hidden = false;
  }

  async function showMore(count: number): Promise<void> {
    const o = outcome;
    if (!o) return;
    const draw = drawing;
    const ids = o.ids.slice(shown, shown + count);
    const views = ids.map((id) => o.load(id));
    // Each result appears as soon as it and those above it have loaded.
    for (const v of views) {
      const item = resultItem(await v);
      if (draw !== drawing) return;
      list.append(item);
      shown++;
    }
    // More is offered once every shard has been searched (the list may still change before).
    more.hidden = shown >= o.ids.length || !o.complete;
    if (!more.hidden) more.textContent = `Xem thêm kết quả (còn ${o.ids.length - shown})`;
  }

  async function run(): Promise<void> {
    const gen = ++generation;
    suggest.hidden = true;
    if (state.q === '' && !hasFilters(state)) {
      drawing++;
      list.replaceChildren();
      filtersBox.replaceChildren();
      more.hidden = true;
      status.textContent = 'Nhập từ khóa hoặc số, ký hiệu văn bản (có dấu hoặc không dấu).';
      root.dataset.state = 'idle';
      return;
    }
    root.dataset.state = 'loading';
    status.textContent = 'Đang tìm…';
    let o: SearchOutcome;
    try {
      o = await search(state, {
        onFirst: (first) => (gen === generation ? draw(first, gen) : undefined),
        isStale: () => gen !== generation,
      });
    } catch (e) {
      if (gen !== generation || e instanceof StaleSearch) return;
      root.dataset.state = 'error';
      status.textContent = `Lỗi: ${(e as Error).message}. Hãy tải lại trang.`;
      return;
    }
    if (gen !== generation) return;
    await draw(o, gen);
  }

  /**
   * Shows an answer: a first one (from the newest shards, while the others are
   * searched) or the whole one, which replaces it. A result the reader has
   * focused keeps the focus when the list is drawn again.
   */
  async function draw(o: SearchOutcome, gen: number): Promise<void> {
    const d = ++drawing;
    const focused = list.contains(document.activeElement) ? (document.activeElement as HTMLAnchorElement).getAttribute('href') : null;
    outcome = o;
    shown = 0;
    list.replaceChildren();
    // Tells which answer the list shows (tests and the benchmark wait on it).
    list.dataset.drawn = String(d);
    filtersBox.replaceChildren();
    // Counts per filter value come after the results (the filter index is fetched then).
    const showCounts = (): void =>
      void o.counts().then(
        (c) => {
          if (gen === generation && d === drawing) renderFilters(c);
        },
        // Counts add to the results; without them the results still stand.
        () => undefined,
      );
    const what = state.q === '' ? 'theo bộ lọc đã chọn' : `cho “${state.q}”`;
    if (o.ids.length === 0) {
      status.textContent = `Không tìm thấy văn bản nào ${what}${hasFilters(state) ? ' với các bộ lọc đã chọn' : ''}.`;
      more.hidden = true;
      renderSuggestions();
      root.dataset.state = 'empty';
      showCounts();
      return;
    }
    await showMore(PAGE);
    if (gen !== generation || d !== drawing) return;
    if (focused) list.querySelector<HTMLAnchorElement>(`.sr-link[href="${CSS.escape(focused)}"]`)?.focus();
    if (!o.complete) {
      status.textContent = `Kết quả đầu tiên ${what}, trong các văn bản mới nhất; đang tìm tiếp trong toàn bộ kho…`;
      root.dataset.state = 'partial';
      return;
    }
    let text = `Tìm thấy ${o.ids.length} văn bản ${what}`;
    if (o.plan.number && o.ids.length) {
      // The number as the document writes it (05-CT/TW), not the search key built from the query.
      const byNumber = list.querySelector('.sr-badge-number')?.closest('.sr-item');
      const shown = byNumber?.querySelector('.sr-number')?.textContent?.replace(/^Số\s+/, '');
      if (byNumber) text += shown ? `; văn bản số ${shown} đứng đầu` : '; văn bản đúng số hiệu đứng đầu';
    }
    status.textContent = `${text}. ${state.sort === 'date' ? 'Sắp xếp: mới nhất trước.' : ''}`.trim();
    root.dataset.state = 'done';
    root.dataset.ms = String(o.ms);
    showCounts();
  }

  function go(next: SearchState, push: boolean): void {
    state = next;
    const url = link(state);
    // The search starts first: updating the history can take tens of milliseconds in
    // Chromium, and is better spent while the index chunks are on their way.
    void run();
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go({ ...state, q: input.value.normalize('NFC').replace(/\s+/g, ' ').trim() }, true);
  });
  form.addEventListener('change', (e) => {
    const t = e.target as HTMLInputElement;
    if (t.name === 'sap-xep') {
      go({ ...state, sort: t.value === 'ngay' ? 'date' : 'relevance' }, false);
    } else if ((FILTER_KEYS as readonly string[]).includes(t.name)) {
      const key = t.name as FilterKey;
      const values = t.checked ? [...state.filters[key], t.value] : state.filters[key].filter((v) => v !== t.value);
      go({ ...state, filters: { ...state.filters, [key]: values } }, false);
    }
  });
  // Links to other searches on this page (suggestions, "bỏ bộ lọc") run in place.
  root.addEventListener('click', (e) => {
    const a = (e.target as Element).closest?.('a');
    if (!a || !a.getAttribute('href')?.startsWith('/tim-kiem/') || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    const next = readState(new URL(a.href).searchParams);
    input.value = next.q;
    go(next, true);
    input.focus();
  });
  window.addEventListener('popstate', () => {
    state = readState(new URLSearchParams(location.search));
    input.value = state.q;
    setSort();
    void run();
  });
  more.addEventListener('click', () => {
    const first = shown;
    void showMore(PAGE).then(() => list.querySelectorAll<HTMLAnchorElement>('.sr-link')[first]?.focus());
  });

  const links = (): HTMLAnchorElement[] => [...list.querySelectorAll<HTMLAnchorElement>('.sr-link')];
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && links().length) {
      e.preventDefault();
      links()[0]!.focus();
    }
  });
  list.addEventListener('keydown', (e) => {
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    let next: HTMLAnchorElement | undefined;
    if (e.key === 'ArrowDown') next = all[i + 1];
    else if (e.key === 'ArrowUp') next = i === 0 ? undefined : all[i - 1];
    else if (e.key === 'Home') next = all[0];
    else if (e.key === 'End') next = all[all.length - 1];
    else if (e.key === 'Escape') {
      e.preventDefault();
      input.focus();
      input.select();
      return;
    } else return;
    e.preventDefault();
    if (next) next.focus();
    else if (e.key === 'ArrowUp') input.focus();
    else if (!more.hidden) more.focus();
  });

  // The reader has started a search: fetch the engine now rather than on the first query.
  void loadSearch().catch(() => undefined);
  void run();
}
