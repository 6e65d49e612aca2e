/**
 * The header search box as an ARIA 1.2 combobox: as the reader types, the first
 * few results appear in a list (↑/↓ to move, Enter to open, Esc to close, Esc
 * again to clear); Enter with nothing chosen submits to /tim-kiem/. Loaded on
 * first focus, so pages pay nothing for it until then.
 */
import { loadSearch, search, StaleSearch, type SearchOutcome } from '../../lib/search/client.ts';
import { emptyFilters, writeState } from '../../lib/search/state.ts';
import { el, facts } from './render.ts';

const SHOWN = 6;
const DELAY_MS = 120;

export function mountSearchBox(form: HTMLFormElement): void {
  if (form.dataset.mounted) return;
  form.dataset.mounted = '1';
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const popup = form.querySelector<HTMLElement>('[data-popup]')!;
  const listbox = form.querySelector<HTMLUListElement>('[role="listbox"]')!;
  const live = form.querySelector<HTMLElement>('[data-live]')!;
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  let drawn = 0;
  void loadSearch().catch(() => undefined);

  const options = (): HTMLLIElement[] => [...listbox.querySelectorAll<HTMLLIElement>('[role="option"]')];
  const open = (yes: boolean): void => {
    popup.hidden = !yes;
    input.setAttribute('aria-expanded', String(yes));
    if (!yes) setActive(-1);
  };
  function setActive(i: number): void {
    const all = options();
    all.forEach((o, k) => o.setAttribute('aria-selected', String(k === i)));
    active = i;
    const o = all[i];
    if (o) {
      input.setAttribute('aria-activedescendant', o.id);
      o.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }
  const allUrl = (q: string): string => `/tim-kiem/${writeState({ q, filters: emptyFilters(), sort: 'relevance' })}`;

  async function update(): Promise<void> {
    const q = input.value.normalize('NFC').replace(/\s+/g, ' ').trim();
    const gen = ++generation;
    if (q === '') {
      listbox.replaceChildren();
      open(false);
      live.textContent = '';
      return;
    }
    const show = async (o: SearchOutcome): Promise<void> => {
      const d = ++drawn;
      const views = await Promise.all(o.ids.slice(0, SHOWN).map((id) => o.load(id)));
      // A first answer still loading must not cover the whole one drawn meanwhile.
      if (gen !== generation || d !== drawn) return;
      const items = views.map((v, i) => {
        const li = el('li', { role: 'option', id: `${input.id}-opt-${i}`, 'aria-selected': 'false', 'data-url': v.url, class: 'sb-option' });
        li.append(el('span', { class: 'sb-title' }, v.title), facts(v));
        return li;
      });
      const total = o.ids.length;
      const label = !o.complete
        ? `Xem tất cả kết quả cho “${q}” (đang tìm thêm…)`
        : total
          ? `Xem tất cả ${total} kết quả cho “${q}”`
          : `Không có kết quả cho “${q}”: mở trang tìm kiếm`;
      const all = el('li', { role: 'option', id: `${input.id}-opt-all`, 'aria-selected': 'false', 'data-url': allUrl(q), class: 'sb-option sb-all' }, label);
      // The option the reader is on stays chosen when the whole answer replaces a first one.
      const chosen = options()[active]?.dataset.url;
      listbox.replaceChildren(...items, all);
      open(true);
      setActive(chosen ? options().findIndex((x) => x.dataset.url === chosen) : -1);
      if (o.complete) {
        live.textContent = total
          ? `${Math.min(total, SHOWN)} gợi ý trong ${total} kết quả. Dùng phím mũi tên để chọn.`
          : `Không tìm thấy kết quả cho “${q}”.`;
      }
    };
    try {
      const o = await search(
        { q, filters: emptyFilters(), sort: 'relevance' },
        { onFirst: (first) => show(first), isStale: () => gen !== generation },
      );
      if (gen === generation) await show(o);
    } catch (e) {
      if (gen !== generation || e instanceof StaleSearch) return;
      live.textContent = (e as Error).message;
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), DELAY_MS);
  });
  input.addEventListener('keydown', (e) => {
    const all = options();
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (popup.hidden) {
        if (all.length) open(true);
        else return;
      }
      e.preventDefault();
      const n = all.length;
      setActive(e.key === 'ArrowDown' ? (active + 1) % n : active <= 0 ? n - 1 : active - 1);
    } else if (e.key === 'Enter') {
      const o = all[active];
      if (!popup.hidden && o?.dataset.url) {
        e.preventDefault();
        location.assign(o.dataset.url);
      }
    } else if (e.key === 'Escape') {
      // The reader dismissed the suggestions: a search still under way must not reopen them.
      clearTimeout(timer);
      generation++;
      if (!popup.hidden) {
        e.preventDefault();
        open(false);
      } else if (input.value !== '') {
        e.preventDefault();
        input.value = '';
        listbox.replaceChildren();
      }
    } else if (e.key === 'Tab') {
      open(false);
    }
  });
  listbox.addEventListener('mousedown', (e) => e.preventDefault());
  listbox.addEventListener('click', (e) => {
    const o = (e.target as Element).closest<HTMLElement>('[role="option"]');
    if (o?.dataset.url) location.assign(o.dataset.url);
  });
  input.addEventListener('blur', () => setTimeout(() => {
    if (!form.contains(document.activeElement)) open(false);
  }, 0));
  input.addEventListener('focus', () => {
    if (listbox.childElementCount && input.value.trim() !== '') open(true);
  });
  if (input.value.trim() !== '') void update();
}
