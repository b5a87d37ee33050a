export { ScopeFinder } from './scope-finder.js';
