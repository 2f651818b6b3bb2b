/**
 * franc as the build ships it: its own file, `dist/franc.cjs` (tsup.config.ts), which
 * `language.ts` requires the first time a text needs it, so that neither franc's code (~350 KB
 * of trigram tables) nor its start-up work is part of importing sinmun.
 */
export { francAll } from 'franc';
