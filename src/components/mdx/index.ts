/**
 * The components every MDX body may use without an import: pages pass this map to
 * `<Content components={mdxComponents} />`. Keep it in step with MDX_COMPONENTS in
 * src/remark/crossrefs.ts, which checks their props before anything renders.
 */

import "../../styles/commentary.css";
import Aside from "./Aside.astro";
import Figure from "./Figure.astro";
import PaperCard from "./PaperCard.astro";

export const mdxComponents = { PaperCard, Aside, Figure };
