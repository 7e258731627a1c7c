'use client'

import { useState } from 'react'

import { useWords } from '../useWords'

const FORMATS = [
  { format: 'csv', label: 'CSV' },
  { format: 'xlsx', label: 'Excel' },
  { format: 'pdf', label: 'PDF' },
] as const

/** Plain download links to the reports endpoint for the period on screen: the browser sends the session cookie. */
export function ReportDownloads({ slug, from, to }: { slug: string; from: string; to: string }) {
  const { t } = useWords()
  const [granularity, setGranularity] = useState<'day' | 'week' | 'month'>('day')
  return (
    <section aria-labelledby="reports-title" style={{ display: 'flex', flexWrap: 'wrap', gap: '.75rem', alignItems: 'center' }}>
      <h2 id="reports-title" style={{ margin: 0, fontSize: '1.1rem' }}>
        {t('reservations:analytics:reports')}
      </h2>
      <label className="staff-view__label">
        {t('reservations:analytics:granularity')}
        <select value={granularity} onChange={(e) => setGranularity(e.target.value as typeof granularity)}>
          {(['day', 'week', 'month'] as const).map((g) => (
            <option key={g} value={g}>
              {t(`reservations:analytics:${g}`)}
            </option>
          ))}
        </select>
      </label>
      {FORMATS.map(({ format, label }) => (
        <a
          key={format}
          className="btn btn--style-secondary btn--size-small"
          data-testid={`report-${format}`}
          href={`/api/restaurants/${slug}/reports?granularity=${granularity}&from=${from}&to=${to}&format=${format}`}
          download
        >
          {t('reservations:analytics:download', { format: label })}
        </a>
      ))}
    </section>
  )
}
