/**
 * A name as searched: lower case, without Vietnamese diacritics (đ becomes d), spaces
 * collapsed, so "giay phep xay dung" finds "Cấp giấy phép xây dựng" on any database collation.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
