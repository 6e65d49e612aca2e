/**
 * The bundled collection as the home and "Giới thiệu" pages describe it. Which
 * group ("chain") each held document belongs to is read from
 * content/sources/README.md, the file `npm run bundle:select` writes with every
 * bundled file's chain and source repository; a document's own source file
 * (its frontmatter) names its row. Every figure shown is counted here from the
 * site's data; only the groups' names and what they are about are words, so a
 * collection rebuilt or grown changes the pages by itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteData } from './collection.ts';
import { typeName } from './format.ts';
import { sourcesDir } from './load.ts';

export interface ManifestFile {
  chain: string;
  seed: boolean;
  /** Source repository ("owner/name"), when the README gives one. */
  repo: string | null;
}

export interface BundleManifest {
  chains: Array<{ key: string; label: string }>;
  files: Map<string, ManifestFile>;
}

/** The five Party and local plans the project typed or received: source files without "__". */
export const LOCAL_PLANS = 'ke-hoach-dang-dia-phuong';
/** Held documents the README does not list (added after the bundle was chosen). */
export const OTHER = 'khac';

/** What each group is about, in the reader's words (no figures: those are counted). */
const ABOUT: Record<string, { label?: string; about: string }> = {
  [LOCAL_PLANS]: {
    label: 'Kế hoạch của Đảng và chính quyền địa phương',
    about:
      'Kế hoạch, đề cương của cấp ủy và ủy ban nhân dân cấp tỉnh, quận, xã, phường, cùng các nghị quyết, chỉ thị của Trung ương và của tỉnh mà chúng thực hiện.',
  },
  'sap-xep-dvhc-2025': {
    about:
      'Nghị quyết 60-NQ/TW của Ban Chấp hành Trung ương và các nghị quyết của Ủy ban Thường vụ Quốc hội sắp xếp đơn vị hành chính cấp xã năm 2025, cùng những văn bản dẫn chiếu chúng.',
  },
  'quan-ly-thue': {
    about:
      'Luật Quản lý thuế và các luật thuế, nghị định, thông tư hướng dẫn, công văn của Bộ Tài chính, Tổng cục Thuế, Cục Thuế áp dụng chúng.',
  },
  'hop-nhat': {
    about: 'Văn bản hợp nhất (luật thuế, thông tư về lao động) cùng các văn bản được hợp nhất vào chúng.',
  },
  'luat-va-van-ban-huong-dan': {
    about: 'Luật cùng nghị định, thông tư quy định chi tiết và hướng dẫn thi hành.',
  },
  [OTHER]: { label: 'Văn bản khác', about: 'Văn bản được thêm vào sau bộ văn bản đi kèm.' },
};

function cells(line: string): string[] {
  return line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
}

