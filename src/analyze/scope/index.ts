export { ScopeFinder, type PlaceNamed } from './scope-finder.js';
