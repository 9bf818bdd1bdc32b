import { storeContract } from './contract.js';
import { openStore } from '../../src/store/index.js';

storeContract('SQLite', () => (options) => openStore(':memory:', options));
