// The tokenizer lives with the sources (pure text → terms) so the store can build the search
// index at import time without importing analysis (docs/decisions/0004-search-index.md).
export * from '../../../sources/upr/search-terms/tokenize.js';
