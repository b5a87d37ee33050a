import type { Subject } from '../../src/project/project.js';

/** The monitored subjects the privacy tests run with: Almaty's akim and the akimat. */
export const SUBJECTS: readonly Subject[] = [
  {
    id: 'akim',
    kind: 'official',
    name: 'Ерболат Досаев',
    aliases: ['Досаев', 'Dosaev', 'Dosayev', 'аким Алматы'],
    context: [],
    ambiguousAliases: [],
  },
  {
    id: 'akimat',
    kind: 'body',
    name: 'Акимат Алматы',
    aliases: ['акимат', 'әкімдік', 'Almaty akimat'],
    context: [],
    ambiguousAliases: [],
  },
];
