import { periodsOfCode } from '../../desk/resolvers/AdministrativeUnit';
import { dateWindow } from '../../shared/dates';
import { unitDossierFields } from '../../desk/resolvers/Dossier';
import type { DistrictContext } from '../context';
import type { District as DistrictRow } from '../entities/DistrictEntity';
import type { ReportKey } from '../../desk/statistics/statisticsLoaders';

export const District = {
  __resolveReference: (ref: { code: string }, ctx: DistrictContext) => ctx.loaders.districtByCode.load(ref.code),
  periods: periodsOfCode,
  report: (district: DistrictRow, args: { from: Date; to: Date }): ReportKey => ({
    districtCode: district.code,
    ...dateWindow(args.from, args.to),
  }),
  // The district's own desk has the district's code as its unit code.
  ...unitDossierFields<DistrictRow>((district) => district.code),
};
