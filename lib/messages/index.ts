/**
 * Editors' messages in the site's language. A problem is found as a phrase id
 * with parameters (`t("date.not-real", { key: "date", value })`); its words are
 * chosen where it is shown (the dev banner, content:check, the builds' output),
 * from the one catalogue (./catalogue.ts), in the site's language.
 */
import { catalogue } from "./catalogue";

export type MessageLanguage = "ja" | "en";
export type PhraseId = keyof typeof catalogue;

/** A phrase of the catalogue and its parameters; a parameter may be a phrase itself. */
export interface Phrase {
  id: PhraseId;
  params?: Record<string, PhraseParam>;
}
export type PhraseParam = string | number | Phrase;

type ParamsOf<K extends PhraseId> = (typeof catalogue)[K]["en"] extends (p: infer P) => string ? P : never;
type Given<P> = { [K in keyof P]: P[K] extends string ? string | Phrase : P[K] };

/** A phrase with its parameters. */
export function t<K extends PhraseId>(id: K, ...params: {} extends ParamsOf<K> ? [Given<ParamsOf<K>>?] : [Given<ParamsOf<K>>]): Phrase {
  return params[0] ? { id, params: params[0] as Record<string, PhraseParam> } : { id };
}

/** Words given verbatim (a library's own message, a quoted value), in no language of ours. */
export const verbatim = (text: string): Phrase => t("verbatim", { text });

/** The language of editors' messages for a site's BCP 47 language: Japanese for ja, English otherwise. */
export function messageLanguage(siteLanguage: string | undefined): MessageLanguage {
  return siteLanguage === undefined || /^ja\b/i.test(siteLanguage) ? "ja" : "en";
}

export function say(phrase: Phrase, language: MessageLanguage): string {
  const entry = catalogue[phrase.id] as Record<MessageLanguage, (p: Record<string, string | number>) => string> | undefined;
  if (!entry) return phrase.id;
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(phrase.params ?? {})) params[name] = typeof value === "object" ? say(value, language) : value;
  return entry[language](params);
}

/** A problem's message and fix as phrases. */
export interface IssueText {
  message: Phrase;
  fix: Phrase;
}

/**
 * A problem's words for whoever reads its object: `message` and `fix` in English
 * (tools, tests, JSON), `text` for the site's language.
 */
export function said(message: Phrase, fix: Phrase): { message: string; fix: string; text: IssueText } {
  return { message: say(message, "en"), fix: say(fix, "en"), text: { message, fix } };
}

/** A problem's message and fix in `language` (its English words when it was found without phrases). */
export function wordsOf(issue: { message: string; fix: string; text?: IssueText }, language: MessageLanguage): { message: string; fix: string } {
  if (!issue.text) return { message: issue.message, fix: issue.fix };
  return { message: say(issue.text.message, language), fix: say(issue.text.fix, language) };
}

/** Zod's messages are strings: a phrase travels through one as JSON behind this mark. */
const ZOD_MARK = "\u0001phrase:";

export function asZodMessage(phrase: Phrase): string {
  return ZOD_MARK + JSON.stringify(phrase);
}

export function fromZodMessage(message: string): Phrase {
  return message.startsWith(ZOD_MARK) ? (JSON.parse(message.slice(ZOD_MARK.length)) as Phrase) : verbatim(message);
}
