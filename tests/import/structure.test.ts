/** Structure rules on small texts: hierarchy of Chương/Điều/khoản, titles on their own line, wraps. */
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/lib/import/document.ts';
import { toMdxBody } from '../../src/lib/import/serialize.ts';
import type { Block } from '../../src/lib/import/structure.ts';

function blocksOf(text: string): Block[] {
  const r = importText(text, { displayPath: 't.txt', sourceFile: 't.txt', stem: 't', sha256: '0'.repeat(64), encoding: 'utf-8', markdown: false });
  return r.drafts[0]!.blocks;
}

const LAW = [
  'QUY ĐỊNH', '', 'Về công tác văn thư', '',
  'Chương I', '', 'NHỮNG QUY ĐỊNH CHUNG', '',
  'Điều 1. Phạm vi điều chỉnh', '',
  '1. Quy định này áp dụng đối với các cơ quan, đơn vị trên địa bàn theo quy định tại điểm a khoản 4',
  'Điều 9 Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ.', '',
  'a) Cơ quan hành chính;', '', 'b) Đơn vị sự nghiệp.', '',
  'Điều 2. Giải thích từ ngữ', '', 'Trong Quy định này, các từ ngữ dưới đây được hiểu như sau.', '',
  'Chương II', '', 'Mục 1', '', 'Điều 3. Trách nhiệm', '', 'Các cơ quan thực hiện nghiêm.',
].join('\n');

describe('structure', () => {
  it('Chương → Mục → Điều, each one level below; a chapter title on its own line joins its label', () => {
    const hs = blocksOf(LAW).filter((b) => b.kind === 'heading').map((b) => [b.depth, b.plain]);
    expect(hs).toEqual([
      [2, 'Chương I NHỮNG QUY ĐỊNH CHUNG'],
      [3, 'Điều 1. Phạm vi điều chỉnh'],
      [3, 'Điều 2. Giải thích từ ngữ'],
      [2, 'Chương II'],
      [3, 'Mục 1'],
      [4, 'Điều 3. Trách nhiệm'],
    ]);
  });

  it('clauses that are sentences stay paragraphs; a pinpoint at a line end goes on', () => {
    const ps = blocksOf(LAW).filter((b) => b.kind === 'paragraph').map((b) => b.plain);
    expect(ps).toContain('1. Quy định này áp dụng đối với các cơ quan, đơn vị trên địa bàn theo quy định tại điểm a khoản 4 Điều 9 Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ.');
    expect(ps).toContain('a) Cơ quan hành chính;');
  });

  it('the chapter heading keeps both lines of the paper', () => {
    const r = importText(LAW, { displayPath: 't.txt', sourceFile: 't.txt', stem: 't', sha256: '0'.repeat(64), encoding: 'utf-8', markdown: false });
    expect(toMdxBody(r.drafts[0]!.tree)).toContain('Chương I\\\nNHỮNG QUY ĐỊNH CHUNG\n---');
  });

  it('never joins across a heading, a numbered item or a list item', () => {
    const b = blocksOf(['KẾ HOẠCH', '', 'Thử', '', 'I. MỤC ĐÍCH', 'import nội dung viết thường', '1. Mục đích', '- gạch đầu dòng của', '+ mục con'].join('\n'));
    expect(b.map((x) => [x.kind, x.plain])).toEqual([
      ['heading', 'I. MỤC ĐÍCH'],
      ['paragraph', 'import nội dung viết thường'],
      ['heading', '1. Mục đích'],
      ['item', '- gạch đầu dòng của'],
      ['item', '+ mục con'],
    ]);
  });
});
