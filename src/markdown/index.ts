export { documentPlugin } from './document-plugin.ts';
