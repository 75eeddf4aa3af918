import { dateWindow } from '../../shared/dates';
import { unitDossierFields } from '../../desk/resolvers';
import { periodsOfCode } from '../../desk/resolvers/AdministrativeUnit';
import { districtScorecard } from '../../desk/scorecard/resolvers';
import type { DistrictResolvers } from '../generated/resolvers.generated';

// The district's own desk has the district's code as its unit code.
const desk = unitDossierFields<{ code: string }>((district) => district.code);

export const District: DistrictResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.districtByCode.load(ref.code),
  report: (district, args) => ({ districtCode: district.code, ...dateWindow(args.from, args.to) }),
  areaThatWas: (district, args) => ({ code: district.code, ...dateWindow(args.from, args.to) }),
  dossiers: desk.dossiers,
  dossier: desk.dossier,
  periods: periodsOfCode,
  scorecard: districtScorecard,
};
