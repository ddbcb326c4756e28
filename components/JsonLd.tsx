import { serializeJsonLd, type JsonLd as JsonLdData } from "../lib/seo/json-ld";

/** Structured data for search engines; the serialiser escapes `<`, so the content cannot end the element. */
export function JsonLd({ data }: { data: JsonLdData | JsonLdData[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
