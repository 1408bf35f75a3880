/**
 * Terms a patient deck about immunotherapy cannot avoid ("immunotherapy" alone is six syllables).
 * The readability report scores text a second time with these words treated as one-syllable words
 * (the "adjusted" grade), so writers can see how much of a grade comes from the subject's own
 * vocabulary rather than from long sentences or needless long words. The gate itself uses the raw
 * grade; see docs/quality-gate.md.
 *
 * The list follows the plain-language glossary of the content brief (/work/shared/CONTENT-BRIEF.md §3).
 */
export const GLOSSARY_TERMS: readonly string[] = [
  'immunotherapy',
  'immune',
  'antigen',
  'neoantigen',
  'antibody',
  'monoclonal',
  'checkpoint',
  'inhibitor',
  'apheresis',
  'lymphodepleting',
  'chemotherapy',
  'chemo',
  'cytokine',
  'interleukin',
  'interferon',
  'alfa',
  'oncolytic',
  'vaccine',
  'adverse',
  'colitis',
  'hepatitis',
  'pneumonitis',
  'thyroiditis',
  'hypophysitis',
  'myocarditis',
  'corticosteroid',
  'steroid',
  'prednisone',
  'biomarker',
  'mutational',
  'pseudoprogression',
  'lymphocyte',
  'bispecific',
  'conjugate',
  'diagnostic',
  'oncologist',
  'oncology',
  'infusion',
  'pd-1',
  'pd-l1',
  'ctla-4',
  'lag-3',
  'car',
  'car-t',
  'til',
  'tcr',
  'bcg',
  'il-2',
  'irae',
  'ctcae',
  'crs',
  'icans',
  'msi-h',
  'dmmr',
  'tmb',
  'adc',
  'hpv',
  'dna',
];

const TERMS = new Set(GLOSSARY_TERMS);

/** Medicine names by their INN stems: monoclonal antibodies (-mab) and cell therapies (-leucel, -cel). */
const DRUG_NAME = /^[a-z]{5,}(?:mab|leucel|cel)$/;

/** True when a word (as counted by the readability counter) is a glossary term or a medicine name. */
export function isGlossaryWord(word: string): boolean {
  const w = word.toLowerCase();
  const singular = [w, w.replace(/ies$/, 'y'), w.replace(/es$/, ''), w.replace(/s$/, '')];
  return singular.some((s) => TERMS.has(s) || DRUG_NAME.test(s));
}
