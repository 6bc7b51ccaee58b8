/**
 * Inline TeX from an abstract as MathML, made at build time (no script on the page): Temml
 * turns the TeX into MathML, then the output is read again, element by element, and rebuilt
 * from an allow-list — MathML elements only, presentation attributes only, with plain values.
 * So nothing the digest writes can reach the page as a script, an event handler, a link, a
 * class or a style, whatever the library does with it. TeX the library cannot read (or will
 * not, as `\href` and `\htmlClass` with `trust: false`) gives `undefined`: the page shows the
 * token's plain text instead.
 */

import temml from "temml";

/** Elements of presentation MathML the output may hold. */
const ELEMENTS = new Set([
  "math", "mrow", "mi", "mn", "mo", "ms", "mtext", "mspace", "msup", "msub", "msubsup", "mfrac", "msqrt", "mroot", "mover", "munder",
  "munderover", "mtable", "mtr", "mtd", "mstyle", "mpadded", "mphantom", "menclose", "mmultiscripts", "mprescripts", "none",
]);
/** Attributes that lay math out; none names an address, a script, a class or a style. */
const ATTRIBUTES = new Set([
  "mathvariant", "stretchy", "fence", "separator", "form", "lspace", "rspace", "accent", "accentunder", "movablelimits", "largeop",
  "symmetric", "minsize", "maxsize", "scriptlevel", "displaystyle", "linethickness", "width", "height", "depth", "voffset",
  "columnalign", "rowalign", "columnspacing", "rowspacing", "columnlines", "rowlines", "frame", "framespacing", "notation", "linebreak",
]);
/** An attribute value that is a word, a length or a list of them. */
const PLAIN_VALUE = /^[A-Za-z0-9.+\- ]{0,64}$/;
/** A tag, or text up to the next tag. */
const PIECE = /<(\/?)([a-z]+)((?:\s+[a-z-]+="[^"<>]*")*)\s*(\/?)>|([^<>]+)/y;
const ATTRIBUTE = /\s+([a-z-]+)="([^"<>]*)"/g;
/** Text as the library escapes it: no markup, only these entities. */
const SAFE_TEXT = /^(?:[^&<>]|&(?:lt|gt|amp|quot|#x27|#39|#x[0-9a-fA-F]{1,6}|#[0-9]{1,7});)*$/;

/** A MathML element rebuilt from the allow-lists; text children are plain characters (the page escapes them). */
export interface MathNode {
  name: string;
  attributes: Record<string, string>;
  children: (MathNode | string)[];
}

/** `tex` as a `<math>` element tree, or undefined when it does not render. The page renders the tree element by element: no HTML string reaches it. */
export function texToMathTree(tex: string): MathNode | undefined {
  let rendered: string;
  try {
    // throwOnError: an unknown or untrusted command (\href, \htmlClass, \includegraphics) throws
    // here, so the reader sees the plain text rather than the command in red; nothing escapes.
    // A bare `%` is a TeX comment that would hide the rest; in an abstract it is a percent sign.
    rendered = temml.renderToString(tex.replace(/(?<!\\)%/g, "\\%"), { displayMode: false, annotate: false, throwOnError: true, trust: false, strict: false, maxExpand: 500, maxSize: [10, 100] });
  } catch {
    return undefined;
  }
  return readMathml(rendered);
}

/** `tex` as MathML markup (the tree written out), or undefined when it does not render. */
export function texToMathml(tex: string): string | undefined {
  const tree = texToMathTree(tex);
  return tree && writeMathml(tree);
}

/** MathML markup rebuilt from the allow-lists, or undefined (see `readMathml`). */
export function sanitizeMathml(html: string): string | undefined {
  const tree = readMathml(html);
  return tree && writeMathml(tree);
}

/**
 * The library's MathML read into a tree, keeping only what the allow-lists name: undefined when
 * the input holds anything else (an element not on the list, text with markup in it, tags that
 * do not nest), so no guess is ever served.
 */
export function readMathml(html: string): MathNode | undefined {
  const root: MathNode = { name: "", attributes: {}, children: [] };
  const open: MathNode[] = [root];
  PIECE.lastIndex = 0;
  while (PIECE.lastIndex < html.length) {
    const at = PIECE.lastIndex;
    const piece = PIECE.exec(html);
    if (!piece || piece.index !== at) return undefined;
    const [, closing, name, attributes = "", selfClosing, text] = piece;
    const parent = open.at(-1)!;
    if (text !== undefined) {
      if (open.length === 1 || !SAFE_TEXT.test(text)) return undefined;
      parent.children.push(decodeEntities(text));
      continue;
    }
    if (!ELEMENTS.has(name!) || (name === "math") !== (closing ? open.length === 2 : open.length === 1)) return undefined;
    if (closing) {
      if (open.pop()!.name !== name) return undefined;
      continue;
    }
    const kept = Object.fromEntries([...attributes.matchAll(ATTRIBUTE)].filter(([, attribute, value]) => ATTRIBUTES.has(attribute!) && PLAIN_VALUE.test(value!)).map(([, attribute, value]) => [attribute!, value!]));
    const node: MathNode = { name: name!, attributes: kept, children: [] };
    parent.children.push(node);
    if (!selfClosing) open.push(node);
  }
  const math = root.children[0];
  return open.length === 1 && root.children.length === 1 && typeof math === "object" ? math : undefined;
}

function decodeEntities(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|#x27|#39|#x[0-9a-fA-F]{1,6}|#[0-9]{1,7});/g, (_, entity: string) => {
    if (entity.startsWith("#")) {
      const code = entity[1] === "x" ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return ({ lt: "<", gt: ">", amp: "&", quot: '"' } as Record<string, string>)[entity] ?? "";
  });
}

function writeMathml(node: MathNode): string {
  const attributes = Object.entries(node.attributes).map(([name, value]) => ` ${name}="${value}"`).join("");
  const children = node.children.map((child) => (typeof child === "string" ? child.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") : writeMathml(child))).join("");
  return `<${node.name}${attributes}>${children}</${node.name}>`;
}
