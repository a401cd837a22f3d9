/**
 * Dates used by more than one entity fact or event, written once so that their reasons
 * stay the same everywhere.
 *
 * Rules that matter here:
 * - `iso` is as precise as the source and no more (`precision` says how precise).
 * - A date the source states is not `inferred`. A date the source only implies is
 *   `inferred: true` with a `reason` in French and English.
 * - `approximate: true` when the source itself is vague inside the precision
 *   ("début 2019", "fin septembre").
 *
 * The AFP wire (004) states no year at all: every date taken from it that has no written
 * year uses the year inferred for the wire itself, 2020 (see `sources.ts`).
 */
import type { DateInput } from '../schema';

/** The AFP wire: "Début 2019, le gouvernement a choisi…" (the year is written). */
export const early2019: DateInput = { iso: '2019', precision: 'year', approximate: true };

/** The AFP wire: "Cédric O avait déjà jugé « normal » en juin…". */
export const wireJune: DateInput = {
  iso: '2020-06',
  precision: 'month',
  inferred: true,
  reason: {
    fr: 'La dépêche de l’AFP dit seulement « en juin », sans année. L’année est celle que nous déduisons pour la dépêche elle-même (2020) : ce mois de juin y précède l’invalidation du Privacy Shield en juillet et le rejet du Conseil d’État fin septembre.',
    en: 'The AFP wire only says “in June”, with no year. The year is the one we infer for the wire itself (2020): in it, this June comes before the Privacy Shield’s invalidation in July and the Council of State’s rejection in late September.',
  },
};

/** The AFP wire: "En juillet, la justice européenne a invalidé l’accord « Privacy Shield »". */
export const wireJuly: DateInput = {
  iso: '2020-07',
  precision: 'month',
  inferred: true,
  reason: {
    fr: 'La dépêche de l’AFP dit seulement « En juillet », sans année, et qualifie cette annulation de « récente ». L’année est celle que nous déduisons pour la dépêche elle-même (2020).',
    en: 'The AFP wire only says “In July”, with no year, and calls this annulment “recent”. The year is the one we infer for the wire itself (2020).',
  },
};

/** The AFP wire: associations refer the matter to the Conseil d'État after July's ruling. */
export const wireAfterJuly: DateInput = {
  iso: '2020',
  precision: 'year',
  inferred: true,
  reason: {
    fr: 'La dépêche de l’AFP ne date pas cette saisine : elle la situe « à la suite » de la décision de juillet, et elle précède le rejet de fin septembre. L’année est celle que nous déduisons pour la dépêche (2020) ; le mois n’est pas connu.',
    en: 'The AFP wire does not date this referral: it places it “following” the July ruling, and it precedes the late-September rejection. The year is the one we infer for the wire (2020); the month is not known.',
  },
};

/** The AFP wire: "le Conseil d’État a rejeté fin septembre un recours…". */
export const wireLateSeptember: DateInput = {
  iso: '2020-09',
  precision: 'month',
  approximate: true,
  inferred: true,
  reason: {
    fr: 'La dépêche de l’AFP dit seulement « fin septembre », sans année. L’année est celle que nous déduisons pour la dépêche elle-même (2020).',
    en: 'The AFP wire only says “late September”, with no year. The year is the one we infer for the wire itself (2020).',
  },
};

/** The AFP wire: "a indiqué jeudi le secrétaire d’Etat au numérique Cédric O". */
export const wireThursday: DateInput = {
  iso: '2020',
  precision: 'year',
  inferred: true,
  reason: {
    fr: 'La dépêche de l’AFP dit seulement « jeudi ». Ce jeudi suit le rejet de fin septembre, qu’elle rapporte comme passé, et tombe dans l’année que nous déduisons pour la dépêche (2020) ; ni le jour ni le mois ne sont connus.',
    en: 'The AFP wire only says “Thursday”. That Thursday comes after the late-September rejection, which the wire reports as past, and falls in the year we infer for the wire (2020); neither the day nor the month is known.',
  },
};

/** mind Health, 4 March 2024: "a annoncé le 13 février dernier". */
export const isocAnnouncement: DateInput = {
  iso: '2024-02-13',
  precision: 'day',
  inferred: true,
  reason: {
    fr: 'L’article de mind Health, publié le 4 mars 2024, dit « le 13 février dernier » sans année : c’est le 13 février qui précède la publication, donc celui de 2024.',
    en: 'The mind Health article, published on 4 March 2024, says “on 13 February last” with no year: this is the 13 February before publication, hence 2024.',
  },
};

/** Incyber: "une délibération de la Cnil du 21 décembre 2023" (stated). */
export const cnilDeliberation: DateInput = { iso: '2023-12-21', precision: 'day' };

/** Incyber and mind Health: published on 31 January 2024 (stated). */
export const deliberationPublished: DateInput = { iso: '2024-01-31', precision: 'day' };

/** The Incyber article (003): "Une pétition … a été déposée au Sénat", undated. */
export const senatePetition: DateInput = {
  iso: '2024',
  precision: 'year',
  inferred: true,
  reason: {
    fr: 'L’article d’Incyber ne date pas la pétition : il la cite parmi les réactions à la décision de la Cnil publiée le 31 janvier 2024, et il date lui-même de 2024. Le mois n’est pas connu.',
    en: 'The Incyber article does not date the petition: it lists it among the reactions to the CNIL decision published on 31 January 2024, and the article itself dates from 2024. The month is not known.',
  },
};
