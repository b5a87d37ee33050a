export { DistrictMatcher } from './district-matcher.js';
