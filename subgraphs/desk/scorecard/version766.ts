import { freezeVersion, type MetricDefinition, type ScorecardVersion } from './definitions';

/*
 * Sources (see DESIGN.md, "Sources and what is not public"):
 *  D  Decision 766/QĐ-TTg of 23 June 2022 and its published summaries: the groups, their
 *     points and the formulas of the satisfaction metrics.
 *  P  The national portal's description of how each indicator is computed ("Mô tả công thức
 *     tính chỉ số 766"), as publicly transcribed: numerators, denominators and the
 *     "full at X %" thresholds (80 %, 50 %, 90 %).
 *  I  Issue 14's reading of the portal's scoring data, for points per metric that neither
 *     D nor P states; marked "not public" where that is all there is.
 */
const D = 'QĐ 766/QĐ-TTg (2022-06-23)';
const P = 'portal formula description "Mô tả công thức tính chỉ số 766"';
const I = 'points as observed on the portal (issue 14); not public in the decision text';

const linear = { kind: 'LINEAR' } as const;
const fullAt = (percent: number) => ({ kind: 'SATURATING', fullAtPercent: percent }) as const;
const info = { kind: 'INFORMATIONAL' } as const;

function m(
  code: string,
  nameVi: string,
  nameEn: string,
  maxPoints: number,
  numerator: MetricDefinition['numerator'],
  denominator: MetricDefinition['denominator'],
  rule: MetricDefinition['rule'],
  source: string,
): MetricDefinition {
  return { code, nameVi, nameEn, maxPoints, numerator, denominator, rule, source };
}

const publicity = [
  m(
    'G1.1',
    'Tỷ lệ TTHC công bố đúng hạn',
    'Procedures published on time',
    6,
    { plus: ['proceduresPublishedOnTime'] },
    'proceduresPublishedInPeriod',
    linear,
    `${P} 1.1; ${I}`,
  ),
  m(
    'G1.2',
    'Tỷ lệ TTHC được cập nhật, công khai đúng hạn',
    'Procedures updated and made public on time',
    4,
    { plus: ['proceduresMadePublicOnTime'] },
    'proceduresToMakePublic',
    linear,
    `${D}; ${P} 1.2`,
  ),
  m(
    'G1.3',
    'Tỷ lệ TTHC công khai đầy đủ nội dung',
    'Procedures whose content is fully public',
    2,
    { plus: ['proceduresPublicComplete'] },
    'proceduresPublic',
    linear,
    `${P} 1.3; ${I}`,
  ),
  m(
    'G1.4',
    'Tỷ lệ hồ sơ đồng bộ lên Cổng DVCQG',
    'Dossiers synchronised to the national portal',
    6,
    { plus: ['dossiersSynced'] },
    'dossiersReceived',
    linear,
    `${P} 1.4; ${I}`,
  ),
];

const progress = [
  m(
    'G2.1',
    'Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn',
    'Dossiers resolved early or on time',
    20,
    { plus: ['dossiersOnTime'] },
    'dossiersDue',
    linear,
    `${D}; ${P} 2.1`,
  ),
];

const online = [
  m(
    'G3.1',
    'Tỷ lệ TTHC cung cấp DVC trực tuyến',
    'Procedures offered online',
    2,
    { plus: ['proceduresOnline'] },
    'proceduresInForce',
    fullAt(80),
    `${P} 3.1 (full at 80 %); ${I}`,
  ),
  m(
    'G3.2',
    'Tỷ lệ DVC trực tuyến có phát sinh hồ sơ',
    'Online procedures with at least one online dossier',
    4,
    { plus: ['proceduresOnlineWithOnlineDossier'] },
    'proceduresOnline',
    linear,
    `${P} 3.2; ${I}`,
  ),
  m(
    'G3.3',
    'Tỷ lệ hồ sơ nộp trực tuyến',
    'Dossiers filed online',
    6,
    { plus: ['dossiersReceivedOnline'] },
    'dossiersReceived',
    fullAt(50),
    `${P} 3.3 (full at 50 %); ${I}`,
  ),
];

const payment = [
  m(
    'G4.1',
    'Tỷ lệ TTHC có phí, lệ phí được tích hợp thanh toán trực tuyến',
    'Fee-bearing procedures offered with online payment',
    2,
    { plus: ['proceduresOnlinePaymentOffered'] },
    'proceduresFeeBearing',
    fullAt(80),
    `${P} 3.5 (full at 80 %); ${I}`,
  ),
  m(
    'G4.2',
    'Tỷ lệ TTHC có phát sinh thanh toán trực tuyến',
    'Procedures with at least one online payment',
    2,
    { plus: ['proceduresWithOnlinePayment'] },
    'proceduresOnlinePaymentOffered',
    linear,
    I,
  ),
  m(
    'G4.3',
    'Tỷ lệ hồ sơ thanh toán trực tuyến',
    'Fee-bearing dossiers paid online',
    6,
    { plus: ['dossiersPaidOnline'] },
    'dossiersFeeBearing',
    linear,
    `${P} 3.6; ${I}`,
  ),
];

