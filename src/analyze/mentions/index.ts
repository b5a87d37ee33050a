export { MentionFinder, CONTEXT_WINDOW } from './mention-finder.js';
