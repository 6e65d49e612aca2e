import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, type GeneratedFile, type ManifestDocument } from '../../src/lib/generate/index.ts';

const root = new URL('../..', import.meta.url).pathname;
const corpus: GeneratedFile[] = [...generateCorpus({ seed: 7, count: 400 })];
const docs: ManifestDocument[] = corpus.flatMap((f) => f.documents);
const byId = new Map(docs.map((d) => [d.id, d]));
const textOf = new Map(corpus.map((f) => [f.file, f.text]));
const allCitations = docs.flatMap((d) => d.citations.map((c) => ({ doc: d, c })));

const tmp: string[] = [];
afterAll(() => {
  for (const d of tmp) rmSync(d, { recursive: true, force: true });
});

function runCli(args: string[]): string {
  return execFileSync(process.execPath, [join(root, 'scripts/generate.ts'), ...args], { encoding: 'utf8' });
}

function digestDir(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(dir).sort()) out.set(f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex'));
  return out;
}

describe('determinism', () => {
  it('same seed gives byte-identical files and manifest through the command line', () => {
    const a = mkdtempSync(join(tmpdir(), 'gen-a-'));
    const b = mkdtempSync(join(tmpdir(), 'gen-b-'));
    tmp.push(a, b);
    runCli(['--count', '150', '--out', a, '--seed', '42', '--quiet', '--clean']);
    runCli(['--count', '150', '--out', b, '--seed', '42', '--quiet', '--clean']);
    const da = digestDir(a);
    const db = digestDir(b);
    expect(da.size).toBe(151); // 150 files + manifest.json
    expect([...da.entries()]).toEqual([...db.entries()]);
  });

  it('a different seed gives a different corpus', () => {
    const first = [...generateCorpus({ seed: 1, count: 20 })].map((f) => f.text).join('');
    const second = [...generateCorpus({ seed: 2, count: 20 })].map((f) => f.text).join('');
    expect(first).not.toBe(second);
  });

  it('refuses to write into a non-empty folder it did not make', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gen-c-'));
    tmp.push(dir);
    runCli(['--count', '2', '--out', dir, '--quiet']);
    expect(() => runCli(['--count', '2', '--out', dir, '--quiet'])).toThrow(/not empty/);
  });

  it('generates 1,000 documents in a few seconds of CPU', () => {
    // CPU time, not wall time: the machine is shared with other builds.
    const c0 = process.cpuUsage();
    let bytes = 0;
    for (const f of generateCorpus({ seed: 3, count: 1000 })) bytes += f.text.length;
    const c = process.cpuUsage(c0);
    const secs = (c.user + c.system) / 1e6;
    expect(bytes).toBeGreaterThan(5_000_000);
    expect(secs).toBeLessThan(10);
  });
});

