import { describe, expect, it } from "vitest";
import { siteConfig } from "../site.config";
import { contentDir } from "./content/load";
import { siteMarkdown, siteMarkdownConfig } from "./site-markdown";
import { basePath } from "./urls";

describe("the site's Markdown reading", () => {
  it("is configured from site.config.ts, BASE_PATH and the content folder, nothing else", () => {
    const config = siteMarkdownConfig();
    expect(config.embedHosts).toBe(siteConfig.embedHosts);
    expect(config.basePath).toBe(basePath);
    expect(config.contentDir).toBe(contentDir());
    expect(config.language).toBe(siteConfig.language);
    // Links to the author's own Zenn or Qiita articles: none to rewrite without a Zenn user name or a Qiita repository.
    expect(config.ownLinks).toBeUndefined();
    // Formulas are read as the content folder's layout says: yomu's own folder strictly.
    expect(config.mathDialect).toBe("strict");
    expect(Object.keys(config).sort()).toEqual(["basePath", "contentDir", "embedHosts", "language", "linkCardTitles", "mathDialect", "ownLinks"]);
  });

  it("is built once per process: the post page, list cards and feeds share its processors", () => {
    expect(siteMarkdown()).toBe(siteMarkdown());
    expect(siteMarkdown().compileMarkdown("**太字**", "").html).toBe("<p><strong>太字</strong></p>");
  });
});
