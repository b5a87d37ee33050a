export { AgencyAttributor, type AttributionInput } from './agency-attributor.js';
export { agencySubjects } from './agency-subjects.js';
export { ResponsibilityMap, type KeywordEvidence } from './responsibility-map.js';
