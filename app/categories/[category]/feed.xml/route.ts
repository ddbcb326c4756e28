import { termFeedRoute } from "../../../_routes/term-routes";

const route = termFeedRoute("category");
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
