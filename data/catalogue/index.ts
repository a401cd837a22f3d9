/**
 * The whole hand-written catalogue, as the compiler reads it (`npm run data`).
 *
 * Rules that matter here: every entity file is listed once, so that each entity id is
 * unique across files; `related` and event `entities` may only name ids defined here.
 * The compiler checks every quote against its seed and fails on any problem.
 */
import type { Catalogue } from '../schema';
import { associations } from './entities/associations';
import { companies } from './entities/companies';
import { institutions } from './entities/institutions';
import { lawsAndAgreements } from './entities/laws-and-agreements';
import { people } from './entities/people';
import { projects } from './entities/projects';
import { events } from './events';
import { sources } from './sources';

export const catalogue: Catalogue = {
  sources,
  entities: [...projects, ...lawsAndAgreements, ...companies, ...institutions, ...associations, ...people],
  events,
};
