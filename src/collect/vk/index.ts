export { importVkWall } from './import-wall-posts.js';
