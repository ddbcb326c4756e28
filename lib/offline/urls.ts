/** URLs of the offline support: the page shown for pages never opened, the web app manifest and its icons (without the base path). */
export const offlineUrl = () => "/offline/";
export const manifestUrl = () => "/manifest.webmanifest";
export const appIconSizes = [192, 512] as const;
export const appIconFile = (size: number) => `${size}.png`;
export const appIconUrl = (size: number) => `/app-icons/${appIconFile(size)}`;
