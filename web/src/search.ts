/** "Bát Tràng", "bat trang" and "BAT TRANG" all fold to "bat trang" (đ is not a combining mark: mapped by hand). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function matches(name: string, query: string): boolean {
  return fold(name).includes(fold(query));
}
