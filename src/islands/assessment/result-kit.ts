/**
 * What the assessment island loads only when it has a result to show or a link to read
 * (`load-result-kit.ts`): the reader's own result with its sharing, a colleague's shared result,
 * the notice for a link that cannot be opened, and the share-code and link-reader code behind
 * them. Everything here is imported by that one dynamic import and by nothing the form loads, so
 * that it stays out of a fresh reader's page (DESIGN.md "Budgets": a lesson ≤ 25 KB of script).
 */
export { default as OwnResultView } from './OwnResultView';
export { default as SharedResultView } from './SharedResultView';
export { default as LinkErrorNotice } from './LinkErrorNotice';
export { findSharedLink } from './open-shared-link';
export { addressWithResult, isOwnResult, ownCode } from './sharing';