describe('manifest', () => {
  it('records one file per count and each document with its identity', () => {
    expect(corpus).toHaveLength(400);
    for (const d of docs) {
      expect(d.number).toMatch(/^\d+$/);
      expect(d.symbol.length).toBeGreaterThan(1);
      expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d.issuer.length).toBeGreaterThan(3);
      expect(d.title.length).toBeGreaterThan(5);
      expect(d.title).not.toMatch(/[\u0001-\u0006]/);
    }
  });

  it('gives exact offsets: every planted citation is the slice it claims to be', () => {
    expect(allCitations.length).toBeGreaterThan(2000);
    for (const { doc, c } of allCitations) {
      const text = textOf.get(doc.file) ?? '';
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(c.start).toBeGreaterThanOrEqual(doc.span[0]);
      expect(c.end).toBeLessThanOrEqual(doc.span[1]);
    }
    // No marker may leak into the text.
    for (const f of corpus) expect(f.text).not.toMatch(/[\u0001-\u0006]/);
  });

  it('puts the date and the issuer right after the citation when it says they are there', () => {
    for (const { doc, c } of allCitations) {
      const after = (textOf.get(doc.file) ?? '').slice(c.end, c.end + 200).replace(/\s+/g, ' ');
      if (c.date) {
        const [y, m, d] = c.date.split('-').map(Number) as [number, number, number];
        const forms = new RegExp(`^,? ngày (0?${d}/0?${m}/${y}|0?${d} tháng 0?${m} năm ${y})`);
        expect(after, c.text).toMatch(forms);
      }
      if (c.issuer && !c.short) expect(after, c.text).toContain(`của ${c.issuer.replace(/\s+/g, ' ')}`);
    }
  });

  it('starts each full citation at its type word (or "số" inside a list)', () => {
    for (const { c } of allCitations) {
      if (c.short || c.byName) continue;
      const word = c.text.replace(/\s+/g, ' ');
      const ok = /^(Kế hoạch|Nghị quyết|Quyết định|Chỉ thị|Công văn|Văn bản|Hướng dẫn|Thông báo|Quy định|Báo cáo|Chương trình|Kết luận|Quy chế|Công điện|Nghị định|Thông tư|Thông tư liên tịch|Luật|Tờ trình)( |$)/i.test(word)
        || /^(số )?\d+/.test(word);
      expect(ok, c.text).toBe(true);
    }
  });

  it('cites only older documents, and held targets exist', () => {
    let held = 0;
    for (const { doc, c } of allCitations) {
      if (!c.target) continue;
      const t = byId.get(c.target);
      expect(t, c.target).toBeDefined();
      expect(t!.date < doc.date, `${doc.id} (${doc.date}) cites ${t!.id} (${t!.date})`).toBe(true);
      held++;
    }
    expect(held).toBeGreaterThan(allCitations.length / 4);
  });
});

