/**
 * What a body uses that its page must serve: code blocks (the copy button's
 * script) and math (KaTeX's stylesheet). Set by the notation plugins on the
 * file being compiled, from the Markdown they read, never from the HTML a post
 * writes: nothing a post writes chooses which scripts a page loads.
 */
import type { VFile } from "vfile";

export interface BodyFeatures {
  code: boolean;
  math: boolean;
}

export const noFeatures = (): BodyFeatures => ({ code: false, math: false });

export function markFeature(file: VFile, feature: keyof BodyFeatures): void {
  const data = file.data as { features?: BodyFeatures };
  (data.features ??= noFeatures())[feature] = true;
}

export function featuresOf(file: VFile): BodyFeatures {
  return { ...noFeatures(), ...(file.data as { features?: BodyFeatures }).features };
}

/** Copies the features into `options.into` (the `.mdx` path, whose file is next-mdx-remote's). */
export function remarkCollectFeatures(options: { into?: BodyFeatures } = {}) {
  return (_tree: unknown, file: VFile) => {
    if (options.into) Object.assign(options.into, featuresOf(file));
  };
}
