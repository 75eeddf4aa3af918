import { EntitySchema } from 'typeorm';

export type CommuneKind = 'COMMUNE' | 'TOWN' | 'WARD';

/** A commune-level unit: xã (COMMUNE), thị trấn (TOWN) or phường (WARD). */
export interface Commune {
  code: string;
  name: string;
  kind: CommuneKind;
  districtCode: string;
}

export const CommuneEntity = new EntitySchema<Commune>({
  name: 'Commune',
  tableName: 'commune',
  columns: {
    code: { type: 'varchar', length: 10, primary: true },
    name: { type: 'varchar', length: 120 },
    kind: { type: 'varchar', length: 10 },
    districtCode: { name: 'district_code', type: 'varchar', length: 10 },
  },
});
