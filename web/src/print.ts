import './print.css';
import { graphql } from './api';
import { el, replace } from './dom';
import { formatDate, formatInt, formatPercent } from './i18n';
import { COMMUNE_QUERY, DIRECTIVES_QUERY, REPORT_QUERY, reformQuery } from './queries';
import { isCommune, readState } from './state';

/**
 * The half-year report laid out as the district writes it (Vietnamese, as the original), every
 * figure filled from the API for the unit and window in the address.
 */
const app = document.getElementById('app')!;
const n = (value: number | null | undefined) => formatInt('vi', value);
const pct = (value: number | null | undefined) => formatPercent('vi', value);

function levelRow(label: string, level: any): HTMLElement {
  const d = level?.dossiers;
  return el(
    'tr',
    {},
    el('th', { scope: 'row' }, label),
    ...[d?.received, d?.resolved, d?.resolvedOnTime, d?.inProgress].map((v) => el('td', {}, n(v))),
    el('td', {}, pct(d?.onTimeRate)),
  );
}

async function show(): Promise<void> {
  const state = readState();
  const year = Number(state.to.slice(0, 4));
  // The report is the district's: a commune's address prints its district's report.
  const code = isCommune(state.unit)
    ? (await graphql<any>(COMMUNE_QUERY, { code: state.unit })).commune.districtCode
    : state.unit;
  const [data, reform, directives] = await Promise.all([
    graphql<any>(REPORT_QUERY, { district: code, from: state.from, to: state.to }),
    graphql<any>(reformQuery(year), { district: code, year, asOf: state.asOf }),
    graphql<any>(DIRECTIVES_QUERY, { district: code, year, from: `${year}-01-01`, to: `${year}-06-30` }),
  ]);
  const { district } = data;
  const { districtLevel: dl, communeLevel: cl, total } = district.report;
  const plan = reform.district.reformPlan;
  const directiveCount = directives.district.reformPlan?.directiveCount;
  document.title = `Báo cáo CCHC ${district.name}`;
  replace(
    app,
    el(
      'header',
      { class: 'letterhead' },
      el('div', {}, el('p', {}, 'ỦY BAN NHÂN DÂN'), el('p', { class: 'strong' }, district.name.toUpperCase())),
      el(
        'div',
        {},
        el('p', { class: 'strong' }, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
        el('p', { class: 'motto' }, 'Độc lập - Tự do - Hạnh phúc'),
      ),
    ),
    el('h1', {}, 'BÁO CÁO', el('br'), `Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm ${year}`),
    el('p', { class: 'window' }, `Số liệu từ ngày ${formatDate(state.from)} đến ngày ${formatDate(state.to)}`),
    el('h2', {}, 'I. Công tác chỉ đạo, điều hành'),
    el(
      'p',
      {},
      `Ban hành ${n(directiveCount)} văn bản chỉ đạo, điều hành về cải cách hành chính (01/01/${year} – 30/06/${year}).`,
    ),
    plan
      ? el(
          'p',
          { id: 'print-reform' },
          `Kế hoạch cải cách hành chính năm ${year} có ${n(plan.taskCount)} nhiệm vụ; đến ngày ${formatDate(plan.progress.asOf)} đã hoàn thành ${plan.progress.completed}/${plan.progress.total} nhiệm vụ, đạt ${pct(plan.progress.completionRate)}.`,
        )
      : null,
    el('h2', {}, 'II. Cải cách thủ tục hành chính'),
    el(
      'p',
      {},
      `Tổng số thủ tục hành chính áp dụng: ${n(total?.procedures)} thủ tục (cấp huyện ${n(dl.procedures)}, cấp xã ${n(cl?.procedures)}).`,
    ),
    el(
      'p',
      {},
      `Số thủ tục được đơn giản hóa: ${n(total?.simplifiedProcedures)} (cấp huyện ${n(dl.simplifiedProcedures)}, cấp xã ${n(cl?.simplifiedProcedures)}).`,
    ),
    el('h2', {}, 'III. Kết quả giải quyết hồ sơ theo cơ chế một cửa'),
    el(
      'table',
      { id: 'print-dossiers' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...['Cấp', 'Tiếp nhận', 'Đã giải quyết', 'Đúng hạn', 'Đang giải quyết', 'Tỷ lệ đúng hạn'].map((h) =>
            el('th', { scope: 'col' }, h),
          ),
        ),
      ),
      el(
        'tbody',
        {},
        levelRow('Cấp huyện', dl),
        levelRow('Cấp xã (22 đơn vị)'.replace('22', String(district.report.byCommune?.length ?? '')), cl),
        levelRow('Tổng cộng', total),
      ),
    ),
    el('p', { class: 'no-print' }, el('a', { href: `/${location.search}` }, '← Bảng số liệu')),
  );
  app.dataset.state = 'ready';
}

show().catch((error: Error) => replace(app, el('p', { role: 'alert' }, `Không tải được số liệu: ${error.message}`)));
