/** Worker thread for large imports: prepares one file per message (see `runImportParallel`). */
import { parentPort } from 'node:worker_threads';
import { prepareFile, type PrepareOptions } from './run.ts';

parentPort?.on('message', (msg: { index: number; file: string; root: string | null; opts: PrepareOptions }) => {
  const prepared = prepareFile(msg.file, msg.root, msg.opts);
  parentPort?.postMessage({ index: msg.index, prepared });
});
