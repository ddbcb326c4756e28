import { termIndexRoute } from "../_routes/term-routes";

const route = termIndexRoute("tag");
export const metadata = route.metadata;
export default route.Page;
