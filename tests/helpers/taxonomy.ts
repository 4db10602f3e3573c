import { loadTaxonomy, type Taxonomy } from '../../src/taxonomy/load-taxonomy.ts';

/** The built-in taxonomy, loaded once for the test files that need it. */
export const taxonomy: Taxonomy = loadTaxonomy();
