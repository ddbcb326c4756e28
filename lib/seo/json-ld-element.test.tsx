import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { JsonLd } from "../../components/JsonLd";

describe("<JsonLd>", () => {
  it("renders one script element whose content is the data, even when a value tries to close it", () => {
    const data = { "@type": "BlogPosting", headline: '</script><script>alert(1)</script><!--', keywords: ["a&b"] };
    const html = renderToStaticMarkup(<JsonLd data={data} />);
    const match = /^<script type="application\/ld\+json">([^<]*)<\/script>$/.exec(html);
    expect(match).not.toBeNull();
    expect(JSON.parse(match![1])).toEqual(data);
  });
});
