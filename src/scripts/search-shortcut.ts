/**
 * "/" focuses the search box, as on many sites: Pagefind's box on /search/, the header's box
 * elsewhere. A "/" typed into a field, or with a modifier key, is left alone.
 */

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

document.addEventListener("keydown", (event) => {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTyping(event.target)) return;
  const box = document.querySelector<HTMLInputElement>(".pagefind-ui__search-input") ?? document.querySelector<HTMLInputElement>("#site-search");
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
