"use client";
/**
 * The search page: the only client component that ships search code. Reads
 * `?q=` on load, searches as the reader types, keeps the address bar in step
 * (one history entry per search, so Back returns to the previous one) and
 * announces the number of results to screen readers. A result that matches
 * only in the body shows the words around the match, from the post's text file.
 */
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef, useState, type ChangeEvent, type FormEvent } from "react";
import { termSegment } from "../lib/content/taxonomy";
import { SearchClient } from "../lib/search/client";
import type { SearchDocMeta, SearchManifest } from "../lib/search/format";
import { highlight, mentions, type Segment } from "../lib/search/highlight";
import { snippet } from "../lib/search/snippet";
import { parseQuery, type Hit } from "../lib/search/query";
import { basePath, postUrl, tagUrl, withBasePath } from "../lib/urls";
import { loadReadList } from "../lib/client/storage";
import { SearchBox } from "./SearchBox";

const PAGE_SIZE = 10;

type Results =
  | { status: "idle" }
  | { status: "error" }
  | { status: "done"; query: string; terms: string[]; hits: Hit[]; docs: SearchDocMeta[]; ms: number };

function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  return <Marked segments={highlight(text, terms)} />;
}

function Marked({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.match ? (
          <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-inherit dark:bg-yellow-700/60">
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}

/** A result that matches in the body but shows none of it otherwise gets the words around the match there. */
const wantsSnippet = (doc: SearchDocMeta, hit: Hit, terms: string[]) => hit.counts.body > 0 && !mentions(doc.excerpt, terms);

function Result({ doc, hit, terms, read, text }: { doc: SearchDocMeta; hit: Hit; terms: string[]; read: boolean; text?: string }) {
  const inBodyOnly = wantsSnippet(doc, hit, terms);
  const around = inBodyOnly && text !== undefined ? snippet(text, terms, { before: 25, length: 80 }) : undefined;
  return (
    <li data-post={doc.slug} className="border-b border-stone-200 py-5 dark:border-stone-700">
      <article>
        <h2 className="text-lg font-bold leading-snug [word-break:auto-phrase]">
          {/* A plain link: article pages are static HTML without the client router. */}
          <a href={withBasePath(postUrl(doc.slug))} className="hover:text-teal-700 hover:underline dark:hover:text-teal-300">
            <Highlighted text={doc.title} terms={terms} />
          </a>
        </h2>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          <time dateTime={doc.datetime}>{doc.dateText}</time>
          {read ? <span className="read-mark">既読</span> : null}
        </p>
        {doc.excerpt ? (
          <p className="mt-2 leading-relaxed text-stone-800 dark:text-stone-200">
            <Highlighted text={doc.excerpt} terms={terms} />
          </p>
        ) : null}
        {around ? (
          <p data-snippet className="mt-2 border-l-2 border-stone-300 pl-3 text-sm leading-relaxed text-stone-700 dark:border-stone-600 dark:text-stone-300">
            {around.cutBefore ? "…" : null}
            <Marked segments={around.segments} />
            {around.cutAfter ? "…" : null}
          </p>
        ) : null}
        {inBodyOnly ? <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">本文で{hit.counts.body}か所一致</p> : null}
        {doc.tags.length > 0 ? (
          <ul className="mt-2 flex flex-wrap gap-x-2 gap-y-1 text-sm" aria-label="タグ">
            {doc.tags.map((t) => (
              <li key={t}>
                <a
                  href={withBasePath(tagUrl(termSegment(t)))}
                  className="rounded px-1 text-teal-800 underline-offset-2 hover:underline dark:text-teal-300"
                >
                  #<Highlighted text={t} terms={terms} />
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </article>
    </li>
  );
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Text typed into the server-rendered box before this component took over: the
 * Suspense fallback's input is still in the document during the first client
 * render, and replacing it must not lose what the reader typed.
 */
function typedBeforeHydration(): string {
  if (typeof document === "undefined") return "";
  return document.querySelector<HTMLInputElement>("input#search-query")?.value ?? "";
}

export function SearchPage({ indexBase }: { indexBase: string }) {
  const initialQuery = useSearchParams().get("q") ?? "";
  const [input, setInput] = useState(() => initialQuery || typedBeforeHydration());
  const [results, setResults] = useState<Results>({ status: "idle" });
  const [loadingMore, setLoadingMore] = useState(false);
  // Body texts of the results shown (by file name), for their snippets.
  const [texts, setTexts] = useState<ReadonlyMap<string, string>>(() => new Map());
  // Articles read to the end in this browser (lib/client/reader.ts), marked 既読 in the results.
  const [readSlugs, setReadSlugs] = useState<ReadonlySet<string>>(() => new Set());
  useEffect(() => setReadSlugs(new Set(loadReadList(basePath))), []);
  /** True when the next keystroke starts a new search (a new history entry). */
  const committed = useRef(true);
  const client = useRef<Promise<SearchClient> | undefined>(undefined);
  const latest = useRef(0);
  const typedAt = useRef(0);

  // Back and Forward: show the search of that entry. (Not useSearchParams: it lags
  // behind fast typing and would put an older query back into the box.)
  useEffect(() => {
    const onPopState = () => {
      committed.current = true;
      setInput(new URLSearchParams(window.location.search).get("q") ?? "");
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, []);

  const getClient = useCallback(() => {
    client.current ??= fetch(`${indexBase}manifest.json`, { cache: "no-cache" })
      .then((r) => {
        if (!r.ok) throw new Error(`${r.status} manifest.json`);
        return r.json() as Promise<SearchManifest>;
      })
      .then((manifest) => new SearchClient(manifest, (name) => fetchBytes(`${indexBase}${name}?v=${manifest.version}`)));
    client.current.catch(() => (client.current = undefined));
    return client.current;
  }, [indexBase]);

  useEffect(() => {
    const id = ++latest.current;
    const started = typedAt.current || performance.now();
    typedAt.current = 0;
    const terms = parseQuery(input);
    if (terms.length === 0) {
      setResults({ status: "idle" });
      return;
    }
    (async () => {
      try {
        const c = await getClient();
        const outcome = await c.search(input);
        const docs = await c.documents(outcome.hits.slice(0, PAGE_SIZE).map((h) => h.doc));
        if (id !== latest.current) return;
        setResults({
          status: "done",
          query: input.trim(),
          terms: terms.map((t) => t.text),
          hits: outcome.hits,
          docs,
          ms: performance.now() - started,
        });
      } catch {
        if (id === latest.current) setResults({ status: "error" });
      }
    })();
  }, [input, getClient]);

  useEffect(() => {
    if (results.status !== "done") return;
    const wanted = results.docs.filter((doc, i) => doc.text && wantsSnippet(doc, results.hits[i], results.terms));
    if (wanted.length === 0) return;
    let current = true;
    (async () => {
      const c = await getClient();
      await Promise.all(
        wanted.map(async (doc) => {
          const text = await c.bodyText(doc).catch(() => undefined);
          if (text !== undefined && current) setTexts((known) => (known.has(doc.text!) ? known : new Map(known).set(doc.text!, text)));
        }),
      );
    })().catch(() => {});
    return () => {
      current = false;
    };
  }, [results, getClient]);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.target.value;
    typedAt.current = performance.now();
    setInput(value);
    const url = value.trim() === "" ? window.location.pathname : `?${new URLSearchParams({ q: value })}`;
    if (committed.current) window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
    committed.current = false;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    committed.current = true;
  };

  const showMore = async () => {
    if (results.status !== "done") return;
    setLoadingMore(true);
    try {
      const c = await getClient();
      const next = results.hits.slice(results.docs.length, results.docs.length + PAGE_SIZE);
      const more = await c.documents(next.map((h) => h.doc));
      setResults((r) => (r.status === "done" && r.hits === results.hits ? { ...r, docs: [...r.docs, ...more] } : r));
    } finally {
      setLoadingMore(false);
    }
  };

  let status = "キーワードを入力すると、記事のタイトル・タグ・本文から探します。";
  if (results.status === "error") status = "検索インデックスを読み込めませんでした。ページを再読み込みしてください。";
  if (results.status === "done") {
    status =
      results.hits.length > 0
        ? `「${results.query}」に一致する記事: ${results.hits.length}件`
        : `「${results.query}」に一致する記事は見つかりませんでした。`;
  }

  return (
    <>
      <SearchBox value={input} onChange={onChange} onSubmit={onSubmit} />
      <p
        role="status"
        aria-atomic="true"
        className="mt-4 text-sm text-stone-700 dark:text-stone-300"
        data-search-ms={results.status === "done" ? results.ms.toFixed(1) : undefined}
      >
        {status}
      </p>
      {results.status === "done" && results.hits.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
          別の言葉や短い言葉で試すか、スペースで区切った言葉を減らしてみてください。
        </p>
      ) : null}
      {results.status === "done" && results.hits.length > 0 ? (
        <>
          <ol aria-label="検索結果" className="mt-2">
            {results.docs.map((doc, i) => (
              <Result
                key={doc.slug}
                doc={doc}
                hit={results.hits[i]}
                terms={results.terms}
                read={readSlugs.has(doc.slug)}
                text={doc.text ? texts.get(doc.text) : undefined}
              />
            ))}
          </ol>
          {results.docs.length < results.hits.length ? (
            <button
              type="button"
              onClick={showMore}
              disabled={loadingMore}
              className="mt-6 rounded border border-stone-400 px-4 py-2 text-sm hover:bg-stone-100 disabled:opacity-60 dark:border-stone-500 dark:hover:bg-stone-800"
            >
              さらに表示（残り{results.hits.length - results.docs.length}件）
            </button>
          ) : null}
        </>
      ) : null}
    </>
  );
}
