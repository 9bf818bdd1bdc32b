import { storeContract } from './contract.js';
import { openStore } from '../../src/flows/store.js';

storeContract('SQLite', () => (options) => openStore(':memory:', options));
