'use client'

import { useEffect } from 'react'

/** The message public/widget/v1.js listens for: its shape is part of the widget's v1 contract. */
export const WIDGET_MESSAGE = 'techplus:widget'

/**
 * Tells the page around the booking widget how tall the form is, each time it changes (a step, a
 * month, an error message), so the frame grows and shrinks with it and never scrolls inside.
 * Only the height and the page's title go out, to whichever page frames us: the server allowed
 * that page (frame-ancestors), and neither says anything about the diner.
 */
export function FrameHeight() {
  useEffect(() => {
    if (window.parent === window) return
    let last = -1
    const report = () => {
      const height = Math.ceil(document.body.getBoundingClientRect().height)
      if (height === last) return
      last = height
      window.parent.postMessage({ type: WIDGET_MESSAGE, version: 1, height, title: document.title }, '*')
    }
    const observer = new ResizeObserver(report)
    observer.observe(document.body)
    report()
    return () => observer.disconnect()
  }, [])
  return null
}
