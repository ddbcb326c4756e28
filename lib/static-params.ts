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
