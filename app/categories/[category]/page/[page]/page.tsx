import { termPostsRoute } from "../../../../_routes/term-routes";

const route = termPostsRoute("category", true);
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
