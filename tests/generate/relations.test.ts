import { describe, expect, it } from 'vitest';
import { readEffect } from '../../src/lib/citations/index.ts';
import { generateCorpus } from '../../src/lib/generate/index.ts';

describe('the generator plants what a decision says of an older one', () => {
  const files = [...generateCorpus({ seed: 7, count: 600 })];
  const planted = files.filter((f) => /này thay thế |\bBãi bỏ (?:Quyết|Nghị|Thông|Quy)|hết hiệu lực kể từ ngày (?:Quyết|Nghị|Thông|Quy)/u.test(f.text));

  it('in a share of the decisions, each in the closing article', () => {
    const decisions = files.filter((f) => /này có hiệu lực kể từ ngày/u.test(f.text));
    expect(decisions.length).toBeGreaterThan(50);
    expect(planted.length / decisions.length).toBeGreaterThan(0.15);
    expect(planted.length / decisions.length).toBeLessThan(0.35);
  });

  it('and the effect reader reads each back as thay thế, bãi bỏ or hết hiệu lực, with the effective date', () => {
    let read = 0;
    for (const f of planted) {
      const e = readEffect(f.text);
      if (e.effective && e.relations.some((r) => r.kind === 'replaces' || r.kind === 'repeals' || r.kind === 'ends-effect')) read++;
    }
    expect(read / planted.length).toBeGreaterThanOrEqual(0.9);
  });
});