/** The tables of the README `bundle:select` writes; null when it has neither. */
export function parseSourcesReadme(text: string): BundleManifest | null {
  const chains: BundleManifest['chains'] = [];
  const files = new Map<string, ManifestFile>();
  let table: 'chains' | 'files' | null = null;
  let header: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) {
      table = null;
      continue;
    }
    const row = cells(line);
    if (table === null) {
      header = row;
      table = row[0] === 'chain' ? 'chains' : row[0] === 'file' ? 'files' : null;
      continue;
    }
    if (row.every((c) => /^-+$/.test(c))) continue;
    if (table === 'chains') {
      const m = /^(.*?)\s*\(`([^`]+)`\)$/.exec(row[0] ?? '');
      if (m) chains.push({ key: m[2]!, label: m[1]! });
    } else {
      const chainCell = row[header.indexOf('chain')] ?? '';
      const [chain, kind] = chainCell.split(',').map((s) => s.trim());
      if (row[0] && chain) files.set(row[0], { chain, seed: kind === 'seed', repo: row[header.indexOf('source repository')] || null });
    }
  }
  return chains.length > 0 || files.size > 0 ? { chains, files } : null;
}

export function readBundleManifest(dir = sourcesDir()): BundleManifest | null {
  const path = join(dir, 'README.md');
  return existsSync(path) ? parseSourcesReadme(readFileSync(path, 'utf8')) : null;
}

export interface StartDocument {
  id: string;
  /** Documents of the group citing it, each once. */
  citedBy: number;
}

export interface Cluster {
  key: string;
  label: string;
  about: string | null;
  held: number;
  /** Held documents of each type, most first. */
  byType: Array<{ type: string; count: number }>;
  /** Held documents of the group with a resolved citation to or from another held document. */
  linked: number;
  /** Years of issue of its documents (null when none is dated). */
  years: { from: number; to: number } | null;
  /** Where to start reading: its documents the rest of the group cites most, then those it was chosen around (seeds). */
  start: StartDocument[];
}

export interface CollectionOverview {
  held: number;
  linked: number;
  clusters: Cluster[];
  /** Source repositories of the bundled real documents, most documents first. */
  sources: Array<{ repo: string; count: number }>;
}

function typeCounts(types: string[]): Cluster['byType'] {
  const counts = new Map<string, number>();
  for (const t of types) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type, 'vi'));
}

/** Groups the held documents by the manifest's chains; null without a manifest (a collection that is not the bundle). */
export function collectionOverview(site: SiteData, manifest: BundleManifest | null, startLimit = 2): CollectionOverview | null {
  if (!manifest) return null;
  const linked = new Set<string>();
  for (const r of site.graph.citations) {
    if (r.toKind !== 'held' || !r.to || r.to === r.from) continue;
    linked.add(r.from);
    linked.add(r.to);
  }
  const members = new Map<string, Array<{ id: string; docType: string; date: string | null; seed: boolean }>>();
  const repos = new Map<string, number>();
  for (const d of site.documents) {
    const file = d.frontmatter.source.file;
    const entry = manifest.files.get(file);
    const key = entry?.chain ?? (file.includes('__') ? OTHER : LOCAL_PLANS);
    if (!members.has(key)) members.set(key, []);
    members.get(key)!.push({ id: d.id, docType: d.frontmatter.docType, date: d.frontmatter.date, seed: entry?.seed ?? false });
    if (entry?.repo) repos.set(entry.repo, (repos.get(entry.repo) ?? 0) + 1);
  }
  const order = [LOCAL_PLANS, ...manifest.chains.map((c) => c.key), OTHER];
  const clusters: Cluster[] = [];
  for (const key of order) {
    const docs = members.get(key);
    if (!docs?.length) continue;
    const years = docs.flatMap((d) => (d.date ? [Number(d.date.slice(0, 4))] : []));
    const inGroup = new Set(docs.map((d) => d.id));
    const citing = new Map<string, Set<string>>();
    for (const d of docs) {
      for (const r of site.outgoing.get(d.id) ?? []) {
        if (r.toKind !== 'held' || !r.to || r.to === d.id || !inGroup.has(r.to)) continue;
        if (!citing.has(r.to)) citing.set(r.to, new Set());
        citing.get(r.to)!.add(d.id);
      }
    }
    const start = docs
      .map((d) => ({ id: d.id, seed: d.seed, citedBy: citing.get(d.id)?.size ?? 0 }))
      .filter((d) => d.citedBy > 0 || d.seed)
      // The most cited by its own group first; then the documents the group was chosen around.
      .sort((a, b) => b.citedBy - a.citedBy || Number(b.seed) - Number(a.seed) || a.id.localeCompare(b.id))
      .slice(0, startLimit)
      .map(({ id, citedBy }) => ({ id, citedBy }));
    clusters.push({
      key,
      label: ABOUT[key]?.label ?? manifest.chains.find((c) => c.key === key)?.label ?? key,
      about: ABOUT[key]?.about ?? null,
      held: docs.length,
      byType: typeCounts(docs.map((d) => d.docType)),
      linked: docs.filter((d) => linked.has(d.id)).length,
      years: years.length ? { from: Math.min(...years), to: Math.max(...years) } : null,
      start,
    });
  }
  return {
    held: site.documents.length,
    linked: site.documents.filter((d) => linked.has(d.id)).length,
    clusters,
    sources: [...repos.entries()].map(([repo, count]) => ({ repo, count })).sort((a, b) => b.count - a.count || a.repo.localeCompare(b.repo)),
  };
}

/** "12 Nghị quyết, 5 Công văn và 2 loại khác" — the first types by count, the rest summed. */
export function typeSummary(byType: Cluster['byType'], shown = 3): string {
  const head = byType.slice(0, shown).map((t) => `${t.count} ${typeName(t.type)}`);
  const rest = byType.slice(shown).reduce((n, t) => n + t.count, 0);
  if (rest > 0) head.push(`${rest} văn bản loại khác`);
  return head.length > 1 ? `${head.slice(0, -1).join(', ')} và ${head[head.length - 1]}` : (head[0] ?? '');
}
