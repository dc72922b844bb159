// Moved beside the tokenizer (src/sources/upr/search-terms/); kept here for its callers and tests.
export * from '../../../sources/upr/search-terms/stemmer.js';
