import { postAliasesStep } from '../post-aliases.js';

/** A post is found by the keys other formats give it, beside its own id. */
export const postAliases = postAliasesStep(14, 'bigint');