const digitisation = [
  m(
    'G5.1',
    'Tỷ lệ hồ sơ có cấp kết quả giải quyết điện tử',
    'Dossiers with an electronic result',
    6,
    { plus: ['dossiersResultElectronic'] },
    'dossiersRequiringResult',
    linear,
    `${P} 4.1; ${I}`,
  ),
  m(
    'G5.2',
    'Tỷ lệ hồ sơ thực hiện số hóa',
    'Dossiers whose documents were digitised',
    4,
    { plus: ['dossiersDigitised'] },
    'dossiersReceived',
    fullAt(80),
    `${P} 4.2 (full at 80 %); ${I}`,
  ),
  m(
    'G5.3',
    'Tỷ lệ chứng thực bản sao điện tử',
    'Electronically certified copies',
    2,
    { plus: ['dossiersCertificationElectronic'] },
    'dossiersCertification',
    linear,
    I,
  ),
  m(
    'G5.4',
    'Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa',
    'Dossiers reusing digitised data',
    2,
    { plus: ['dossiersReusingData'] },
    'dossiersReceived',
    fullAt(80),
    `${P} 4.3 (full at 80 %); ${I}`,
  ),
  m(
    'G5.5',
    'Tỷ lệ hồ sơ số hóa có kết nối, chia sẻ phục vụ tái sử dụng',
    'Digitised results shared for reuse',
    4,
    { plus: ['dossiersSharedForReuse'] },
    'dossiersReceived',
    linear,
    `${P} 4.4; ${I}`,
  ),
  m(
    'G5.6',
    'Tỷ lệ TTHC kết nối, chia sẻ dữ liệu dân cư',
    'Procedures connected to the population database',
    2,
    { plus: ['proceduresUsingPopulationDb'] },
    'proceduresForCitizens',
    linear,
    `${P} 4.5; ${I}`,
  ),
  m(
    'G5.7',
    'Tỷ lệ hồ sơ sử dụng dữ liệu từ CSDL quốc gia về dân cư',
    'Dossiers using the population database',
    2,
    { plus: ['dossiersUsingPopulationDb'] },
    'dossiersReceived',
    linear,
    `${P} 4.5; ${I}`,
  ),
];

const satisfaction = [
  // Published as 100 % − (overdue share + share with feedback or a dislike); due − overdue = on time.
  m(
    'G6.1',
    'Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC',
    'Satisfaction with receiving and resolving dossiers',
    6,
    { plus: ['dossiersOnTime'], minus: ['dossiersComplainedOrDisliked'] },
    'dossiersDue',
    fullAt(90),
    `${D}; ${P} 5.4 (full at 90 %)`,
  ),
  m(
    'G6.2',
    'Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn',
    'Citizen feedback handled on time',
    6,
    { plus: ['feedbackOnTime'] },
    'feedbackDue',
    linear,
    `${D}; ${P} 5.2`,
  ),
  m(
    'G6.3',
    'Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị',
    'Satisfaction with how feedback was handled',
    6,
    { plus: ['feedbackReceived'], minus: ['feedbackDissatisfiedOrOverdue'] },
    'feedbackReceived',
    linear,
    `${D}; ${P} 5.3`,
  ),
  m(
    'G6.4',
    'Tỷ lệ phản ánh, kiến nghị theo phân loại',
    'Feedback classified (procedure or staff)',
    0,
    { plus: ['feedbackClassified'] },
    'feedbackReceived',
    info,
    `${P} 5.1 (counted, no points)`,
  ),
  m(
    'G6.5',
    'Phản ánh về sự không hài lòng khi giải quyết TTHC',
    'Complaints about dissatisfaction (F15)',
    0,
    { plus: ['feedbackDissatisfactionComplaints'] },
    'feedbackReceived',
    info,
    'the record, F15 (counted, no points)',
  ),
];

/**
 * Decision 766 as scored from its effective date. The decision has five groups; its
 * "online services" group (22 points) is shown here as two, online services (12) and online
 * payment (10), as the portal's dashboards do.
 */
export const VERSION_766_2022: ScorecardVersion = freezeVersion({
  id: '766-2022',
  effectiveFrom: '2022-06-23',
  description: 'Decision 766/QĐ-TTg of 23 June 2022, 100 points in six groups',
  // The portal shows "0 or N/A" when a denominator is 0 (P, every indicator); it never
  // awards full points for nothing due. The scorecard says N/A (applicable: false) and counts 0.
  zeroDenominator: 'ZERO',
  groups: [
    {
      code: 'G1',
      nameVi: 'Công khai, minh bạch',
      nameEn: 'Publicity and transparency',
      maxPoints: 18,
      publishedAs: '1. Công khai, minh bạch (18)',
      metrics: publicity,
    },
    {
      code: 'G2',
      nameVi: 'Tiến độ, kết quả giải quyết',
      nameEn: 'Processing progress',
      maxPoints: 20,
      publishedAs: '2. Tiến độ, kết quả giải quyết (20)',
      metrics: progress,
    },
    {
      code: 'G3',
      nameVi: 'Cung cấp dịch vụ trực tuyến',
      nameEn: 'Online public services',
      maxPoints: 12,
      publishedAs: '3. Cung cấp dịch vụ trực tuyến (22), first part',
      metrics: online,
    },
    {
      code: 'G4',
      nameVi: 'Thanh toán trực tuyến',
      nameEn: 'Online payment',
      maxPoints: 10,
      publishedAs: '3. Cung cấp dịch vụ trực tuyến (22), payment part',
      metrics: payment,
    },
    {
      code: 'G5',
      nameVi: 'Số hóa hồ sơ',
      nameEn: 'Digitisation',
      maxPoints: 22,
      publishedAs: '4. Số hóa hồ sơ (22)',
      metrics: digitisation,
    },
    {
      code: 'G6',
      nameVi: 'Mức độ hài lòng',
      nameEn: 'Satisfaction',
      maxPoints: 18,
      publishedAs: '5. Mức độ hài lòng (18)',
      metrics: satisfaction,
    },
  ],
});
