/**
 * The search page's script in the static export: hydrates the page's content
 * (inside <main>) with the same component the server rendered.
 */
import { hydrateRoot } from "react-dom/client";
import Search from "./page";

const main = document.getElementById("main");
if (main) hydrateRoot(main, <Search />);
