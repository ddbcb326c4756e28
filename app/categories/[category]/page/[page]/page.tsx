import { termPostsRoute } from "../../../../_routes/term-routes";

const route = termPostsRoute("category", true);
// Unlisted params render on request and answer 404 themselves (why: lib/static-params.ts).
export const dynamicParams = true;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
