import type { DataSource } from 'typeorm';
import { CommuneEntity } from '../../subgraphs/commune/entities/CommuneEntity';
import { readCommunes } from '../../subgraphs/commune/seed/seedCommune';
import { DistrictEntity } from '../../subgraphs/district/entities/DistrictEntity';
import { seedHolidays } from '../../subgraphs/desk/calendar/holidaySeed';
import { vnInstant } from '../../subgraphs/shared/dates';
import type { Channel } from '../../subgraphs/desk/dossiers/dossierEntity';
import type { DossierStatus } from '../../subgraphs/desk/dossiers/dossierLifecycle';
import { receiveDossier, transitionDossier } from '../../subgraphs/desk/dossiers/dossierWrites';
import {
  ProcedureEntity,
  type OnlineLevel,
  type ProcedureLevel,
} from '../../subgraphs/desk/catalogue/procedureEntities';
import { foldForSearch } from '../../subgraphs/desk/catalogue/searchText';

/** "2021-05-10 14:00" in Hà Nội time. */
export const at = (local: string) =>
  vnInstant(local.slice(0, 10), Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16)));

/** A fixture dossier: where it arrives, when, and what happens to it (Hà Nội times). */
export interface FixtureDossier {
  name: string;
  unit: string;
  procedure: string;
  channel: Channel;
  received: string;
  steps: [DossierStatus, string][];
}

export async function insertProcedures(
  ds: DataSource,
  level: ProcedureLevel,
  rows: [string, string, string, number, OnlineLevel][],
) {
  await ds.getRepository(ProcedureEntity).insert(
    rows.map(([code, name, sector, timeLimitDays, onlineLevel]) => ({
      code,
      name,
      sector,
      timeLimitDays,
      onlineLevel,
      feeVnd: 0,
      effectiveFrom: '2019-01-01',
      effectiveTo: null,
      level,
      searchName: foldForSearch(name),
    })),
  );
}

/** Plays the fixture through the desk's write API; returns the dossier codes by fixture name. */
export async function playFixture(ds: DataSource, dossiers: FixtureDossier[]): Promise<Map<string, string>> {
  const codes = new Map<string, string>();
  for (const d of dossiers) {
    const saved = await receiveDossier(ds, {
      unitCode: d.unit,
      procedureCode: d.procedure,
      channel: d.channel,
      receivedAt: at(d.received),
      applicantName: `Nguyễn Văn ${d.name}`,
      applicantIdNumber: '001099012345',
    });
    codes.set(d.name, saved.code);
    for (const [status, when] of d.steps) await transitionDossier(ds, saved.code, { status, at: at(when) });
  }
  return codes;
}

export async function seedFixtureDistrict(ds: DataSource, dossiers: FixtureDossier[]) {
  await ds.getRepository(DistrictEntity).insert({ code: '018', name: 'Huyện Gia Lâm', provinceCode: '01' });
  await seedHolidays(ds.manager);
  await insertProcedures(ds, 'DISTRICT', [
    ['1.001', 'Cấp giấy phép xây dựng', 'Xây dựng', 5, 'FULL'],
    ['1.002', 'Đăng ký hộ kinh doanh', 'Kinh doanh', 3, 'PARTIAL'],
  ]);
  return playFixture(ds, dossiers);
}

export async function seedFixtureCommune(ds: DataSource, dossiers: FixtureDossier[]) {
  await ds.getRepository(CommuneEntity).insert(readCommunes().filter((c) => c.code === '00565' || c.code === '00583'));
  await seedHolidays(ds.manager);
  await insertProcedures(ds, 'COMMUNE', [
    ['2.001', 'Khai sinh', 'Hộ tịch', 1, 'FULL'],
    ['2.002', 'Chứng thực bản sao', 'Chứng thực', 2, 'NONE'],
  ]);
  return playFixture(ds, dossiers);
}
