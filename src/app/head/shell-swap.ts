/**
 * Right after the prerendered shells: swaps in the shell of `<html lang>` (set by the head script)
 * and its title before the first paint. The default language's shell is already in #root.
 */
export function swapInLanguageShell(): void {
  const template = document.getElementById(`shell-${document.documentElement.lang}`)
  if (!(template instanceof HTMLTemplateElement)) return
  document.getElementById('root')?.replaceChildren(template.content.cloneNode(true))
  if (template.dataset.title) document.title = template.dataset.title
}
