import type { ImageAsset } from "../lib/images/asset";
import { withBasePath } from "../lib/urls";

const url = (file: string) => withBasePath(`/images/${file}`);

/** A book's cover: its AVIF/WebP variants before the original, with its size (no layout shift). */
export function BookCover({ asset, alt, className, eager = false }: { asset: ImageAsset; alt: string; className?: string; eager?: boolean }) {
  return (
    <picture>
      {asset.variants.map((v) => (
        <source key={v.file} type={v.type} srcSet={url(v.file)} />
      ))}
      <img
        src={url(asset.original)}
        alt={alt}
        width={asset.width}
        height={asset.height}
        loading={eager ? "eager" : "lazy"}
        decoding="async"
        className={className}
      />
    </picture>
  );
}
