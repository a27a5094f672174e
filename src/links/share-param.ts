/**
 * The fragment parameter that holds a share code: `#r=<code>`. A module of its own, re-exported by
 * `share-code.ts`, so that a page can tell a result in its address without loading the share-code
 * format (the assessment's form loads it only with its result, DESIGN.md "Budgets").
 */
export const SHARE_PARAM = 'r';
