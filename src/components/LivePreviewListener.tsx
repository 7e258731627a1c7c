'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { usePathname, useRouter } from 'next/navigation'

/**
 * Shown in draft mode only: says so, offers the way back to the published page, and re-renders
 * the page each time the editor saves in the admin's live preview.
 */
export function LivePreviewListener({ serverURL, label, exitLabel }: { serverURL: string; label: string; exitLabel: string }) {
  const router = useRouter()
  const path = usePathname()
  return (
    <>
      <p className="notice notice--warning preview-banner">
        {label} · <a href={`/next/exit-preview?path=${encodeURIComponent(path)}`}>{exitLabel}</a>
      </p>
      <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={serverURL} />
    </>
  )
}
