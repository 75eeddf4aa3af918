import type { UnitFacts } from '../../subgraphs/desk/scorecard';

/**
 * May 2023 at three Gia Lâm desks: the district (018), Yên Viên town (00526) and Yên Thường
 * commune (00529). The numbers are made up so that each metric shows something: exact
 * thresholds, saturation, zero denominators, a half-up rounding. The arithmetic of every
 * metric is written out in handComputed.test.ts.
 */
export const district018: UnitFacts = {
  proceduresPublishedInPeriod: 10, proceduresPublishedOnTime: 9,
  proceduresToMakePublic: 8, proceduresMadePublicOnTime: 7,
  proceduresPublic: 262, proceduresPublicComplete: 255,
  proceduresInForce: 262, proceduresOnline: 200, proceduresOnlineWithOnlineDossier: 150,
  proceduresFeeBearing: 100, proceduresOnlinePaymentOffered: 90, proceduresWithOnlinePayment: 45,
  proceduresForCitizens: 200, proceduresUsingPopulationDb: 100,
  dossiersReceived: 1200, dossiersSynced: 1180, dossiersDue: 1150, dossiersOnTime: 1140,
  dossiersReceivedOnline: 540, dossiersFeeBearing: 400, dossiersPaidOnline: 300,
  dossiersRequiringResult: 1000, dossiersResultElectronic: 700, dossiersDigitised: 1020,
  dossiersCertification: 0, dossiersCertificationElectronic: 0,
  dossiersReusingData: 600, dossiersSharedForReuse: 300, dossiersUsingPopulationDb: 900,
  dossiersComplainedOrDisliked: 30,
  feedbackReceived: 12, feedbackDue: 10, feedbackOnTime: 9, feedbackDissatisfiedOrOverdue: 3,
  feedbackClassified: 12, feedbackDissatisfactionComplaints: 0,
};

export const yenVien00526: UnitFacts = {
  proceduresPublishedInPeriod: 8, proceduresPublishedOnTime: 6,
  proceduresToMakePublic: 4, proceduresMadePublicOnTime: 3,
  proceduresPublic: 148, proceduresPublicComplete: 140,
  proceduresInForce: 148, proceduresOnline: 100, proceduresOnlineWithOnlineDossier: 40,
  proceduresFeeBearing: 20, proceduresOnlinePaymentOffered: 16, proceduresWithOnlinePayment: 4,
  proceduresForCitizens: 120, proceduresUsingPopulationDb: 30,
  dossiersReceived: 500, dossiersSynced: 400, dossiersDue: 480, dossiersOnTime: 440,
  dossiersReceivedOnline: 250, dossiersFeeBearing: 120, dossiersPaidOnline: 30,
  dossiersRequiringResult: 300, dossiersResultElectronic: 150, dossiersDigitised: 350,
  dossiersCertification: 80, dossiersCertificationElectronic: 20,
  dossiersReusingData: 100, dossiersSharedForReuse: 50, dossiersUsingPopulationDb: 200,
  dossiersComplainedOrDisliked: 20,
  feedbackReceived: 5, feedbackDue: 4, feedbackOnTime: 3, feedbackDissatisfiedOrOverdue: 2,
  feedbackClassified: 4, feedbackDissatisfactionComplaints: 1,
};

export const yenThuong00529: UnitFacts = {
  proceduresPublishedInPeriod: 8, proceduresPublishedOnTime: 8,
  proceduresToMakePublic: 4, proceduresMadePublicOnTime: 4,
  proceduresPublic: 148, proceduresPublicComplete: 148,
  proceduresInForce: 148, proceduresOnline: 148, proceduresOnlineWithOnlineDossier: 37,
  proceduresFeeBearing: 20, proceduresOnlinePaymentOffered: 0, proceduresWithOnlinePayment: 0,
  proceduresForCitizens: 120, proceduresUsingPopulationDb: 60,
  dossiersReceived: 300, dossiersSynced: 300, dossiersDue: 290, dossiersOnTime: 290,
  dossiersReceivedOnline: 60, dossiersFeeBearing: 50, dossiersPaidOnline: 0,
  dossiersRequiringResult: 300, dossiersResultElectronic: 100, dossiersDigitised: 300,
  dossiersCertification: 16, dossiersCertificationElectronic: 1,
  dossiersReusingData: 240, dossiersSharedForReuse: 0, dossiersUsingPopulationDb: 150,
  dossiersComplainedOrDisliked: 0,
  feedbackReceived: 0, feedbackDue: 0, feedbackOnTime: 0, feedbackDissatisfiedOrOverdue: 0,
  feedbackClassified: 0, feedbackDissatisfactionComplaints: 0,
};
