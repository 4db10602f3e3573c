import { stageContext, type StageContext } from '../../src/stages/stage.ts';
import { loadTaxonomy, type Taxonomy } from '../../src/taxonomy/load-taxonomy.ts';

/** The built-in taxonomy, loaded once for the test files that need it. */
export const taxonomy: Taxonomy = loadTaxonomy();

/** The stage context of a run with the built-in taxonomy. */
export const ctx: StageContext = stageContext(taxonomy);
