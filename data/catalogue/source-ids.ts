/**
 * Short names for the seed ids, so that citations read as what they cite.
 *
 * Rule that matters here: a source id is the seed's file name without `.txt`
 * (`seeds/000_4b420f08c40c2581.txt` → `000_4b420f08c40c2581`).
 */

/** Question N° 15221 by Philippe Latombe, submitted on 13 February 2024. */
export const LATOMBE_QUESTION = '000_4b420f08c40c2581';
/** Question N° 12432 by Philippe Juvin, submitted on 24 October 2023. */
export const JUVIN_QUESTION = '001_22c4c4bd62f7727b';
/** mind Health, Clarisse Treilles, 4 March 2024. */
export const MIND_HEALTH = '002_19f60ea9ecea76c0';
/** Incyber, undated (2024 inferred). */
export const INCYBER = '003_da79e0cd43eeaf2a';
/** AFP wire, undated (2020 inferred). */
export const AFP_WIRE = '004_c4f36c5085af0687';
