import { postScopeStep } from '../post-scope.js';

/** Whether each post is about the project's place, and posts counted by day and scope. */
export const postScope = postScopeStep(15, 'date');
