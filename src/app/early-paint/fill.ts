// How an early-paint template (src/app/early-paint/templates.tsx) takes the
// person's words. Three kinds of mark, all drawn by the screens' own components:
// - {{name}} in text or an attribute: the words, put in as text, never as HTML
//   (in an attribute a component wrote through encodeURIComponent, encoded too);
// - data-part="name" on an element: kept when the fill says true, else left out;
// - data-each="name" on an element: drawn once for each item of a list, each
//   filled from that item.
// A mark the fill has no value for throws: a page with a stray {{slot}} on it is
// worse than the page without the words.

export type Fill = { readonly [name: string]: string | boolean | readonly Fill[] };

const SLOT = /\{\{(\w+)\}\}/g;
const ENCODED_SLOT = /%7B%7B(\w+)%7D%7D/g;

function wordsFor(name: string, fill: Fill): string {
  const value = Object.hasOwn(fill, name) ? fill[name] : undefined;
  if (typeof value !== 'string') throw new Error(`No words for {{${name}}}`);
  return value;
}

function words(text: string, fill: Fill): string {
  return text.replace(SLOT, (_, name: string) => wordsFor(name, fill));
}

function fillElement(element: Element, fill: Fill): void {
  for (const attribute of [...element.attributes]) {
    attribute.value = words(attribute.value, fill).replace(ENCODED_SLOT, (_, name: string) =>
      encodeURIComponent(wordsFor(name, fill)),
    );
  }
  fillChildren(element, fill);
}

/** Fills every mark under `parent`, in place. */
export function fillChildren(parent: ParentNode, fill: Fill): void {
  for (const child of [...parent.childNodes]) {
    if (child.nodeType === Node.TEXT_NODE) {
      if (child.nodeValue?.includes('{{')) child.nodeValue = words(child.nodeValue, fill);
      continue;
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue;
    const element = child as Element;
    const each = element.getAttribute('data-each');
    if (each !== null) {
      const items = Object.hasOwn(fill, each) ? fill[each] : undefined;
      if (!Array.isArray(items)) throw new Error(`No list for data-each="${each}"`);
      for (const item of items as readonly Fill[]) {
        const copy = element.cloneNode(true) as Element;
        fillElement(copy, item);
        element.before(copy);
      }
      element.remove();
      continue;
    }
    const part = element.getAttribute('data-part');
    if (part !== null) {
      const isShown = Object.hasOwn(fill, part) ? fill[part] : undefined;
      if (typeof isShown !== 'boolean') throw new Error(`No choice for data-part="${part}"`);
      if (!isShown) {
        element.remove();
        continue;
      }
    }
    fillElement(element, fill);
  }
}
