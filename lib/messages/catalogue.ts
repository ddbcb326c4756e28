/**
 * THE catalogue of editors' messages: every content error and warning, and its
 * fix, in Japanese and English, keyed by id. Parameters fill in what differs
 * (a key, a value, a count); ./index.ts chooses the site's language.
 * Keys, commands and notation stay as written (`title:`, `npm run content:check`).
 */
type Words<P> = (p: P) => string;
const m = <P extends Record<string, string | number> = {}>(en: Words<P>, ja: Words<P>) => ({ en, ja });

export const catalogue = {
  verbatim: m<{ text: string }>((p) => p.text, (p) => p.text),

  // The dev server's banner (components/ContentErrors.tsx)
  "banner.heading": m(() => "Content problems", () => "コンテンツのエラー"),
  "banner.counts": m<{ errors: number; warnings: number }>(
    (p) =>
      [p.errors > 0 && `${p.errors} error${p.errors === 1 ? "" : "s"}`, p.warnings > 0 && `${p.warnings} warning${p.warnings === 1 ? "" : "s"}`]
        .filter(Boolean)
        .map((part, i) => (i === 0 ? `: ${part}` : `, ${part}`))
        .join(""),
    (p) => [p.errors > 0 && `エラー${p.errors}件`, p.warnings > 0 && `警告${p.warnings}件`].filter(Boolean).map((part, i) => (i === 0 ? `：${part}` : `、${part}`)).join(""),
  ),
  "banner.explanation": m(
    () => "Shown on the development server only. Fix the file, save it and reload the page. A production build stops on errors.",
    () => "開発サーバーだけの表示です。ファイルを直して保存し、ページを再読み込みしてください。本番のビルドはエラーがあると止まります。",
  ),
  "banner.warnings": m<{ count: number }>(
    (p) => `${p.count} warning${p.count === 1 ? "" : "s"} (npm run content:check lists them all)`,
    (p) => `警告${p.count}件（npm run content:check で全項目を確認できます）`,
  ),
  "banner.post-page": m(() => "this post's page", () => "この記事のページ"),
  "banner.broken-post": m(() => "This post cannot be shown", () => "この記事は表示できません"),
  "banner.other-files": m(() => "Problems in other files", () => "ほかのファイルの問題"),

  // content:check's report (lib/check/format.ts)
  "check.error": m(() => "error", () => "エラー"),
  "check.warning": m(() => "warning", () => "警告"),
  "check.errors": m<{ count: number; files: number }>(
    (p) => `${p.count} error${p.count === 1 ? "" : "s"} in ${p.files} file${p.files === 1 ? "" : "s"}`,
    (p) => `${p.files}ファイルにエラー${p.count}件`,
  ),
  "check.and-warnings": m<{ count: number }>((p) => `, ${p.count} warning${p.count === 1 ? "" : "s"}`, (p) => `、警告${p.count}件`),
  "check.warnings": m<{ count: number; files: number }>(
    (p) => `${p.count} warning${p.count === 1 ? "" : "s"} in ${p.files} file${p.files === 1 ? "" : "s"}`,
    (p) => `${p.files}ファイルに警告${p.count}件`,
  ),
  "check.none": m(() => "no problems found", () => "問題はありません"),
  "check.scope": m<{ files: number; posts: number; drafts: number; scheduled: number; duration: string }>(
    (p) => {
      const hidden = [p.drafts && `${p.drafts} draft${p.drafts === 1 ? "" : "s"}`, p.scheduled && `${p.scheduled} scheduled`].filter(Boolean).join(", ");
      return `${p.files} file${p.files === 1 ? "" : "s"}, ${p.posts} post${p.posts === 1 ? "" : "s"}${hidden ? ` (${hidden})` : ""}, checked in ${p.duration}`;
    },
    (p) => {
      const hidden = [p.drafts && `下書き${p.drafts}件`, p.scheduled && `予約${p.scheduled}件`].filter(Boolean).join("、");
      return `${p.files}ファイル、記事${p.posts}件${hidden ? `（${hidden}）` : ""}を${p.duration}で確認しました`;
    },
  ),

  // Front matter (lib/content/front-matter.ts)
  "fm.unclosed": m(() => "the front matter starting on line 1 is never closed", () => "1行目から始まるフロントマターが閉じられていません"),
  "fm.unclosed.fix": m(() => "add a line with only --- after the last front-matter key", () => "フロントマターの最後のキーの次に --- だけの行を入れてください"),
  "fm.more-errors": m<{ count: number }>((p) => `and ${p.count} more YAML errors from here on`, (p) => `ここから先にも YAML のエラーがあと${p.count}件あります`),
  "fm.more-errors.fix": m(() => "fix the errors above first; the later ones often follow from them", () => "まず上のエラーを直してください。後のエラーはその結果であることがよくあります"),
  "fm.not-mapping": m(() => "the front matter must be key: value lines", () => "フロントマターは「キー: 値」の行で書きます"),
  "fm.not-mapping.fix": m(() => 'write one key per line, e.g. title: "Llama 4の多言語性能"', () => '1行に1つのキーを書いてください。例: title: "Llama 4の多言語性能"'),
  "fm.duplicate-key": m<{ key: string; line: number }>(
    (p) => `"${p.key}" is also set on line ${p.line}; this later value is the one used`,
    (p) => `「${p.key}」は${p.line}行目でも設定されています。後に書いたこちらの値が使われます`,
  ),
  "fm.duplicate-key.fix": m<{ key: string }>((p) => `keep one "${p.key}:" line`, (p) => `「${p.key}:」の行を1つだけにしてください`),
  "fm.unreadable": m<{ detail: string }>((p) => `the front matter cannot be read: ${p.detail}`, (p) => `フロントマターを読めません: ${p.detail}`),
  "fm.unreadable.fix": m(() => "remove YAML anchors and aliases (& and *) from the front matter", () => "フロントマターから YAML のアンカーとエイリアス（& と *）を取り除いてください"),
  "yaml.unclosed-quote": m<{ quote: string }>((p) => `a value opened with ${p.quote} is never closed`, (p) => `${p.quote} で始めた値が閉じられていません`),
  "yaml.unclosed-quote.fix.double": m(() => 'end the value with " on the same line; write \\" for a quote inside it', () => '同じ行のうちに " で値を閉じてください。値の中の引用符は \\" と書きます'),
  "yaml.unclosed-quote.fix.single": m(() => "end the value with ' on the same line; write '' for a quote inside it", () => "同じ行のうちに ' で値を閉じてください。値の中の引用符は '' と書きます"),
  "yaml.colon-in-value": m(() => 'a value contains ": " and reads as a second key', () => "値に「: 」が含まれていて、2つ目のキーとして読まれています"),
  "yaml.colon-in-value.fix": m(() => 'put the whole value in quotes, e.g. title: "Llama 4: 何が変わるのか"', () => '値全体を引用符で囲んでください。例: title: "Llama 4: 何が変わるのか"'),
  "yaml.tab": m(() => "a tab is used for indentation", () => "字下げにタブが使われています"),
  "yaml.tab.fix": m(() => "indent with spaces, not tabs", () => "字下げはタブではなく空白で書いてください"),
  "yaml.duplicate-key": m(() => "a key is set twice", () => "同じキーが2回設定されています"),
  "yaml.duplicate-key.fix": m(() => "keep one of the two lines", () => "2行のうち1行だけを残してください"),
  "yaml.unclosed-bracket": m(() => "a [list] or {mapping} is not closed", () => "[リスト] か {マッピング} が閉じられていません"),
  "yaml.unclosed-bracket.fix": m(() => 'close it on the same line, e.g. tags: ["AI", "Meta"]', () => '同じ行のうちに閉じてください。例: tags: ["AI", "Meta"]'),
  "yaml.invalid": m<{ detail: string }>((p) => `the front matter is not valid YAML: ${p.detail}`, (p) => `フロントマターが YAML として正しくありません: ${p.detail}`),
  "yaml.invalid.fix": m(() => "check quotes, colons and indentation on this line; quote values that contain a colon", () => "この行の引用符、コロン、字下げを確かめてください。コロンを含む値は引用符で囲みます"),

  // Values and keys (lib/content/schema.ts, parse.ts)
  "at-key": m<{ key: string; detail: string }>((p) => `${p.key}: ${p.detail}`, (p) => `${p.key}: ${p.detail}`),
  "value.nothing": m(() => "nothing", () => "空の値"),
  "value.list": m(() => "a list", () => "リスト"),
  "value.mapping": m(() => "a mapping", () => "マッピング"),
  "value.date": m(() => "a date", () => "日付"),
  "value.string": m<{ json: string }>((p) => `string ${p.json}`, (p) => `文字列 ${p.json}`),
  "value.number": m<{ json: string }>((p) => `number ${p.json}`, (p) => `数値 ${p.json}`),
  "value.boolean": m<{ json: string }>((p) => `boolean ${p.json}`, (p) => `真偽値 ${p.json}`),
  "value.as-item": m<{ value: string; n: number }>((p) => `${p.value} as item ${p.n}`, (p) => `${p.value}（${p.n}番目の項目）`),
  "value.expected-text": m<{ got: string }>((p) => `expected text, got ${p.got}`, (p) => `文字列を書くところに${p.got}があります`),
  "value.expected-list": m<{ got: string }>(
    (p) => `expected a list of names or a space-separated string, got ${p.got}`,
    (p) => `名前のリストか空白区切りの文字列を書くところに${p.got}があります`,
  ),
  "value.expected-name": m<{ got: string }>((p) => `expected one name, got ${p.got}`, (p) => `名前を1つ書くところに${p.got}があります`),
  "value.expected-flag": m<{ got: string }>((p) => `expected true or false, got ${p.got}`, (p) => `true か false を書くところに${p.got}があります`),
  "value.expected-author": m<{ got: string }>((p) => `expected the author's name, got ${p.got}`, (p) => `著者名を書くところに${p.got}があります`),
  "value.expected-minutes": m(() => "expected a whole number of minutes", () => "分数を整数で書いてください"),
  "value.expected-minutes-got": m<{ got: string }>((p) => `expected a whole number of minutes, got ${p.got}`, (p) => `分数（整数）を書くところに${p.got}があります`),
  "value.expected-minutes-positive": m(() => "expected a whole number of minutes, 1 or more", () => "分数は1以上の整数で書いてください"),
  "value.expected-whole": m(() => "expected a whole number", () => "整数で書いてください"),
  "value.expected-whole-got": m<{ got: string }>((p) => `expected a whole number, got ${p.got}`, (p) => `整数を書くところに${p.got}があります`),
  "value.expected-whole-positive": m(() => "expected a whole number, 1 or more", () => "1以上の整数で書いてください"),
  "value.not-emoji": m<{ value: string }>((p) => `"${p.value}" is not one emoji`, (p) => `「${p.value}」は絵文字1文字ではありません`),
  "value.empty": m<{ key: string }>((p) => `${p.key} is empty`, (p) => `${p.key} が空です`),
  "key.unknown": m<{ key: string }>((p) => `unknown key "${p.key}" is kept but not used`, (p) => `知らないキー「${p.key}」は残しますが使いません`),
  "key.unknown.fix": m<{ near: string }>((p) => `did you mean "${p.near}"? rename the key`, (p) => `「${p.near}」のつもりなら、キーの名前を直してください`),
  "key.fix.other": m<{ key: string }>((p) => `correct or remove "${p.key}"`, (p) => `「${p.key}」を直すか、取り除いてください`),
  "key.fix.author": m(() => 'write the name in quotes, e.g. author: "ALLFORCES編集部"', () => '名前を引用符で囲んで書いてください。例: author: "ALLFORCES編集部"'),
  "key.fix.emoji": m(() => 'write one emoji in quotes, e.g. emoji: "📘"', () => '絵文字を1つ引用符で囲んで書いてください。例: emoji: "📘"'),
  "key.fix.title": m(() => 'write the title in quotes, e.g. title: "Llama 4の多言語性能"', () => 'タイトルを引用符で囲んで書いてください。例: title: "Llama 4の多言語性能"'),
  "key.fix.date": m(
    () => "write the date as YYYY-MM-DD HH:MM:SS +0900 (or YYYY-MM-DD), or name the file YYYY-MM-DD-slug.md",
    () => "日付を YYYY-MM-DD HH:MM:SS +0900（または YYYY-MM-DD）の形で書くか、ファイル名を YYYY-MM-DD-slug.md にしてください",
  ),
  "key.fix.updated": m(() => "write the date as YYYY-MM-DD HH:MM:SS +0900", () => "日付を YYYY-MM-DD HH:MM:SS +0900 の形で書いてください"),
  "key.fix.categories": m(() => 'write a list, e.g. categories: ["投資分析"]', () => 'リストで書いてください。例: categories: ["投資分析"]'),
  "key.fix.category": m(() => 'write one name, e.g. category: "投資分析"', () => '名前を1つ書いてください。例: category: "投資分析"'),
  "key.fix.tags": m(() => 'write a list, e.g. tags: ["AI", "Meta"]', () => 'リストで書いてください。例: tags: ["AI", "Meta"]'),
  "key.fix.tag": m(() => 'write one name, e.g. tag: "AI"', () => '名前を1つ書いてください。例: tag: "AI"'),
  "key.fix.excerpt": m(
    () => 'write the excerpt in quotes on one line, e.g. excerpt: "Llama 4の**要点**をまとめます。"',
    () => '抜粋を1行で引用符で囲んで書いてください。例: excerpt: "Llama 4の**要点**をまとめます。"',
  ),
  "key.fix.excerpt_separator": m(
    () => "write the marker that ends the excerpt, e.g. excerpt_separator: <!--more-->",
    () => "抜粋の終わりの目印を書いてください。例: excerpt_separator: <!--more-->",
  ),
  "key.fix.reading_time": m(
    () => "write a whole number of minutes, e.g. reading_time: 8, or remove the key to compute it",
    () => "分数を整数で書くか（例: reading_time: 8）、キーを取り除いて自動で計算させてください",
  ),
  "key.fix.flag": m<{ key: string }>((p) => `write ${p.key}: true or ${p.key}: false`, (p) => `${p.key}: true か ${p.key}: false と書いてください`),
  "key.fix.slug": m(() => "use letters, digits and hyphens, e.g. slug: llama-4-review", () => "英数字とハイフンで書いてください。例: slug: llama-4-review"),
  "key.fix.permalink": m(() => "write a path such as permalink: /2025/12/llama-4-review/", () => "パスを書いてください。例: permalink: /2025/12/llama-4-review/"),
  "key.fix.series": m(() => 'write the series\' name in quotes, e.g. series: "Rust入門"', () => 'シリーズ名を引用符で囲んで書いてください。例: series: "Rust入門"'),
  "key.fix.series_order": m(
    () => "write the post's place in its series as a whole number, e.g. series_order: 2, or remove the key to order the series by date",
    () => "シリーズの中の順番を整数で書くか（例: series_order: 2）、キーを取り除いて日付順にしてください",
  ),
  "key.fix.published_at": m(() => "write the date in Japan time, e.g. published_at: 2024-05-01 09:00", () => "日本時間で日付を書いてください。例: published_at: 2024-05-01 09:00"),
  "key.fix.topics": m(() => 'write a list, e.g. topics: ["nextjs", "typescript"]', () => 'リストで書いてください。例: topics: ["nextjs", "typescript"]'),
  "key.fix.type": m(() => "write type: tech or type: idea", () => "type: tech か type: idea と書いてください"),
  "key.fix.publication_name": m(() => "write the publication's name, e.g. publication_name: team_name", () => "Publication の名前を書いてください。例: publication_name: team_name"),
  "key.fix.updated_at": m(
    () => "write the date as qiita publish writes it, e.g. updated_at: '2024-05-01T09:00:00+09:00'",
    () => "qiita publish が書く形で日付を書いてください。例: updated_at: '2024-05-01T09:00:00+09:00'",
  ),
  "key.fix.id": m(
    () => "leave the id as qiita publish wrote it, or remove the line for a post not on Qiita yet",
    () => "id は qiita publish が書いたままにしてください。まだ Qiita にない記事なら行を取り除きます",
  ),
  "key.fix.organization_url_name": m(() => "write the organization's name on Qiita, or remove the line", () => "Qiita の Organization 名を書くか、行を取り除いてください"),

  // Titles, text and limits (lib/content/schema.ts)
  "title.missing": m(() => "title is missing", () => "タイトル（title）がありません"),
  "title.missing.fix": m(() => 'add a title line to the front matter, e.g. title: "Llama 4の多言語性能"', () => 'フロントマターに title の行を加えてください。例: title: "Llama 4の多言語性能"'),
  "title.missing.fix.no-front-matter": m(
    () => 'start the file with front matter: a line ---, then title: "…" and date: …, then a line ---',
    () => 'ファイルの先頭にフロントマターを書いてください: --- の行、title: "…" と date: …、そして --- の行',
  ),
  "title.too-long.fix": m<{ max: number }>(
    (p) => `shorten the title to at most ${p.max} characters; say the rest in the first paragraph`,
    (p) => `タイトルを${p.max}文字以内に縮め、残りは最初の段落で述べてください`,
  ),
  "excerpt.too-long.fix": m<{ max: number }>(
    (p) => `shorten the excerpt to at most ${p.max} characters, or remove it to use the first paragraph`,
    (p) => `抜粋を${p.max}文字以内に縮めるか、取り除いて最初の段落を使ってください`,
  ),
  "text.too-long": m<{ key: string; max: number }>((p) => `${p.key} is longer than ${p.max} characters`, (p) => `${p.key} が${p.max}文字を超えています`),
  "text.far-too-long": m<{ key: string; max: number }>((p) => `${p.key} is far longer than ${p.max} characters`, (p) => `${p.key} が${p.max}文字を大きく超えています`),
  "text.lone-surrogate": m<{ key: string; half: string }>(
    (p) => `${p.key}: holds ${p.half}, half of a character (a lone surrogate), which no page, address or feed can carry`,
    (p) => `${p.key}: 文字の半分（対になっていないサロゲート ${p.half}）があり、ページにもアドレスにもフィードにも載せられません`,
  ),
  "text.lone-surrogate.fix": m(
    () => 'write the character itself, or escape the whole character, e.g. "\\U0001F600" rather than "\\uD83D"',
    () => '文字そのものを書くか、文字全体をエスケープしてください。例: "\\uD83D" ではなく "\\U0001F600"',
  ),
  "slug.invisible": m<{ slug: string; characters: string; count: number }>(
    (p) => `the slug "${p.slug}" contains the invisible character${p.count > 1 ? "s" : ""} ${p.characters}, which can make one address look like another`,
    (p) => `スラッグ「${p.slug}」に見えない文字 ${p.characters} があり、別のアドレスと見分けがつかなくなります`,
  ),
  "slug.invisible.fix.key": m<{ key: string; characters: string }>(
    (p) => `retype the ${p.key} without ${p.characters}`,
    (p) => `${p.key} を ${p.characters} なしで打ち直してください`,
  ),
  "slug.invisible.fix.file": m<{ characters: string }>(
    (p) => `rename the file without ${p.characters}, or add slug: to the front matter`,
    (p) => `ファイル名を ${p.characters} なしに変えるか、フロントマターに slug: を加えてください`,
  ),
  "slug.invalid": m<{ slug: string }>((p) => `"${p.slug}" cannot be used as a URL slug`, (p) => `「${p.slug}」は URL のスラッグに使えません`),
  "slug.invalid.fix.file": m(
    () => "rename the file using letters, digits and hyphens, or add slug: to the front matter",
    () => "ファイル名を英数字とハイフンにするか、フロントマターに slug: を加えてください",
  ),
  "slug.too-long": m<{ bytes: number; max: number }>(
    (p) => `the slug is ${p.bytes} bytes long (UTF-8); a file name holds at most ${p.max}`,
    (p) => `スラッグが${p.bytes}バイト（UTF-8）あります。ファイル名は${p.max}バイトまでです`,
  ),
  "slug.too-long.fix.key": m<{ key: string }>((p) => `shorten the ${p.key}, e.g. slug: llama-4-review`, (p) => `${p.key} を短くしてください。例: slug: llama-4-review`),
  "slug.too-long.fix.file": m(() => "add a shorter slug: to the front matter, e.g. slug: llama-4-review", () => "フロントマターに短い slug: を加えてください。例: slug: llama-4-review"),
  "slug.duplicate": m<{ slug: string; where: string }>(
    (p) => `slug "${p.slug}" is also used by ${p.where}; two posts cannot share one URL`,
    (p) => `スラッグ「${p.slug}」は ${p.where} でも使われています。2つの記事で1つの URL は使えません`,
  ),
  "slug.case-duplicate": m<{ slug: string; other: string; where: string }>(
    (p) => `slug "${p.slug}" differs from the slug "${p.other}" of ${p.where} only in letter case; on macOS and Windows the two pages would be one file`,
    (p) => `スラッグ「${p.slug}」は ${p.where} のスラッグ「${p.other}」と大文字・小文字しか違いません。macOS と Windows では2つのページが1つのファイルになります`,
  ),
  "slug.duplicate.fix": m(
    () => "give one of the two posts another file name or a `slug:` in its front matter",
    () => "どちらかの記事のファイル名を変えるか、フロントマターに `slug:` を書いてください",
  ),
  "name.too-long": m<{ key: string; name: string; max: number }>(
    (p) => `${p.key}: "${p.name}" is longer than ${p.max} characters`,
    (p) => `${p.key}: 「${p.name}」が${p.max}文字を超えています`,
  ),
  "name.too-long.fix": m<{ max: number }>(
    (p) => `shorten the name to at most ${p.max} characters: it is shown on every card of the post`,
    (p) => `名前を${p.max}文字以内に縮めてください。記事のカードすべてに表示されます`,
  ),
  "name.segment-too-long": m<{ key: string; name: string; bytes: number; max: number }>(
    (p) => `${p.key}: "${p.name}" makes a URL segment of ${p.bytes} bytes (UTF-8); a file name holds at most ${p.max}`,
    (p) => `${p.key}: 「${p.name}」は URL で${p.bytes}バイト（UTF-8）になります。ファイル名は${p.max}バイトまでです`,
  ),
  "name.segment-too-long.fix": m<{ chars: number; letters: number }>(
    (p) => `shorten the name to about ${p.chars} Japanese characters or ${p.letters} letters`,
    (p) => `名前を日本語で${p.chars}文字ほど、英字なら${p.letters}文字までに縮めてください`,
  ),
  "zenn.type": m<{ value: string }>((p) => `type: "${p.value}" is neither tech nor idea`, (p) => `type: 「${p.value}」は tech でも idea でもありません`),
  "terms.too-many": m<{ count: number; max: number }>(
    (p) => `${p.count} tags and categories; a post may have at most ${p.max}`,
    (p) => `タグとカテゴリーが${p.count}個あります。1つの記事に${p.max}個までです`,
  ),
  "terms.too-many.fix": m<{ max: number }>(
    (p) => `keep the ${p.max} that matter most: each one is a page of its own and a link wherever this post is listed`,
    (p) => `大事なものを${p.max}個まで残してください。それぞれが1つのページになり、記事が並ぶところすべてにリンクが出ます`,
  ),
  "nesting.markdown": m<{ depth: number; max: number }>(
    (p) => `blockquotes and lists are nested ${p.depth} deep here; at most ${p.max} levels are allowed`,
    (p) => `ここで引用とリストが${p.depth}段に入れ子になっています。${p.max}段までです`,
  ),
  "nesting.markdown.fix": m(
    () => "end the outer quotes or lists sooner, or put text that only looks like quotes in a code block",
    () => "外側の引用やリストを早めに終えるか、引用に見えるだけのテキストはコードブロックに入れてください",
  ),
  "nesting.html": m<{ depth: number; max: number }>(
    (p) => `${p.depth} HTML elements are open inside one another here; at most ${p.max} are allowed`,
    (p) => `ここで HTML の要素が${p.depth}個入れ子のまま開いています。${p.max}個までです`,
  ),
  "nesting.html.fix": m(
    () => "close the elements you open (</div>), or remove the opening tags that have no closing one",
    () => "開いた要素を閉じるか（</div>）、閉じタグのない開始タグを取り除いてください",
  ),
  "nesting.emphasis": m<{ depth: number; max: number }>(
    (p) => `emphasis is nested ${p.depth} deep here (*, _ or ~ opened inside one another); at most ${p.max} levels are allowed`,
    (p) => `ここで強調が${p.depth}段に入れ子になっています（*、_、~ の中でまた開いています）。${p.max}段までです`,
  ),
  "nesting.emphasis.fix": m(
    () => "close the emphasis you open (*text*), or write \\* and \\_ for stars and underscores that are not emphasis",
    () => "開いた強調を閉じるか（*text*）、強調でない * と _ は \\* と \\_ と書いてください",
  ),
  "brackets.paragraph": m<{ count: number; max: number }>(
    (p) => `${p.count} or more closing brackets "]" in one paragraph; past ${p.max}, Markdown takes minutes to read it`,
    (p) => `1つの段落に閉じ括弧「]」が${p.count}個以上あります。${p.max}個を超えると Markdown の読み込みに何分もかかります`,
  ),
  "brackets.row": m<{ count: number; max: number }>(
    (p) => `${p.count} or more closing brackets "]" in one table row; past ${p.max}, Markdown takes minutes to read it`,
    (p) => `表の1行に閉じ括弧「]」が${p.count}個以上あります。${p.max}個を超えると Markdown の読み込みに何分もかかります`,
  ),
  "brackets.fix": m(
    () => "split the paragraph, or put text that is not prose (data, logs) in a code block between ``` lines",
    () => "段落を分けるか、文章でないテキスト（データ、ログ）は ``` の行で挟んだコードブロックに入れてください",
  ),
  "table-cells": m<{ count: number; max: number }>(
    (p) => `the tables of this post hold ${p.count} or more cells by here; a post may have at most ${p.max}`,
    (p) => `この記事の表はここまでで${p.count}セル以上あります。1つの記事に${p.max}セルまでです`,
  ),
  "table-cells.fix": m(() => "split the post, or publish the data as a file (CSV) and link to it", () => "記事を分けるか、データをファイル（CSV）で公開してリンクしてください"),
  footnotes: m<{ count: number; max: number }>(
    (p) => `${p.count} or more footnotes ([^…] and ^[…]) by here; a post may have at most ${p.max}`,
    (p) => `ここまでで脚注（[^…] と ^[…]）が${p.count}個以上あります。1つの記事に${p.max}個までです`,
  ),
  "footnotes.fix": m(() => "split the post, or write the notes as a list at its end", () => "記事を分けるか、注を記事の最後にリストで書いてください"),
  "post.too-large": m<{ size: string; max: string }>((p) => `the file is ${p.size}; a post may be at most ${p.max}`, (p) => `ファイルが${p.size}あります。1つの記事は${p.max}までです`),
  "post.too-large.fix": m(
    () => "split it into several posts, or move long data (logs, tables) into files the post links to",
    () => "いくつかの記事に分けるか、長いデータ（ログ、表）は別のファイルにしてリンクしてください",
  ),

  // Dates (lib/text/date.ts reasons, lib/content/schema.ts)
  "where.key": m<{ key: string }>((p) => p.key, (p) => p.key),
  "where.file-name": m(() => "the date in the file name", () => "ファイル名の日付"),
  "date.invalid": m<{ where: string }>((p) => `${p.where}: invalid date`, (p) => `${p.where}: 日付として正しくありません`),
  "date.not-text": m<{ got: string }>((p) => `expected a date like 2025-12-10 20:44:31 +0900, got ${p.got}`, (p) => `2025-12-10 20:44:31 +0900 のような日付を書くところに${p.got}があります`),
  "date.not-text-at": m<{ where: string; got: string }>(
    (p) => `${p.where}: expected a date like 2025-12-10 20:44:31 +0900, got ${p.got}`,
    (p) => `${p.where}: 2025-12-10 20:44:31 +0900 のような日付を書くところに${p.got}があります`,
  ),
  "date.not-a-date": m<{ where: string; value: string }>((p) => `${p.where}: "${p.value}" is not a date`, (p) => `${p.where}: 「${p.value}」は日付として読めません`),
  "date.not-real": m<{ where: string; value: string }>(
    (p) => `${p.where}: "${p.value}" is not a real calendar date or time`,
    (p) => `${p.where}: 「${p.value}」は暦にない日付か時刻です`,
  ),
  "date.offset": m<{ where: string; value: string }>((p) => `${p.where}: "${p.value}" is not a valid UTC offset`, (p) => `${p.where}: 「${p.value}」は UTC からの時差として正しくありません`),
  "date.file-name.fix": m(() => "rename the file to YYYY-MM-DD-slug.md with a real date", () => "ファイル名を実在する日付の YYYY-MM-DD-slug.md にしてください"),
  "date.missing": m(() => "date is missing", () => "日付（date）がありません"),
  "date.missing.fix": m(
    () => "add a line to the front matter: date: 2025-12-10 20:44:31 +0900, or name the file YYYY-MM-DD-slug.md",
    () => "フロントマターに date: 2025-12-10 20:44:31 +0900 の行を加えるか、ファイル名を YYYY-MM-DD-slug.md にしてください",
  ),
  "date.missing.shallow": m(
    () => "date is missing, and the commit that added the file is not in this shallow clone",
    () => "日付がなく、ファイルを加えたコミットもこの浅いクローン（shallow clone）にありません",
  ),
  "date.missing.shallow.fix": m<{ line: string }>(
    (p) => `clone the whole history (git fetch --unshallow; on Vercel set the environment variable VERCEL_DEEP_CLONE=true), or add a line to the front matter: ${p.line}`,
    (p) => `履歴全体をクローンするか（git fetch --unshallow。Vercel では環境変数 VERCEL_DEEP_CLONE=true）、フロントマターに次の行を加えてください: ${p.line}`,
  ),
  "date.missing.no-repository": m(
    () => "date is missing, and the content folder is not in a git repository whose commits could date it",
    () => "日付がなく、コンテンツのフォルダーもコミットから日付を読める git リポジトリの中にありません",
  ),
  "date.missing.no-repository.fix": m<{ line: string }>(
    (p) => `add a line to the front matter: ${p.line}, or build from a git clone of the repository`,
    (p) => `フロントマターに次の行を加えるか、リポジトリを git clone してビルドしてください: ${p.line}`,
  ),
  "date.uncommitted": m(
    () => "not committed yet: dated by the time the file was last saved until a commit adds it",
    () => "まだコミットされていません。コミットされるまでは最後に保存した時刻を日付にします",
  ),
  "date.uncommitted.fix": m<{ line: string }>(
    (p) => `commit the file, or add a line to the front matter: ${p.line}`,
    (p) => `ファイルをコミットするか、フロントマターに次の行を加えてください: ${p.line}`,
  ),

  // Folders, links and books (lib/content/load.ts, links.ts, build-index.ts, zenn-books.ts)
  "symlink.missing": m<{ target: string }>((p) => `symbolic link to ${p.target}, which does not exist: not read`, (p) => `存在しない ${p.target} へのシンボリックリンクです。読みません`),
  "symlink.unreadable": m<{ target: string; code: string }>(
    (p) => `symbolic link to ${p.target}, which cannot be read (${p.code}): not read`,
    (p) => `${p.target} へのシンボリックリンクを読めません（${p.code}）。読みません`,
  ),
  "symlink.outside": m<{ target: string }>(
    (p) => `symbolic link to ${p.target}, outside the content folder: not published`,
    (p) => `コンテンツのフォルダーの外の ${p.target} へのシンボリックリンクです。公開しません`,
  ),
  "symlink.fix": m(
    () => "copy the file or folder into the content folder instead of linking to it, or remove the link",
    () => "リンクではなくファイルやフォルダーをコンテンツのフォルダーにコピーするか、リンクを取り除いてください",
  ),
  "link.broken": m<{ url: string; problem: string }>((p) => `the link ${p.url} ${p.problem}`, (p) => `リンク ${p.url} は${p.problem}`),
  "link.no-heading-here": m(() => "leads to no heading of this post", () => "この記事のどの見出しにもつながっていません"),
  "link.no-heading-there": m<{ file: string }>((p) => `leads to no heading of ${p.file}`, (p) => `${p.file} のどの見出しにもつながっていません`),
  "link.no-heading.fix": m<{ example: string }>((p) => `link to the id of one of its headings, e.g. ${p.example}`, (p) => `見出しの id にリンクしてください。例: ${p.example}`),
  "link.source-file": m(() => "is a file the site does not serve", () => "サイトが配信しないファイルです"),
  "link.source-file.fix": m<{ page: string }>((p) => `link to the post's page: ${p.page}`, (p) => `記事のページにリンクしてください: ${p.page}`),
  "link.no-page": m(() => "leads to no page of this site", () => "このサイトのどのページにもつながっていません"),
  "link.no-page.fix": m(
    () => "correct the address, or write the full https:// address of a page elsewhere",
    () => "アドレスを直すか、ほかのサイトのページなら https:// から始まるアドレスを書いてください",
  ),
  "book.expected-names": m(() => "expected a list of names", () => "名前のリストを書いてください"),
  "book.expected-title": m(() => "expected the book's title", () => "本のタイトルを書いてください"),
  "book.expected-text": m(() => "expected text", () => "文字列を書いてください"),
  "book.expected-flag": m(() => "expected true or false", () => "true か false を書いてください"),
  "book.expected-price": m(() => "expected a price in yen, e.g. 0", () => "価格を円で書いてください。例: 0"),
  "book.expected-chapters": m(() => "expected a list of chapter slugs", () => "チャプターのスラッグのリストを書いてください"),
  "book.config-invalid": m<{ detail: string }>((p) => `${p.detail}: add title: "…" to the book's config`, (p) => `${p.detail}: 本の設定に title: "…" を加えてください`),
  "book.fix.title": m(() => 'write the title in quotes, e.g. title: "Rust入門"', () => 'タイトルを引用符で囲んで書いてください。例: title: "Rust入門"'),
  "book.fix.summary": m(() => 'write the summary in quotes, e.g. summary: "この本では…"', () => '紹介文を引用符で囲んで書いてください。例: summary: "この本では…"'),
  "book.fix.topics": m(() => 'write a list, e.g. topics: ["rust", "cli"]', () => 'リストで書いてください。例: topics: ["rust", "cli"]'),
  "book.fix.price": m(() => "write the price in yen as a number, e.g. price: 0", () => "価格を円の数値で書いてください。例: price: 0"),
  "book.fix.chapters": m(
    () => "list the chapter files' names without .md, e.g. chapters: [intro, setup]",
    () => "チャプターのファイル名を .md なしで並べてください。例: chapters: [intro, setup]",
  ),
  "book.folder-name": m<{ slug: string }>((p) => `the book folder "${p.slug}" cannot be used as a URL segment`, (p) => `本のフォルダー名「${p.slug}」は URL に使えません`),
  "book.folder-name.fix": m(() => "rename the folder using letters, digits, hyphens and underscores", () => "フォルダー名を英数字、ハイフン、アンダースコアにしてください"),
  "book.chapter-twice": m<{ chapter: string }>((p) => `chapters: "${p.chapter}" is listed twice`, (p) => `chapters: 「${p.chapter}」が2回書かれています`),
  "book.chapter-twice.fix": m<{ chapter: string }>((p) => `remove one of the two "${p.chapter}" lines`, (p) => `「${p.chapter}」の行を1つ取り除いてください`),
  "book.chapter-name": m<{ chapter: string }>((p) => `chapters: "${p.chapter}" cannot be used as a URL segment`, (p) => `chapters: 「${p.chapter}」は URL に使えません`),
  "book.chapter-name.fix": m(
    () => "rename the chapter file using letters, digits, hyphens and underscores, and list that name",
    () => "チャプターのファイル名を英数字、ハイフン、アンダースコアにして、その名前を書いてください",
  ),
  "book.chapter-missing": m<{ chapter: string; file: string }>(
    (p) => `chapters: "${p.chapter}" is listed, but ${p.file} does not exist, so the book is published without it`,
    (p) => `chapters: 「${p.chapter}」が書かれていますが、${p.file} がないので、本はこのチャプターなしで公開されます`,
  ),
  "book.chapter-missing.fix": m<{ chapter: string; config: string }>(
    (p) => `create the file ${p.chapter}.md next to ${p.config}, or remove "${p.chapter}" from chapters:`,
    (p) => `${p.config} の隣に ${p.chapter}.md を作るか、chapters: から「${p.chapter}」を取り除いてください`,
  ),
  "book.chapter-unlisted": m<{ slug: string; config: string }>(
    (p) => `this file is in the book "${p.slug}" but not listed in chapters: of ${p.config}, so it is not published`,
    (p) => `このファイルは本「${p.slug}」にありますが、${p.config} の chapters: にないので公開されません`,
  ),
  "book.chapter-unlisted.fix": m<{ chapter: string; config: string }>(
    (p) => `add "- ${p.chapter}" to chapters: in ${p.config}, or move the file out of the book's folder`,
    (p) => `${p.config} の chapters: に「- ${p.chapter}」を加えるか、ファイルを本のフォルダーの外に移してください`,
  ),
  "book.chapter-unnumbered": m<{ file: string; config: string }>(
    (p) => `chapter file name "${p.file}" has no chapter number, and ${p.config} has no chapters: list`,
    (p) => `チャプターのファイル名「${p.file}」に番号がなく、${p.config} にも chapters: のリストがありません`,
  ),
  "book.chapter-unnumbered.fix": m<{ example: string; config: string }>(
    (p) => `rename the file N.slug.md (e.g. ${p.example}), or list the chapters in chapters: of ${p.config}`,
    (p) => `ファイル名を N.slug.md にするか（例: ${p.example}）、${p.config} の chapters: にチャプターを並べてください`,
  ),
  "book.chapter-duplicate": m<{ chapter: string; other: string }>(
    (p) => `chapter slug "${p.chapter}" is also the slug of ${p.other}`,
    (p) => `チャプターのスラッグ「${p.chapter}」は ${p.other} のスラッグでもあります`,
  ),
  "book.chapter-duplicate.fix": m(
    () => "give one of the two chapter files another name after its number",
    () => "どちらかのチャプターのファイルの番号の後の名前を変えてください",
  ),

  // Link cards' titles (lib/content/link-cards.ts)
  "cards.json": m<{ detail: string }>((p) => `not valid JSON: ${p.detail}`, (p) => `JSON として正しくありません: ${p.detail}`),
  "cards.json.fix": m(() => "delete the file and run npm run content:cards again", () => "ファイルを消して npm run content:cards をもう一度実行してください"),
  "cards.shape": m<{ detail: string }>((p) => `the file: ${p.detail}`, (p) => `ファイル全体: ${p.detail}`),
  "cards.shape.fix": m(
    () => 'write { "version": 1, "cards": { "<url>": { "title": "…" } } }, or delete the file',
    () => '{ "version": 1, "cards": { "<url>": { "title": "…" } } } の形で書くか、ファイルを消してください',
  ),
  "cards.what.outside": m(() => "a link to a file outside the content folder", () => "コンテンツのフォルダーの外のファイルへのリンク"),
  "cards.what.broken-link": m(() => "a broken link", () => "切れたリンク"),
  "cards.what.not-a-file": m(() => "not a regular file", () => "通常のファイルではないもの"),
  "cards.what.link": m(() => "a link", () => "リンク"),
  "cards.not-read": m<{ file: string; what: string }>((p) => `${p.file} is ${p.what}: not read`, (p) => `${p.file} は${p.what}です。読みません`),
  "cards.not-read.fix": m<{ file: string }>(
    (p) => `delete it and run npm run content:cards, which writes ${p.file} as a file`,
    (p) => `消してから npm run content:cards を実行してください。${p.file} をファイルとして書きます`,
  ),
  "cards.not-written": m<{ file: string; what: string }>((p) => `${p.file} is ${p.what}: not written`, (p) => `${p.file} は${p.what}です。書きません`),
  "cards.not-written.fix": m<{ file: string }>(
    (p) => `delete it; npm run content:cards writes ${p.file} as a file`,
    (p) => `消してください。npm run content:cards が ${p.file} をファイルとして書きます`,
  ),

  // Images (lib/images/locate.ts, lib/markdown/image-check.ts)
  "image.outside": m<{ src: string }>((p) => `image ${p.src} is outside the content folder`, (p) => `画像 ${p.src} はコンテンツのフォルダーの外にあります`),
  "image.outside.fix": m(() => "put the image next to the post, e.g. ./images/a.png", () => "画像を記事の隣に置いてください。例: ./images/a.png"),
  "image.not-image-type": m<{ src: string }>(
    (p) => `image ${p.src} is not a PNG, JPEG, GIF, WebP, AVIF or SVG file`,
    (p) => `画像 ${p.src} は PNG、JPEG、GIF、WebP、AVIF、SVG のどのファイルでもありません`,
  ),
  "image.not-image-type.fix": m(
    () => "link the file with [text](…) instead, or convert it to PNG or JPEG",
    () => "代わりに [テキスト](…) でリンクするか、PNG か JPEG に変換してください",
  ),
  "image.link-outside": m<{ src: string; real: string }>(
    (p) => `image ${p.src} is a link to a file outside the content folder (${p.real}): not published`,
    (p) => `画像 ${p.src} はコンテンツのフォルダーの外のファイル（${p.real}）へのリンクです。公開しません`,
  ),
  "image.link-outside.fix": m(() => "copy the image into the content folder instead of linking to it", () => "リンクではなく画像をコンテンツのフォルダーにコピーしてください"),
  "image.not-a-file": m<{ src: string }>((p) => `image ${p.src} is not a regular file`, (p) => `画像 ${p.src} は通常のファイルではありません`),
  "image.not-a-file.fix": m(() => "put the image file itself at that path", () => "そのパスに画像ファイルそのものを置いてください"),
  "image.not-found": m<{ src: string }>((p) => `image ${p.src} not found`, (p) => `画像 ${p.src} が見つかりません`),
  "image.not-found.fix": m(() => "put the file at that path next to the post, or correct the path", () => "記事の隣のそのパスにファイルを置くか、パスを直してください"),
  "image.not-found.fix.root": m<{ path: string }>(
    (p) => `put the file at ${p.path} in the content folder, or correct the path`,
    (p) => `コンテンツのフォルダーの ${p.path} にファイルを置くか、パスを直してください`,
  ),
  "image.unreadable": m<{ src: string; format: string }>(
    (p) => `image ${p.src} is not a ${p.format} image (its contents are not an image sharp can read)`,
    (p) => `画像 ${p.src} は ${p.format} の画像ではありません（中身を画像として読めません）`,
  ),
  "image.unreadable.fix": m<{ format: string }>(
    (p) => `export the image again as ${p.format}, or link the file with [text](…) if it is not an image`,
    (p) => `画像を ${p.format} で書き出し直すか、画像でないなら [テキスト](…) でリンクしてください`,
  ),
  "image.too-many-pixels": m<{ src: string; width: number; height: number; megapixels: number; max: number }>(
    (p) => `image ${p.src} is ${p.width}×${p.height} pixels (${p.megapixels} megapixels); at most ${p.max} megapixels can be read`,
    (p) => `画像 ${p.src} は ${p.width}×${p.height} ピクセル（${p.megapixels}メガピクセル）あります。読めるのは${p.max}メガピクセルまでです`,
  ),
  "image.too-many-pixels.fix": m(
    () => "scale the image down (a page shows at most a few thousand pixels across), e.g. to 4000 pixels wide",
    () => "画像を縮小してください（ページに出せる幅は数千ピクセルまでです）。例: 幅4000ピクセル",
  ),
  "image.no-alt": m<{ src: string }>((p) => `image ${p.src} has no alt text`, (p) => `画像 ${p.src} に代替テキストがありません`),
  "image.no-alt.fix": m(
    () => "describe what the image shows between the brackets, e.g. ![売上の推移を示すグラフ](./images/a.png)",
    () => "角括弧の中に画像の内容を書いてください。例: ![売上の推移を示すグラフ](./images/a.png)",
  ),

  // Notation (lib/markdown/notation-check.ts)
  "notation.unknown-container": m<{ name: string }>((p) => `unknown container ${p.name}: its content is shown without a box`, (p) => `知らないコンテナ ${p.name} です。中身は枠なしで表示されます`),
  "notation.unknown-container.fix": m<{ names: string }>((p) => `use one of ${p.names} (or message alert)`, (p) => `${p.names}（または message alert）のどれかを使ってください`),
  "notation.unclosed-container.post": m<{ name: string }>(
    (p) => `${p.name} is never closed: everything after it, to the end of the post, is inside it`,
    (p) => `${p.name} が閉じられていません。この後、記事の最後までがすべてその中に入ります`,
  ),
  "notation.unclosed-container.block": m<{ name: string }>(
    (p) => `${p.name} is never closed: everything after it, to the end of its block, is inside it`,
    (p) => `${p.name} が閉じられていません。この後、ブロックの最後までがすべてその中に入ります`,
  ),
  "notation.unclosed-container.fix": m<{ fence: string; name: string }>(
    (p) => `add a line ${p.fence} where the ${p.name} ends`,
    (p) => `${p.name} の終わるところに ${p.fence} の行を加えてください`,
  ),
  "notation.unclosed-math": m(
    () => "this $$ block is never closed: the rest of the post is read as a formula",
    () => "この $$ のブロックが閉じられていません。記事の残りがすべて数式として読まれます",
  ),
  "notation.unclosed-math.fix": m(() => "add a line $$ where the formula ends", () => "数式の終わるところに $$ の行を加えてください"),
  "notation.stray-close": m<{ colons: string }>((p) => `this ${p.colons} closes no container`, (p) => `この ${p.colons} はどのコンテナも閉じていません`),
  "notation.stray-close.fix": m(
    () => "delete it, or give the container it should close as many colons or fewer (::::details … ::::)",
    () => "取り除くか、閉じるはずのコンテナのコロンをこれと同じ数以下にしてください（::::details … ::::）",
  ),
  "notation.message-args": m<{ args: string }>(
    (p) => `:::message ${p.args} opens no box: after message only alert may follow (as on Zenn), so the line is shown as text`,
    (p) => `:::message ${p.args} では箱になりません。message の後に書けるのは alert だけなので（Zenn と同じ）、この行は文章として表示されます`,
  ),
  "notation.message-args.fix": m<{ args: string }>(
    (p) => `write :::message (or :::message alert) alone on its line and put "${p.args}" on the next line`,
    (p) => `:::message（または :::message alert）だけを1行に書き、「${p.args}」は次の行に書いてください`,
  ),
  "notation.unknown-embed": m<{ service: string }>((p) => `unknown embed @[${p.service}]: it is shown as text`, (p) => `知らない埋め込み @[${p.service}] です。テキストのまま表示されます`),
  "notation.unknown-embed.fix": m<{ services: string }>(
    (p) => `use one of ${p.services}, or a bare URL on its own line for a link card`,
    (p) => `${p.services} のどれかを使うか、リンクカードなら URL だけを1行に書いてください`,
  ),
  "notation.embed-target": m<{ embed: string }>((p) => `${p.embed} needs an https URL`, (p) => `${p.embed} には https の URL が要ります`),
  "notation.embed-target.id": m<{ embed: string }>((p) => `${p.embed} needs an id or an https URL`, (p) => `${p.embed} には ID か https の URL が要ります`),
  "notation.embed-target.fix": m<{ service: string }>((p) => `write @[${p.service}](https://…)`, (p) => `@[${p.service}](https://…) と書いてください`),

  // Formulas (lib/markdown/notation/katex.ts, math.ts)
  "math.unreadable": m<{ detail: string }>((p) => `the formula cannot be read: ${p.detail}`, (p) => `数式を読めません: ${p.detail}`),
  "math.shown-as-code": m<{ detail: string }>((p) => `${p.detail}; it is shown as code`, (p) => `${p.detail}。コードのまま表示します`),
  "math.fix.tex": m(() => "fix the TeX (KaTeX syntax)", () => "TeX（KaTeX の文法）を直してください"),
  "math.fix.tex-or-dollar": m(
    () => "fix the TeX (KaTeX syntax), or write \\$ for a dollar sign that is not math",
    () => "TeX（KaTeX の文法）を直すか、数式でないドル記号は \\$ と書いてください",
  ),
  "math.fix.shorter": m(() => "split the formula into several, or shorten the macros it defines", () => "数式をいくつかに分けるか、数式で定義するマクロを短くしてください"),
  "math.fix.split": m(() => "split the formula, or shorten the macros it defines", () => "数式を分けるか、数式で定義するマクロを短くしてください"),
  "math.fix.close-groups": m(() => "close some groups sooner, or split the formula", () => "いくつかのグループを早めに閉じるか、数式を分けてください"),
  "math.fix.close-split-shorten": m(
    () => "close some groups sooner, split the formula, or shorten the macros it defines",
    () => "いくつかのグループを早めに閉じるか、数式を分けるか、数式で定義するマクロを短くしてください",
  ),
  "math.too-long": m<{ length: number; max: number }>(
    (p) => `the formula is ${p.length} characters long; at most ${p.max} are allowed`,
    (p) => `数式が${p.length}文字あります。${p.max}文字までです`,
  ),
  "math.too-deep": m<{ max: number }>(
    (p) => `groups ({…}, \\left…\\right, \\begin…\\end) are nested more than ${p.max} deep here`,
    (p) => `ここでグループ（{…}、\\left…\\right、\\begin…\\end）が${p.max}段を超えて入れ子になっています`,
  ),
  "math.expands": m<{ max: number }>((p) => `the formula's macros expand to more than ${p.max} characters`, (p) => `数式のマクロが展開すると${p.max}文字を超えます`),
  "math.too-deep-to-render": m(() => "the formula is nested too deeply to render", () => "数式の入れ子が深すぎて描けません"),
  "math.html-size": m<{ kb: number; max: number }>(
    (p) => `the formula renders to ${p.kb} KB of HTML; at most ${p.max} KB are allowed`,
    (p) => `数式が ${p.kb} KB の HTML になります。${p.max} KB までです`,
  ),
  "math.html-depth": m<{ max: number }>(
    (p) => `the formula renders to HTML nested more than ${p.max} elements deep`,
    (p) => `数式の HTML が${p.max}段を超えて入れ子になります`,
  ),
  "math.per-post": m<{ mb: number }>(
    (p) => `the formulas of this post render to more than ${p.mb} MB of HTML together`,
    (p) => `この記事の数式は合わせて ${p.mb} MB を超える HTML になります`,
  ),
  "math.per-post.fix": m(() => "split the post, or show the largest formulas as images", () => "記事を分けるか、大きな数式を画像にしてください"),

  // Diagrams (lib/markdown/notation/mermaid-syntax.ts, mermaid.ts, diagrams.ts)
  "diagram.syntax": m<{ detail: string }>((p) => `the diagram cannot be drawn: ${p.detail}`, (p) => `図を描けません: ${p.detail}`),
  "diagram.syntax.fix": m(
    () => "check it against Mermaid's syntax (mermaid.live shows where it fails)",
    () => "Mermaid の文法に照らして確かめてください（mermaid.live で失敗する場所がわかります）",
  ),
  "diagram.shown-as-code": m<{ detail: string }>(
    (p) => `the diagram cannot be drawn, so it is shown as code: ${p.detail}`,
    (p) => `図を描けないので、コードのまま表示します: ${p.detail}`,
  ),
  "diagram.unreadable": m(() => "yomu could not read this diagram: it is shown as code", () => "yomu はこの図を読めませんでした。コードのまま表示します"),
  "diagram.unreadable.fix": m(
    () => "check it against Mermaid's syntax; if Mermaid draws it, write to yomu's maintainers with the diagram",
    () => "Mermaid の文法に照らして確かめてください。Mermaid では描けるなら、その図を添えて yomu の開発者に知らせてください",
  ),
  "diagram.fm-unclosed": m(() => "the diagram's front matter (---) is never closed", () => "図のフロントマター（---）が閉じられていません"),
  "diagram.fm-unclosed.fix": m(() => "add a line --- after its settings", () => "設定の後に --- の行を加えてください"),
  "diagram.unsupported": m<{ kind: string }>((p) => `yomu does not draw ${p.kind} diagrams: it is shown as code`, (p) => `yomu は ${p.kind} の図を描きません。コードのまま表示します`),
  "diagram.unsupported.fix": m(
    () => "draw it as a flowchart, sequence, class, state or ER diagram, or as an image",
    () => "フローチャート、シーケンス図、クラス図、状態遷移図、ER 図のどれかにするか、画像にしてください",
  ),
  "diagram.too-many-lines": m<{ lines: number; max: number }>(
    (p) => `the diagram has ${p.lines} lines; yomu draws diagrams of at most ${p.max}: it is shown as code`,
    (p) => `図が${p.lines}行あります。yomu が描く図は${p.max}行までです。コードのまま表示します`,
  ),
  "diagram.too-many-connections": m<{ connections: number; max: number }>(
    (p) => `the diagram has ${p.connections} connections; yomu lays out at most ${p.max} at build time (a larger layout can take minutes): it is shown as code`,
    (p) => `図につながりが${p.connections}個あります。yomu がビルドのときに配置するのは${p.max}個までです（もっと大きな図は何分もかかります）。コードのまま表示します`,
  ),
  "diagram.too-large.fix": m(() => "split it into smaller diagrams, or show it as an image", () => "小さな図に分けるか、画像にしてください"),
  "diagram.unknown-type": m<{ kind: string }>((p) => `unknown diagram type "${p.kind}"`, (p) => `知らない図の種類「${p.kind}」です`),
  "diagram.empty": m(() => "the diagram is empty", () => "図が空です"),
  "diagram.unknown-type.fix": m(
    () => "start it with graph TD, flowchart LR, sequenceDiagram, classDiagram, stateDiagram-v2 or erDiagram",
    () => "graph TD、flowchart LR、sequenceDiagram、classDiagram、stateDiagram-v2、erDiagram のどれかで始めてください",
  ),
  "diagram.accdescr-unclosed": m(() => "accDescr { is never closed", () => "accDescr { が閉じられていません"),
  "diagram.accdescr-unclosed.fix": m(() => "add a line } after the description", () => "説明の後に } の行を加えてください"),
  "diagram.stray-end.subgraph": m(() => "this end closes no subgraph", () => "この end はどの subgraph も閉じていません"),
  "diagram.stray-end.subgraph.fix": m(() => "delete it, or open the subgraph it should close", () => "取り除くか、閉じるはずの subgraph を開いてください"),
  "diagram.stray-end.block": m(
    () => "this end closes no loop, alt, opt, par, critical, break, rect or box",
    () => "この end はどの loop、alt、opt、par、critical、break、rect、box も閉じていません",
  ),
  "diagram.stray-end.block.fix": m(() => "delete it, or open the block it should close", () => "取り除くか、閉じるはずのブロックを開いてください"),
  "diagram.label-bracket": m<{ problem: string }>((p) => `${p.problem} in a node's label`, (p) => `ノードのラベルに${p.problem}`),
  "diagram.label-bracket.fix": m(
    () => 'close the label (A[label], B(label), C{label}); put brackets inside a label in quotes: A["f(x)"]',
    () => 'ラベルを閉じてください（A[label]、B(label)、C{label}）。ラベルの中の括弧は引用符で囲みます: A["f(x)"]',
  ),
  "diagram.bracket.closes-nothing": m<{ bracket: string }>((p) => `a ${p.bracket} that closes nothing`, (p) => `何も閉じていない ${p.bracket} があります`),
  "diagram.bracket.open": m<{ missing: string }>((p) => `a bracket left open (${p.missing} missing)`, (p) => `閉じていない括弧があります（${p.missing} がありません）`),
  "diagram.message-text": m(() => "a message without its text", () => "メッセージに文がありません"),
  "diagram.message-text.fix": m(() => "write the text after a colon: Alice->>Bob: こんにちは", () => "コロンの後に文を書いてください: Alice->>Bob: こんにちは"),
  "diagram.stray-brace": m(() => "this } closes nothing", () => "この } は何も閉じていません"),
  "diagram.stray-brace.fix": m(() => "delete it, or add the { it should close", () => "取り除くか、閉じるはずの { を加えてください"),
  "diagram.block-unclosed": m<{ block: string }>((p) => `${p.block} is never closed`, (p) => `${p.block} が閉じられていません`),
  "diagram.block-unclosed.fix": m(() => "add a line end where it ends", () => "終わるところに end の行を加えてください"),
  "diagram.brace-unclosed": m(() => "this { is never closed", () => "この { が閉じられていません"),
  "diagram.brace-unclosed.fix": m(() => "add a line } where it ends", () => "終わるところに } の行を加えてください"),

  // MDX (lib/markdown/mdx-check.ts)
  "mdx.javascript": m<{ what: string }>(
    (p) => `${p.what} is removed when the page is rendered: .mdx posts run no JavaScript`,
    (p) => `${p.what}はページを作るときに取り除かれます。.mdx の記事では JavaScript は動きません`,
  ),
  "mdx.javascript.fix": m(
    () => "delete it, or write { and } as \\{ and \\} if they are meant as text",
    () => "取り除くか、テキストのつもりなら { と } を \\{ と \\} と書いてください",
  ),
  "mdx.what.esm": m(() => "an import/export line", () => "import/export の行"),
  "mdx.what.expression": m(() => "a {…} expression", () => "{…} の式"),
  "mdx.what.attribute": m<{ name: string }>((p) => `an {…} attribute of <${p.name}>`, (p) => `<${p.name}> の {…} の属性`),
  "mdx.unknown-component": m<{ name: string }>((p) => `<${p.name}> is not a component posts can use`, (p) => `<${p.name}> は記事で使えるコンポーネントではありません`),
  "mdx.unknown-component.fix": m<{ names: string }>(
    (p) => `use one of ${p.names}, or plain Markdown / lowercase HTML`,
    (p) => `${p.names} のどれかか、ふつうの Markdown か小文字の HTML を使ってください`,
  ),
  "mdx.unknown-component.fix.none": m(() => "use plain Markdown or lowercase HTML", () => "ふつうの Markdown か小文字の HTML を使ってください"),
  "mdx.unreadable": m<{ detail: string }>((p) => `MDX cannot be read: ${p.detail}`, (p) => `MDX を読めません: ${p.detail}`),
  "mdx.unreadable.fix": m(
    () => "close every tag you open (<Note>…</Note>), write < as &lt; and { } as \\{ \\} when they are text, or rename the file to .md",
    () => "開いたタグはすべて閉じ（<Note>…</Note>）、テキストの < は &lt;、{ } は \\{ \\} と書くか、ファイルを .md にしてください",
  ),

  // Generation artifacts (lib/check/artifacts.ts)
  "artifact.end-marker": m(() => "end-marker line left by the text generator", () => "文章生成が残した終わりの目印の行です"),
  "artifact.end-marker.fix": m(
    () => "delete the line, and check whether the text after it repeats or continues what came before",
    () => "行を取り除き、その後の文章が前の繰り返しか続きかを確かめてください",
  ),
  "artifact.line": m<{ line: number }>((p) => `line ${p.line}`, (p) => `${p.line}行目`),
  "artifact.lines": m<{ from: number; to: number }>((p) => `lines ${p.from}–${p.to}`, (p) => `${p.from}〜${p.to}行目`),
  "artifact.repeated": m<{ earlier: string }>((p) => `paragraph repeats ${p.earlier} word for word`, (p) => `段落が${p.earlier}と一字一句同じです`),
  "artifact.repeated.fix": m(() => "delete the repeat", () => "繰り返しを取り除いてください"),
  "artifact.restarted": m<{ earlier: string }>((p) => `paragraph restarts text already given on ${p.earlier}`, (p) => `段落が${p.earlier}に書いた文章を書き直しています`),
  "artifact.restarted.fix": m(() => "keep one version of the passage and delete the other", () => "どちらか1つを残して、もう一方を取り除いてください"),
  "artifact.passage": m<{ count: number; from: number; to: number; earlier: string }>(
    (p) => `passage of ${p.count} paragraphs (lines ${p.from}–${p.to}) repeats text already given on ${p.earlier}`,
    (p) => `${p.count}段落（${p.from}〜${p.to}行目）が${p.earlier}に書いた文章を繰り返しています`,
  ),
  "artifact.cut.mid-sentence": m(() => "mid-sentence", () => "文の途中"),
  "artifact.cut.inside": m<{ markup: string }>((p) => `mid-sentence, inside an unclosed ${p.markup}`, (p) => `閉じていない${p.markup}の中の文の途中`),
  "artifact.truncated.paragraph": m<{ how: string }>((p) => `paragraph stops ${p.how}`, (p) => `段落が${p.how}で終わっています`),
  "artifact.truncated.item": m<{ how: string }>((p) => `list item stops ${p.how}`, (p) => `リストの項目が${p.how}で終わっています`),
  "artifact.truncated.excerpt": m<{ how: string }>((p) => `excerpt stops ${p.how}`, (p) => `抜粋が${p.how}で終わっています`),
  "artifact.truncated.fix": m(() => "finish the sentence or delete the fragment", () => "文を終わらせるか、切れ端を取り除いてください"),
  "artifact.truncated-excerpt.fix": m(() => "finish the excerpt's last sentence", () => "抜粋の最後の文を終わらせてください"),
  "artifact.stray-in-japanese": m<{ script: string; run: string; codePoints: string; count: number }>(
    (p) => `${p.script} character${p.count > 1 ? "s" : ""} "${p.run}" (${p.codePoints}) inside a Japanese word`,
    (p) => `日本語の語の中に ${p.script} の文字「${p.run}」（${p.codePoints}）があります`,
  ),
  "artifact.stray-in-japanese.fix": m(() => "replace it with the intended Japanese character(s)", () => "書くつもりだった日本語の文字に置き換えてください"),
  "artifact.cyrillic-in-latin": m<{ run: string; codePoints: string }>(
    (p) => `Cyrillic "${p.run}" (${p.codePoints}) inside a Latin-script word, where it only looks like a Latin letter`,
    (p) => `ラテン文字の語の中にキリル文字「${p.run}」（${p.codePoints}）があります。ラテン文字に見えるだけです`,
  ),
  "artifact.cyrillic-in-latin.fix": m(() => "retype the word with Latin letters", () => "ラテン文字で打ち直してください"),
  "artifact.title-repeat.heading": m(() => "the first heading only repeats the title", () => "最初の見出しがタイトルを繰り返しているだけです"),
  "artifact.title-repeat.paragraph": m(() => "the first paragraph only repeats the title", () => "最初の段落がタイトルを繰り返しているだけです"),
  "artifact.title-repeat.fix": m(
    () => "delete it: the page shows the title already (yomu hides this line when rendering)",
    () => "取り除いてください。ページにはタイトルが出ています（yomu は表示のときこの行を隠します）",
  ),
  "artifact.reading-time": m<{ stated: number; estimate: number }>(
    (p) => `reading_time: ${p.stated} is far from the ${p.estimate} minutes this text takes to read`,
    (p) => `reading_time: ${p.stated} は、この文章を読むのにかかる${p.estimate}分から大きく離れています`,
  ),
  "artifact.reading-time.fix": m<{ estimate: number }>(
    (p) => `set reading_time: ${p.estimate}, or remove the key to use the estimate`,
    (p) => `reading_time: ${p.estimate} にするか、キーを取り除いて見積もりを使ってください`,
  ),
  "artifact.reading-time.fix.longer": m<{ estimate: number }>(
    (p) => `set reading_time: ${p.estimate}, or remove the key to use the estimate (a text much longer than intended often holds repeated passages)`,
    (p) => `reading_time: ${p.estimate} にするか、キーを取り除いて見積もりを使ってください（思ったよりずっと長い文章には繰り返しがよくあります）`,
  ),
  "artifact.no-excerpt": m(() => "no excerpt, and no paragraph to take one from", () => "抜粋がなく、抜粋にできる段落もありません"),
  "artifact.no-excerpt.fix": m(() => 'add excerpt: "…" to the front matter', () => 'フロントマターに excerpt: "…" を加えてください'),
  "artifact.first-paragraph": m<{ length: number }>(
    (p) => `no excerpt: lists, feeds and search show the first paragraph cut at ${p.length} characters`,
    (p) => `抜粋がありません。一覧、フィード、検索には最初の段落を${p.length}文字で切って表示します`,
  ),
  "artifact.first-paragraph.fix": m<{ separator: string }>(
    (p) => `add excerpt: "…" to the front matter, or put ${p.separator} after the opening paragraph`,
    (p) => `フロントマターに excerpt: "…" を加えるか、最初の段落の後に ${p.separator} を置いてください`,
  ),
};
