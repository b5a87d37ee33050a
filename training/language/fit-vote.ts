/**
 * Refits the language vote alone and writes `models/language-vote.json` (`npm run train`
 * rebuilds it with every other model).
 *
 *   npx vite-node training/language/fit-vote.ts
 */
import { shippedModelsFolder } from '../../src/models/load-model-file.js';
import { fitLanguageVote } from './fit-language-vote.js';

await fitLanguageVote(shippedModelsFolder());
