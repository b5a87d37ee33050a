// The text layer decides how a post's words are stemmed, since posts are indexed where they
// are analysed; queries stem their words the same way.
export { stemModeOf } from '../text/search-words.js';
