export { ConfigError, loadConfig, type Config } from './config.js';
export { PlenaryServer } from './PlenaryServer.js';
