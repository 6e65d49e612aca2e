/** What the build tests compare two built sites by: the bench's snapshot of every file with a hash of its bytes. */
export { snapshot } from '../../scripts/bench/workspace.ts';
