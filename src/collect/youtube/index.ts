export { importYoutubeCommentThreads } from './import-comment-threads.js';
