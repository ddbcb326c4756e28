/** Browser entry of the copy-code page script (lib/page-scripts.ts "copy-code"). */
import { enhanceCodeBlocks } from "./copy-code";

enhanceCodeBlocks(document);
