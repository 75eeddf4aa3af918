/**
 * GraphiQL's editors are CodeMirror 5 instances whose hidden textareas carry no label and whose
 * scrolling areas cannot take focus: name each after the pane it sits in, and let keyboard users
 * reach the scroll areas (axe's label and scrollable-region-focusable rules).
 */
const PANES: [string, string][] = [
  ['.graphiql-query-editor', 'Query'],
  ['.graphiql-editor-tool', 'Variables'],
  ['.result-window', 'Response'],
];

function label(root: ParentNode): void {
  for (const [pane, name] of PANES) {
    for (const textarea of root.querySelectorAll<HTMLTextAreaElement>(`${pane} textarea:not([aria-label])`))
      textarea.setAttribute('aria-label', name);
  }
  for (const textarea of root.querySelectorAll<HTMLTextAreaElement>('.CodeMirror textarea:not([aria-label])'))
    textarea.setAttribute('aria-label', 'Editor');
  for (const scroller of root.querySelectorAll<HTMLElement>('.CodeMirror-scroll:not([tabindex="0"])'))
    scroller.tabIndex = 0;
}

export function labelEditors(root: HTMLElement): void {
  new MutationObserver(() => label(root)).observe(root, { childList: true, subtree: true });
  label(root);
}
