import { EntitySchema } from 'typeorm';

export interface District {
  code: string;
  name: string;
  provinceCode: string;
}

export const DistrictEntity = new EntitySchema<District>({
  name: 'District',
  tableName: 'district',
  columns: {
    code: { type: 'varchar', length: 10, primary: true },
    name: { type: 'varchar', length: 120 },
    provinceCode: { name: 'province_code', type: 'varchar', length: 10 },
  },
});
