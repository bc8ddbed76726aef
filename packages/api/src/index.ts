// @plenary/api: the contract between the Plenary server and its clients. This entry holds what
// the server answers (zod/mini, small in the browser); `@plenary/api/requests` holds what
// clients send and `@plenary/api/contract` the table of routes.
export * from './errors.js';
export * from './records.js';
export * from './responses.js';
