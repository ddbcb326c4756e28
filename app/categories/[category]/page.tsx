import { termPostsRoute } from "../../_routes/term-routes";

const route = termPostsRoute("category", false);
// Params a build did not list render on request and answer 404 (notFound()), under next start as in
// the export; in development a post saved a moment ago is found at once (lib/static-params.ts).
export const dynamicParams = true;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
