/** Browser entry of the copy-code script (lib/client-scripts.ts "copy-code"). */
import { enhanceCodeBlocks } from "./copy-code";

enhanceCodeBlocks(document);
