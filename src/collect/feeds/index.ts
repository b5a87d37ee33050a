export { importJsonFeed, importXmlFeed, type XmlFeedFormat } from './import-feed.js';
