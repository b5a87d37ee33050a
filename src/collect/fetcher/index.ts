export { Fetcher, charsetOf, type FetchRequest, type FetchedDocument } from './fetcher.js';
export { FetchError, withoutSecrets, type FetchFailure } from './fetch-error.js';
export {
  DEFAULT_FETCHER_SETTINGS,
  SYSTEM_CLOCK,
  type FetcherClock,
  type FetcherSettings,
} from './fetcher-settings.js';
export { classifyAddress, isAddressAllowed, type AddressClass } from './address-policy.js';
