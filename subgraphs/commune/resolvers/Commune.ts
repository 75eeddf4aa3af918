import { periodsOfCode } from '../../desk/resolvers/AdministrativeUnit';
import { unitDossierFields } from '../../desk/resolvers/Dossier';
import type { CommuneContext } from '../context';
import type { Commune as CommuneRow } from '../entities/CommuneEntity';

export const Commune = {
  __resolveReference: (ref: { code: string }, ctx: CommuneContext) => ctx.loaders.communeByCode.load(ref.code),
  ...unitDossierFields<CommuneRow>((commune) => commune.code),
  periods: periodsOfCode,
};
