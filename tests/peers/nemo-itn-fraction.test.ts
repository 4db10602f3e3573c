/**
 * Peer vectors: NeMo's Vietnamese inverse text normalisation, fractions (their numerator and denominator),
 * read by `solieu extract --numbers` (numbersInText, readNumbers).
 *
 * source:  NVIDIA/NeMo-text-processing tests/nemo_text_processing/vi/data_inverse_text_normalization/test_cases_fraction.txt @ 1f1263579fe57ba7ed783cad3dddee710fcc5064
 * license: Apache-2.0 (NVIDIA/NeMo-text-processing LICENSE)
 * cases:   ../shared/peers/nemo-itn-vi-fraction.json, read at run time; each test
 *          name ends with the case's source_line in the file above.
 *
 * NeMo asserts `inverse_normalize(text) == expected.written`; here both the
 * spoken text and the written form must read to the number(s) the written
 * form states (see tests/helpers/nemo-itn-suite.ts). Cases judged out of
 * scope are listed, with the reason, in tests/peers/OUT-OF-SCOPE.md.
 */
import { describeNemoItn } from '../helpers/nemo-itn-suite.ts';

describeNemoItn('nemo-itn-vi-fraction.json', 'numbers');
