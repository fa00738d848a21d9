// The share tags' image address. Open Graph wants og:image absolute, but an absolute address
// ties the build to one host; the page keeps it relative (a link preview that resolves it
// against the page's address works, some crawlers do not), and a deploy that knows its public
// address (VNUS_PUBLIC_URL, set by the Pages workflow) makes it absolute and adds og:url.

/// index.html with og:image and twitter:image absolute under `base` ("https://host/path/").
export function absoluteShareTags(html, base) {
  const page = new URL('./', base.endsWith('/') ? base : `${base}/`).href;
  const image = new URL('preview.png', page).href;
  return html
    .replace(/(<meta (?:property="og:image"|name="twitter:image") content=")preview\.png"/g, `$1${image}"`)
    .replace(/(<meta property="og:type"[^>]*>)/, `$1\n    <meta property="og:url" content="${page}" />`);
}
