export { importTelegramExport } from './import-telegram-export.js';
export { messageText, MENTIONED_PERSON } from './message-text.js';
