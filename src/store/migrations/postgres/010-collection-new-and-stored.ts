import { collectionNewAndStoredStep } from '../collection-new-and-stored.js';

/** Import runs count new posts apart from posts already stored. */
export const collectionNewAndStored = collectionNewAndStoredStep(10);
