export {
  IssueFilter, IssueFeatures, ISSUE_FILTER_FILE, hitProbability, type HitFeatures, type IssueFilterModel,
} from './issue-filter.js';
export { IssueMatcher } from './issue-matcher.js';
