/** The gazetteer index moved to src/lang (the clusterer reads it too); compare's modules import it from here. */
export * from '../lang/gazetteer-index.js';
