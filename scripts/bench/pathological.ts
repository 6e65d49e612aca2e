/**
 * Inputs that make a careless pattern backtrack: long repetitions of citation pieces, up
 * to 100 kB in one line. The fuzz suite checks the engine's answers on them
 * (tests/fuzz/citations.fuzz.test.ts); scripts/bench-cite.ts times them.
 * A linear pass takes milliseconds on each; backtracking would take minutes.
 */
export const PATHOLOGICAL: ReadonlyArray<{ name: string; text: string }> = [
  { name: '"Nghị quyết số " ×10,000', text: 'Nghị quyết số '.repeat(10_000) },
  { name: '"1/" ×5,000', text: '1/'.repeat(5000) },
  { name: '"1-" ×50,000', text: '1-'.repeat(50_000) },
  { name: '"-" ×10,000', text: '-'.repeat(10_000) },
  { name: '"số 1-NQ/TW, " ×800', text: 'số 1-NQ/TW, '.repeat(800) },
  { name: '"57-NQ/TW-" ×20,000', text: '57-NQ/TW-'.repeat(20_000) },
  { name: '5,000 brackets around a citation', text: '('.repeat(5000) + 'Chỉ thị 34-CT/TW' + ')'.repeat(5000) },
  { name: 'a 10,000-digit number', text: 'Kế hoạch ' + '1'.repeat(10_000) + '/KH-UBND' },
  { name: '1,500 telegrams in one list', text: 'các Công điện số ' + Array.from({ length: 1500 }, (_, i) => `số ${i}/CĐ-TTg`).join(', ') },
  { name: '"ngày " ×2,000', text: 'ngày '.repeat(2000) + '09/10/2021' },
  { name: '"ngày 1/1/" ×20,000', text: 'ngày 1/1/'.repeat(20_000) },
  { name: '"(sau đây gọi là Quy định " ×5,000', text: '(sau đây gọi là Quy định '.repeat(5000) },
  { name: '"của Bộ Tư pháp, " ×10,000', text: 'của Bộ Tư pháp, '.repeat(10_000) },
  { name: '"Nghị quyết Đại hội đại biểu " ×8,000', text: 'Nghị quyết Đại hội đại biểu '.repeat(8000) },
  { name: '"Kết luận số 187, " ×10,000', text: 'Kết luận số 187, '.repeat(10_000) + '188-KL/TW' },
  { name: '100,000 asterisks', text: '*'.repeat(100_000) + 'Luật số 06/2022/QH15' },
  { name: '100,000 capitals, one slash', text: 'A'.repeat(100_000) + '/' + 'B'.repeat(10) },
  { name: '10,000 capitals', text: 'A'.repeat(10_000) },
];
