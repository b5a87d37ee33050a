export { IssueMatcher } from './issue-matcher.js';
