/**
 * Section tools on a document page (progressive: the page reads and links
 * without them). Beside each anchored heading or numbered paragraph:
 * "Sao chép trích dẫn" copies "Mục II.2, Kế hoạch số 200/KH-UBND ngày
 * 09/10/2021 của UBND tỉnh Lạng Sơn — <url>#ii-2"; "In mục này" prints that
 * section alone. Arriving at #id highlights the whole section.
 */

const HEADING = /^H([1-6])$/;

function rankOf(el: Element): number {
  const m = HEADING.exec(el.tagName);
  // Numbered paragraphs sit below every heading.
  return m ? Number(m[1]) : 7;
}

/** The anchored element and what follows it up to the next anchor of the same or a higher rank. */
export function sectionOf(start: Element): Element[] {
  const out = [start];
  const rank = rankOf(start);
  for (let el = start.nextElementSibling; el; el = el.nextElementSibling) {
    if (el.classList.contains('anchored') && rankOf(el) <= rank) break;
    if (HEADING.test(el.tagName) && rankOf(el) <= rank) break;
    out.push(el);
  }
  return out;
}

export function citationText(label: string, reference: string, url: string): string {
  return `${label}, ${reference} — ${url}`;
}

function announce(message: string) {
  let live = document.getElementById('section-tools-status');
  if (!live) {
    live = document.createElement('p');
    live.id = 'section-tools-status';
    live.className = 'visually-hidden';
    live.setAttribute('role', 'status');
    document.body.append(live);
  }
  live.textContent = message;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

let highlighted: Element[] = [];
function highlight(id: string) {
  for (const el of highlighted) el.classList.remove('section-highlight');
  highlighted = [];
  const target = id ? document.getElementById(id) : null;
  if (!target || !target.classList.contains('anchored')) return;
  highlighted = sectionOf(target);
  for (const el of highlighted) el.classList.add('section-highlight');
}

/** Id of the section being printed alone, if any: the printed address points at it. */
let printing: string | null = null;

/**
 * The page address printed at the foot of a handout keeps the section (#ii-2):
 * the one printed alone, else the one the reader arrived at. The base is the
 * canonical address when the site has one, else the address the page was opened at.
 */
function updatePrintAddress() {
  const el = document.querySelector<HTMLElement>('.print-address');
  if (!el) return;
  const base = el.dataset.address || location.origin + location.pathname;
  const id = printing ?? decodeURIComponent(location.hash.slice(1));
  el.textContent = id ? `${base}#${id}` : base;
}

function printSection(target: Element) {
  const section = sectionOf(target);
  printing = target.id;
  updatePrintAddress();
  document.documentElement.classList.add('print-one-section');
  for (const el of section) el.classList.add('print-keep');
  const cleanup = () => {
    printing = null;
    updatePrintAddress();
    document.documentElement.classList.remove('print-one-section');
    for (const el of section) el.classList.remove('print-keep');
    window.removeEventListener('afterprint', cleanup);
  };
  window.addEventListener('afterprint', cleanup);
  window.print();
}

export function initSectionTools() {
  const article = document.querySelector<HTMLElement>('article.document');
  if (!article) return;
  const reference = article.dataset.citeRef ?? document.title;
  const base = article.dataset.canonical || location.origin + location.pathname;
  for (const el of article.querySelectorAll<HTMLElement>('.doc-body .anchored')) {
    const label = el.dataset.anchorLabel ?? el.id;
    const tools = document.createElement('span');
    tools.className = 'section-tools';
    tools.setAttribute('data-pagefind-ignore', '');
    const copyButton = document.createElement('button');
    copyButton.type = 'button';
    copyButton.className = 'copy-cite';
    copyButton.textContent = 'Sao chép trích dẫn';
    copyButton.setAttribute('aria-label', `Sao chép trích dẫn (${label})`);
    copyButton.dataset.citation = citationText(label, reference, `${base}#${el.id}`);
    copyButton.addEventListener('click', async () => {
      const ok = await copy(copyButton.dataset.citation ?? '');
      announce(ok ? `Đã sao chép: ${copyButton.dataset.citation}` : 'Không sao chép được; hãy chọn và sao chép bằng tay.');
    });
    const printButton = document.createElement('button');
    printButton.type = 'button';
    printButton.className = 'print-section';
    printButton.textContent = 'In mục này';
    printButton.setAttribute('aria-label', `In mục này (${label})`);
    printButton.addEventListener('click', () => printSection(el));
    tools.append(copyButton, printButton);
    el.append(tools);
  }
  // On a phone the contents are an open panel over the text: close it when the reader picks a section.
  const toc = document.querySelector<HTMLDetailsElement>('details.toc');
  toc?.addEventListener('click', (event) => {
    if ((event.target as Element).closest('nav a') && !matchMedia('(min-width: 64rem)').matches) toc.open = false;
  });
  const onHash = () => {
    highlight(decodeURIComponent(location.hash.slice(1)));
    updatePrintAddress();
  };
  window.addEventListener('beforeprint', updatePrintAddress);
  window.addEventListener('hashchange', onHash);
  onHash();
}
