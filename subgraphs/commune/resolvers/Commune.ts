import { unitDossierFields } from '../../desk/resolvers';
import { periodsOfCode } from '../../desk/resolvers/AdministrativeUnit';
import { unitScorecard } from '../../desk/scorecard/resolvers';
import type { CommuneResolvers } from '../generated/resolvers.generated';

const desk = unitDossierFields<{ code: string }>((commune) => commune.code);

export const Commune: CommuneResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.communeByCode.load(ref.code),
  dossiers: desk.dossiers,
  dossier: desk.dossier,
  periods: periodsOfCode,
  scorecard: unitScorecard,
};
