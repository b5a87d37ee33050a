export { IssueFilter, IssueFeatures, ISSUE_FILTER_FILE, type IssueFilterModel } from './issue-filter.js';
export { IssueMatcher } from './issue-matcher.js';
