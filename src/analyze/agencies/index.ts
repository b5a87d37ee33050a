export { AgencyAttributor, type AttributionInput } from './agency-attributor.js';
export { ResponsibilityMap, type KeywordEvidence } from './responsibility-map.js';
