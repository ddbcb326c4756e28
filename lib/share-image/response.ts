/** A route handler's answer with a PNG (the static export writes its bytes as the file). */
export function pngResponse(png: Uint8Array): Response {
  return new Response(new Blob([png as BlobPart], { type: "image/png" }), { headers: { "content-type": "image/png" } });
}