describe('realism', () => {
  const spans = allCitations.map(({ c }) => c.text);
  const texts = corpus.map((f) => f.text).join('\n');

  it('uses every citation shape of the numbering note', () => {
    const shapes: Array<[string, RegExp]> = [
      ['n/yyyy/QĐ-UBND or NQ-HĐND', /\d+\/20\d\d\/(QĐ-UBND|QD-UBND|NQ-HĐND|NQ-HDND)/],
      ['n/QĐ-TTg', /\d+\/Q[ĐD]-TTg/],
      ['n-NQ/TW', /\d+-\s?NQ\/TW/],
      ['official letter n/UBND-VP', /(Công văn|Văn bản)( số)? \d+ ?\/UBND-[A-Z0-9]+/],
      ['law n/yyyy/QHxx', /\d+\/20\d\d\/QH1\d/],
      ['decree n/yyyy/NĐ-CP', /\d+\/20\d\d\/N[ĐD]-CP/],
      ['joint symbol', /TTLT-BNV-BTC/],
      ['Party plan n-KH/ĐU', /\d+-KH\/ĐU/],
      ['line break inside a symbol', /-\n+[A-ZĐ]/],
      ['stray space', /\d+ \/|- [A-ZĐ]/],
      ['no "số"', /^(Kế hoạch|Nghị quyết|Quyết định|Chỉ thị|Hướng dẫn|Kết luận) \d/],
    ];
    for (const [name, re] of shapes) expect(spans.some((s) => re.test(s)), name).toBe(true);
    expect(texts).toMatch(/ngày \d\d?\/\d\d?\/20\d\d của /);
    expect(texts).toMatch(/ngày \d\d? tháng \d\d? năm 20\d\d của /);
    expect(texts).toMatch(/của (UBND|Ủy ban nhân dân) tỉnh [A-ZĐ]/);
    expect(texts).toMatch(/của Ban Chấp hành Trung ương Đảng khóa X/);
    expect(texts).toMatch(/các (Kế hoạch|Nghị quyết|Quyết định|Văn bản|Chỉ thị|Hướng dẫn|Kết luận|Thông báo|Báo cáo|Quy định|Công điện|Thông tư|Nghị định) số [^,]+, số /);
    expect(texts).toMatch(/\((sau đây gọi là|sau đây viết tắt là|gọi tắt là) [^)]+\)/);
    expect(texts).toContain('Kế hoạch 5 năm (2021 - 2025)');
    expect(allCitations.some(({ c }) => c.short)).toBe(true);
    expect(allCitations.some(({ c }) => c.byName)).toBe(true);
    expect(allCitations.some(({ c }) => c.pinpoint && /khoản \d+ Điều \d+/.test(c.pinpoint))).toBe(true);
  });

  it('reuses the same number and symbol across different issuers', () => {
    const seen = new Map<string, Set<string>>();
    for (const d of docs) {
      const k = `${d.number}|${d.symbol}|${d.year}`;
      const s = seen.get(k) ?? new Set<string>();
      s.add(d.issuer);
      seen.set(k, s);
    }
    const reused = [...seen.values()].filter((s) => s.size > 1).length;
    expect(reused).toBeGreaterThan(5);
  });

  it('covers Party and state, central to commune, and the usual kinds', () => {
    const levels = new Set(docs.map((d) => d.level));
    expect([...levels].sort()).toEqual(['central', 'commune', 'district', 'province']);
    const types = new Set(docs.map((d) => d.docType));
    for (const t of ['Kế hoạch', 'Nghị quyết', 'Quyết định', 'Chỉ thị', 'Công văn', 'Hướng dẫn', 'Thông báo', 'Báo cáo']) expect(types.has(t), t).toBe(true);
    expect(docs.some((d) => d.symbol.includes('/'))).toBe(true); // Party
    expect(docs.some((d) => d.symbol.endsWith('-UBND'))).toBe(true); // state
  });

  it('writes real header blocks, structure, signatures and Nơi nhận', () => {
    let withHeader = 0;
    for (const f of corpus) {
      const d = f.documents[0]!;
      if (d.quirks.includes('headerMissing')) {
        expect(f.text.slice(0, 400)).not.toContain(`${d.number}/${d.symbol}`);
        continue;
      }
      withHeader++;
      expect(f.text).toMatch(/Số:? \d+ ?[-/]/);
      expect(f.text).toContain(`${d.place}, ngày `);
      expect(f.text).toMatch(/Nơi nhận:/);
      expect(f.text).toContain(d.signer.name);
    }
    expect(withHeader).toBeGreaterThan(350);
    expect(texts).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(texts).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(texts).toMatch(/\nỦY BAN NHÂN DÂN\nTỈNH [A-ZĐÀ-Ỹ ]+\n/);
    expect(texts).toMatch(/\nI\. [A-ZĐÀ-Ỹ]/);
    expect(texts).toMatch(/\n1\.1\. /);
    expect(texts).toMatch(/\na\) /);
    expect(texts).toMatch(/\nĐiều \d+\. /);
    expect(texts).toMatch(/\nChương I\n/);
    expect(texts).toMatch(/KT\. CHỦ TỊCH\nPHÓ CHỦ TỊCH/);
  });

  it('hard-wraps some files like PDF extraction, with page numbers alone on a line', () => {
    const wrapped = corpus.filter((f) => f.documents[0]!.format === 'wrapped');
    expect(wrapped.length).toBeGreaterThan(60);
    let pageNumbers = 0;
    for (const f of wrapped) {
      const body = f.text.split('\n').slice(12, -15);
      for (const l of body) expect(l.length, l).toBeLessThanOrEqual(95);
      if (/\n\n\d{1,2}\n\n/.test(f.text)) pageNumbers++;
    }
    expect(pageNumbers).toBeGreaterThan(wrapped.length / 2);
  });

  it('holds some letters with their attachment in one file', () => {
    const pairs = corpus.filter((f) => f.documents.length === 2);
    expect(pairs.length).toBeGreaterThan(0);
    for (const f of pairs) {
      const [letter, att] = f.documents as [ManifestDocument, ManifestDocument];
      expect(letter.docType).toBe('Công văn');
      expect(letter.attachment).toBe(att.id);
      expect(letter.citations.some((c) => c.target === att.id)).toBe(true);
      expect(att.span[0]).toBe(letter.span[1]);
    }
  });

  it('varies lengths around 5–60 KB', () => {
    const sizes = corpus.map((f) => Buffer.byteLength(f.text)).sort((a, b) => a - b);
    const median = sizes[Math.floor(sizes.length / 2)]!;
    expect(median).toBeGreaterThan(8_000);
    expect(median).toBeLessThan(30_000);
    expect(sizes[sizes.length - 1]).toBeLessThan(80_000);
    expect(sizes.filter((s) => s > 40_000).length).toBeGreaterThan(10);
  });
});
