import { requestPageScript, type PageScriptName } from "../lib/page-scripts";

/** Declares that the page rendering this needs the browser script `name` (static export); renders nothing. */
export function PageScript({ name }: { name: PageScriptName }) {
  requestPageScript(name);
  return null;
}
