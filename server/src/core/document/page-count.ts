/**
 * The page count of a copied preview or printed page: `第 2 页 共 3 页`, `共3页 第1页`. Alone on a
 * line it is page furniture (see page-furniture.ts); in a one-line web copy the heading scan
 * treats it as the end of the page's text.
 */
export const PAGE_FURNITURE = String.raw`第\s*\d+\s*页\s*[,，/／]?\s*共\s*\d+\s*页|共\s*\d+\s*页\s*[,，]?\s*(?:当前)?第\s*\d+\s*页`;
