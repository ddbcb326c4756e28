/**
 * A static export refuses a dynamic route whose generateStaticParams is empty
 * ("at least one route"). An empty blog must still build, so such a route gets
 * one placeholder whose page answers 404.
 */
export const PLACEHOLDER_PARAM = "_none";

export function atLeastOne<K extends string>(key: K, values: string[]): Record<K, string>[] {
  const list = values.length > 0 ? values : [PLACEHOLDER_PARAM];
  return list.map((v) => ({ [key]: v }) as Record<K, string>);
}

/**
 * The params a build lists. The content pages set `dynamicParams = true` and
 * answer notFound() for a param they do not know, so an unlisted param is a
 * 404 under `next start` as in the static export (the parity test requests
 * some). Under `next dev` every page renders on request and nothing is listed:
 * Next's dev server runs generateStaticParams in a fresh process for each
 * request of a route and answers from the previous result, which would read
 * the whole content folder again per request and miss a post saved a moment ago.
 */
export function listedInBuilds<T>(list: () => T[]): T[] {
  return process.env.NODE_ENV === "development" ? [] : list();
}
