/**
 * The second thread of `loadAnalysed` (src/lib/site/analysis-cache.ts): takes the next file from the
 * shared counter, reads it into the cache, marks it done, until no file is left.
 */
import { workerData } from 'node:worker_threads';
import { analyseFile, type AnalysisCache } from './analysis-cache.ts';

const { cache, dir, names, next, done } = workerData as { cache: AnalysisCache; dir: string; names: string[]; next: Int32Array; done: Int32Array };

for (let i = Atomics.add(next, 0, 1); i < names.length; i = Atomics.add(next, 0, 1)) {
  try {
    analyseFile(cache, dir, names[i]!);
  } catch {
    // Read again on the main thread, where its error is reported as one thread alone would.
  } finally {
    Atomics.store(done, i, 1);
    Atomics.notify(done, i);
  }
}
