export { ConfigError, loadConfig, type Config } from './config.js';
export { PlenaryServer } from './PlenaryServer.js';
export { policies, type Action, type Resource } from './auth/policy.js';
export { SOCKET_EVENTS } from './realtime/socketEvents.js';
