/** Vietnamese by default, English on request; numbers and dates as each reader writes them. */
export type Lang = 'vi' | 'en';

const VI = {
  title: 'Bảng số liệu một cửa và cải cách hành chính',
  langSwitch: 'English',
  langSwitchLabel: 'Switch to English',
  unit: 'Đơn vị',
  unitSearch: 'Tìm đơn vị (gõ không dấu được)',
  period: 'Kỳ',
  periodKinds: { custom: 'Khoảng ngày tùy chọn', month: 'Tháng', quarter: 'Quý', half: 'Sáu tháng', year: 'Năm' },
  periodIndex: 'Số thứ tự kỳ',
  year: 'Năm',
  from: 'Từ ngày',
  to: 'Đến ngày',
  datePlaceholder: 'dd/mm/yyyy',
  show: 'Xem',
  badDate: 'Ngày không hợp lệ: viết theo dạng 31/05/2021, ngày bắt đầu không sau ngày kết thúc.',
  token: 'Mã truy cập (bearer token), nếu có',
  tokenHelp: 'Chỉ giữ trong thẻ trình duyệt này; không có mã thì xem như khách.',
  loading: 'Đang tải…',
  failed: 'Không tải được số liệu',
  glance: 'Số liệu chính',
  districtLevel: 'Cấp huyện',
  communeLevel: 'Cấp xã',
  total: 'Tổng cộng',
  figure: 'Chỉ tiêu',
  received: 'Tiếp nhận',
  resolved: 'Đã giải quyết',
  resolvedOnTime: 'Giải quyết đúng hạn',
  onTimeRate: 'Tỷ lệ đúng hạn',
  inProgress: 'Đang giải quyết',
  overdue: 'Quá hạn (đang giải quyết)',
  onlineShare: 'Tỷ lệ nộp trực tuyến',
  procedures: 'Thủ tục hành chính',
  simplified: 'Thủ tục được đơn giản hóa',
  trend: 'Diễn biến theo tháng',
  trendChart: 'Biểu đồ hồ sơ tiếp nhận, đã giải quyết và tỷ lệ đúng hạn theo tháng',
  month: 'Tháng',
  communes: 'So sánh các xã, thị trấn',
  sortBy: 'Sắp xếp theo',
  code: 'Mã',
  reform: 'Tiến độ kế hoạch cải cách hành chính',
  asOf: 'Tính đến ngày',
  tasksDone: 'nhiệm vụ hoàn thành',
  reformChart: 'Biểu đồ số nhiệm vụ hoàn thành lũy kế theo tháng so với kế hoạch',
  planned: 'Kế hoạch',
  completed: 'Hoàn thành',
  byLeadUnit: 'Theo đơn vị chủ trì',
  leadUnit: 'Đơn vị chủ trì',
  overdueTasks: 'Nhiệm vụ quá hạn',
  deadline: 'Hạn',
  task: 'Nhiệm vụ',
  none: 'Không có',
  noPlan: 'Không có kế hoạch cải cách hành chính cho năm này.',
  scorecard: 'Bộ chỉ số 766 theo nhóm',
  group: 'Nhóm',
  points: 'Điểm',
  maximum: 'Tối đa',
  csv: 'Tải CSV',
  showQuery: 'Xem truy vấn GraphQL',
  openExplorer: 'Mở trong trình khám phá API',
  print: 'Bản in báo cáo',
  explorer: 'Trình khám phá API',
  skip: 'Bỏ qua, đến nội dung',
  units: 'đơn vị',
};

type Dict = typeof VI;

const EN: Dict = {
  title: 'One-stop desks and administrative reform: figures',
  langSwitch: 'Tiếng Việt',
  langSwitchLabel: 'Chuyển sang tiếng Việt',
  unit: 'Unit',
  unitSearch: 'Find a unit (diacritics optional)',
  period: 'Period',
  periodKinds: { custom: 'Any window', month: 'Month', quarter: 'Quarter', half: 'Half-year', year: 'Year' },
  periodIndex: 'Which one',
  year: 'Year',
  from: 'From',
  to: 'To',
  datePlaceholder: 'dd/mm/yyyy',
  show: 'Show',
  badDate: 'Invalid date: write it as 31/05/2021, the start no later than the end.',
  token: 'Bearer token, if you have one',
  tokenHelp: 'Kept in this browser tab only; without one you are anonymous.',
  loading: 'Loading…',
  failed: 'Could not load the figures',
  glance: 'At a glance',
  districtLevel: 'District level',
  communeLevel: 'Commune level',
  total: 'Total',
  figure: 'Figure',
  received: 'Received',
  resolved: 'Resolved',
  resolvedOnTime: 'Resolved on time',
  onTimeRate: 'On-time rate',
  inProgress: 'In progress',
  overdue: 'Overdue (in progress)',
  onlineShare: 'Filed online',
  procedures: 'Procedures',
  simplified: 'Procedures simplified',
  trend: 'Month by month',
  trendChart: 'Chart of dossiers received, resolved and the on-time rate by month',
  month: 'Month',
  communes: 'Communes and towns compared',
  sortBy: 'Sort by',
  code: 'Code',
  reform: 'Reform plan progress',
  asOf: 'As of',
  tasksDone: 'tasks done',
  reformChart: 'Chart of tasks completed by month, cumulative, against the plan',
  planned: 'Plan',
  completed: 'Completed',
  byLeadUnit: 'By lead unit',
  leadUnit: 'Lead unit',
  overdueTasks: 'Overdue tasks',
  deadline: 'Deadline',
  task: 'Task',
  none: 'None',
  noPlan: 'No reform plan for this year.',
  scorecard: 'Decision 766 scorecard by group',
  group: 'Group',
  points: 'Points',
  maximum: 'Maximum',
  csv: 'Download CSV',
  showQuery: 'Show the GraphQL query',
  openExplorer: 'Open in the API explorer',
  print: 'Printable report',
  explorer: 'API explorer',
  skip: 'Skip to content',
  units: 'units',
};

const DICTS: Record<Lang, Dict> = { vi: VI, en: EN };

export function dict(lang: Lang): Dict {
  return DICTS[lang];
}

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

export function formatInt(lang: Lang, n: number | null | undefined): string {
  return n == null ? '–' : new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 }).format(n);
}

/** 57,14 % in Vietnamese, 57.14 % in English; the percent sign kept on the number's line. */
export function formatPercent(lang: Lang, n: number | null | undefined): string {
  if (n == null) return '–';
  return `${new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(n)}\u00a0%`;
}

/** YYYY-MM-DD (a calendar day, no time zone) as 31/05/2021. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** 31/05/2021 (or 31-05-2021, 31.5.2021) as YYYY-MM-DD; undefined when it is no real day. */
export function parseDate(text: string): string | undefined {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** 2021-03 as 03/2021. */
export function formatMonth(yyyyMm: string): string {
  const [y, m] = yyyyMm.split('-');
  return `${m}/${y}`;
}
