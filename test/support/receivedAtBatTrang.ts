/** A desk event: Bát Tràng's desk (00583) receives a dossier on 6 July 2021 (tests that write one). */
export const receivedAtBatTrang = (eventId: string, reference: string, applicantName = 'Nguyễn Văn B') => ({
  eventId,
  unitCode: '00583',
  type: 'RECEIVED',
  at: '2021-07-06T09:00:00+07:00',
  reference,
  procedureCode: '1.001193',
  channel: 'IN_PERSON',
  applicantType: 'CITIZEN',
  applicantName,
});
