import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface HostSite {
  /** as the browser names it: http://localhost:<port>, another origin than the app's 127.0.0.1 */
  origin: string
  close(): Promise<void>
}

/**
 * Another site (a hotel's, a tourism portal's) that shows a restaurant's booking widget: one page
 * with the widget's script tag, its attributes and the page's language from the query string
 * (`?lang=en&data-lang=fr&data-party=6`), between two buttons of its own.
 */
export async function startHostSite(app: string): Promise<HostSite> {
  const server = createServer((req, res) => {
    const query = new URL(req.url ?? '/', 'http://host').searchParams
    const attributes = [...query]
      .filter(([name]) => /^data-[a-z]+$/.test(name))
      .map(([name, value]) => ` ${name}="${value.replace(/[^\w:.-]/g, '')}"`)
      .join('')
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(`<!doctype html>
<html lang="${(query.get('lang') ?? 'en').replace(/\W/g, '')}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Hôtel du Port</title></head>
<body><h1>Hôtel du Port</h1><p>Our neighbours' restaurant takes bookings right here.</p>
<button id="before" type="button">Before the widget</button>
<script src="${app}/widget/v1.js" data-restaurant="le-petit-zinc"${attributes} async></script>
<button id="after" type="button">After the widget</button>
</body></html>`)
  })
  // Every interface, IPv4 and IPv6: "localhost" may resolve to either.
  await new Promise<void>((resolve) => server.listen(0, resolve))
  const { port } = server.address() as AddressInfo
  return { origin: `http://localhost:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) }
}
