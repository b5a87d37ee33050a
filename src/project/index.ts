export type * from './project.js';
export { loadProject, parseProject } from './load-project.js';
export {
  ProjectError,
  formatProblem,
  formatKeyPath,
  type ProjectProblem,
  type KeyPath,
} from './project-error.js';
export { agencySubjects, monitoredNames } from './agency-subjects.js';
export { exampleProjectYaml } from './example-project.js';
export { initProject, PROJECT_FILE_NAME } from './init-project.js';
export { generateSecret, MIN_SECRET_LENGTH } from './project-secret.js';
export { projectSchemaPath } from './project-schema.js';
